import type { InputCmd } from "../input/InputCmd";
import type { DirectorGoal } from "../script/Director";
import type { BotHands } from "./BotHands";
import type { BotConfig, BotEnemy, BotSenses } from "./BotSenses";

/** One tick of the bot as every behaviour sees it. */
export interface BotTick {
  readonly goal: DirectorGoal;
  readonly senses: BotSenses;
  /** This tick's command: moves and buttons start at zero; the hands write the view. */
  readonly cmd: InputCmd;
  readonly hands: BotHands;
  readonly config: BotConfig;
  /** Henry's eye, metres. */
  readonly eye: { x: number; y: number; z: number };
  /** Living enemies in sight within `engageM`, nearest first. */
  readonly visible: readonly BotEnemy[];
  /** Ticks since the bot started. */
  readonly tick: number;
}

/**
 * A piece of the bot's play: fighting, reloading, healing, following the script, or what a
 * set piece adds (stairs, ladders, dodging thrown scenery). Behaviours run from the highest
 * `priority` down; one that returns true has taken the tick and the rest are skipped. One
 * that returns false may still have added to the command (a button press) for the next to
 * build on. Each bot makes its own instances (they keep state between ticks).
 */
export interface BotBehaviour {
  /** For reports and tests. */
  readonly name: string;
  /** Higher runs first (see `BOT_PRIORITY`). */
  readonly priority: number;
  act(t: BotTick): boolean;
}

/** Where the core behaviours sit, so a piece's own can go above, between or below them. */
export const BOT_PRIORITY = {
  /** Changing guns and reloading: adds buttons, never takes the tick. */
  weaponCare: 90,
  /** Picking up rounds: out of a fight, or when every gun is dry. */
  scavenge: 60,
  /** Shooting what is in sight. */
  engage: 50,
  /** Walking, looking and pressing as the director asks. */
  followGoal: 10,
} as const;
