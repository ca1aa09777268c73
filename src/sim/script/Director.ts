import { dialogueLine } from "../../content/dialogue";
import { subtitleText } from "../../content/subtitles";
import type { Beat, Cue, SetPieceDef, Trigger } from "../../content/script";
import type { Hasher } from "../core/Hasher";
import { FIXED_DT } from "../core/time";
import type { Anchor } from "../world/Level";
import { DMath } from "../core/DMath";
import { DEG } from "../core/units";

/** What the director may read of and do to the world; the sim implements it. */
export interface DirectorHost {
  readonly tick: number;
  readonly player: { position: { x: number; y: number; z: number }; yawRad: number; pitchRad: number; eyeHeightM: number };
  anchor(name: string): Anchor | undefined;
  /** Enemies of a spawn group still standing (0 for an unknown group). */
  enemiesAlive(group: string): number;
  /** Whether Henry has caught the courier of a chase. */
  caught(): boolean;
  itemTaken(item: string): boolean;
  /** Buttons pressed this tick (rising edges), as `Buttons` bits. */
  readonly pressed: number;
  /** Carries out a cue that changes the world or presentation (spawn, door, explosion, operator ...). */
  perform(cue: Cue): void;
}

/** What the autopilot should do now, read from the waiting beat's trigger. */
export type DirectorGoal =
  | { kind: "goto"; anchor: string; radiusM: number }
  | { kind: "look"; anchor: string }
  | { kind: "press"; button: "fire" | "melee" | "jump" | "use" }
  | { kind: "walk"; distanceM: number }
  | { kind: "fight"; group: string }
  /** Run the chase's line after the courier and catch him. */
  | { kind: "chase" }
  | { kind: "wait" };

const BUTTON_BITS = { jump: 1 << 0, fire: 1 << 3, melee: 1 << 6, use: 1 << 7 } as const;
/** How fast the intensity eases to its target, per second. */
const INTENSITY_RATE_PER_S = 0.5;

/**
 * The set-piece director: walks a piece's beats in order, each waiting for its trigger,
 * and performs its cues. Keeps the objective, the subtitle on screen, the checkpoint and
 * the intensity (0 calm .. 1 full combat). Pure and deterministic: it reads the host and
 * counts ticks; "line finished" reads the line's `durationS`, never the audio.
 */
export class Director {
  private next = 0;
  private beatTick = 0;
  private readonly lineEnds = new Map<string, number>();
  private readonly objectivesDone = new Set<string>();
  private readonly objectives: { id: string; text: string }[] = [];
  private readonly groups: string[] = [];
  private walkedM = 0;
  private lastX = 0;
  private lastZ = 0;
  private intensityTarget = 0;
  /** The `reached` triggers of the piece, watched from the start: anchor, radius, whether reached. */
  private readonly watched: { anchor: string; radiusM: number }[];
  private readonly reachedFlags: Uint8Array;
  /** Per beat, its index in `watched` (or -1). */
  private readonly beatWatch: Int32Array;
  intensity = 0;
  checkpoint = "spawn";
  finished = false;
  finishTick = -1;
  /** The line on screen now, or null. */
  subtitle: { line: string; speaker: string; text: string; untilTick: number } | null = null;

  constructor(readonly piece: SetPieceDef) {
    this.watched = piece.beats.flatMap((b) => (b.when.kind === "reached" ? [{ anchor: b.when.anchor, radiusM: b.when.radiusM }] : []));
    this.reachedFlags = new Uint8Array(this.watched.length);
    let w = 0;
    this.beatWatch = new Int32Array(piece.beats.map((b) => (b.when.kind === "reached" ? w++ : -1)));
  }

  get objective(): string | null {
    return this.objectives.length ? this.objectives[this.objectives.length - 1].text : null;
  }

  /** The anchor the waiting beat wants looked at (calibration marks), or null. */
  get lookTarget(): string | null {
    const w = this.piece.beats[this.next]?.when;
    return w?.kind === "look" ? w.anchor : null;
  }

  /** The id of the beat waiting for its trigger (null when the script has ended). */
  get waitingBeat(): string | null {
    return this.piece.beats[this.next]?.id ?? null;
  }

  /** Puts a line on screen now (Jimmy's nags use this too); returns false if one is showing. */
  say(lineId: string, tick: number, force = false): boolean {
    const line = dialogueLine(lineId);
    if (!line) return false;
    if (!force && this.subtitle && tick < this.subtitle.untilTick) return false;
    const until = tick + Math.round(line.durationS / FIXED_DT);
    this.subtitle = { line: line.id, speaker: line.speaker, text: subtitleText(line.text, line.lang), untilTick: until };
    this.lineEnds.set(line.id, until);
    return true;
  }

  /** One tick: fire every beat whose trigger holds (several may chain in one tick). */
  step(host: DirectorHost): void {
    const tick = host.tick;
    const p = host.player.position;
    if (tick === 0 || this.beatTick === 0) {
      this.lastX = p.x;
      this.lastZ = p.z;
    }
    this.walkedM += DMath.hypot(p.x - this.lastX, p.z - this.lastZ);
    this.lastX = p.x;
    this.lastZ = p.z;
    if (this.subtitle && tick >= this.subtitle.untilTick) this.subtitle = null;
    for (let i = 0; i < this.watched.length; i++) {
      if (this.reachedFlags[i]) continue;
      const a = host.anchor(this.watched[i].anchor);
      if (a && DMath.hypot3(p.x - a.position[0], p.y - a.position[1], p.z - a.position[2]) <= this.watched[i].radiusM) this.reachedFlags[i] = 1;
    }
    if (host.caught()) this.skipToCaught();
    for (let guard = 0; guard < 8 && !this.finished; guard++) {
      const beat = this.piece.beats[this.next];
      if (!beat || !this.holds(beat.when, host)) break;
      this.fire(beat, host);
    }
    const d = this.intensityTarget - this.intensity;
    const stepMax = INTENSITY_RATE_PER_S * FIXED_DT;
    this.intensity += Math.abs(d) <= stepMax ? d : Math.sign(d) * stepMax;
  }

  /** A caught courier ends the chase wherever it is: the beats before the `caught` one are skipped. */
  private skipToCaught(): void {
    const beats = this.piece.beats;
    if (beats[this.next]?.when.kind === "caught") return;
    for (let i = this.next + 1; i < beats.length; i++) {
      if (beats[i].when.kind === "caught") {
        this.next = i;
        return;
      }
    }
  }

  /** Folds everything that decides the script's future into the state hash. */
  hashInto(h: Hasher): void {
    h.u32v(this.next).u32v(this.beatTick).num(this.walkedM).num(this.lastX).num(this.lastZ);
    h.num(this.intensity).num(this.intensityTarget).str(this.checkpoint).bool(this.finished).u32v(this.finishTick >>> 0);
    h.str(this.subtitle?.line ?? "").u32v(this.subtitle?.untilTick ?? 0);
    for (let i = 0; i < this.reachedFlags.length; i++) h.u32v(this.reachedFlags[i]);
    // When each line ends (lineFinished triggers read it), which objectives are done and
    // shown, which groups were spawned: by name, in the order they happened.
    h.u32v(this.lineEnds.size);
    for (const [line, end] of this.lineEnds) h.str(line).u32v(end);
    h.u32v(this.objectivesDone.size);
    for (const id of this.objectivesDone) h.str(id);
    h.u32v(this.objectives.length);
    for (const o of this.objectives) h.str(o.id).str(o.text);
    h.u32v(this.groups.length);
    for (const g of this.groups) h.str(g);
  }

  /** What the autopilot should do for the waiting beat. */
  goal(host: DirectorHost): DirectorGoal {
    const beat = this.piece.beats[this.next];
    if (!beat) return { kind: "wait" };
    // In a chase the chase comes first (the bot shoots what it sees on the way).
    if (!host.caught() && this.piece.beats.slice(this.next).some((b) => b.when.kind === "caught")) return { kind: "chase" };
    const fight = this.openFight(host);
    if (fight) return { kind: "fight", group: fight };
    const w = beat.when;
    switch (w.kind) {
      case "enter":
      case "reached":
        return { kind: "goto", anchor: w.anchor, radiusM: w.radiusM };
      case "look":
        return { kind: "look", anchor: w.anchor };
      case "button":
        return { kind: "press", button: w.button };
      case "walked":
        return { kind: "walk", distanceM: w.distanceM };
      case "enemiesDown":
        return { kind: "fight", group: w.group };
      case "caught":
        return { kind: "chase" };
      default:
        return this.aheadGoal(host);
    }
  }

  /**
   * While a line or a timer runs, the next place the piece will ask to be `reached` (a
   * player who knows the way keeps going; the beat waits for them there); else wait.
   */
  private aheadGoal(host: DirectorHost): DirectorGoal {
    for (let b = this.next + 1; b < this.piece.beats.length; b++) {
      const w = this.piece.beats[b].when;
      if (w.kind === "reached") {
        if (this.reachedFlags[this.beatWatch[b]] === 1) continue;
        return host.anchor(w.anchor) ? { kind: "goto", anchor: w.anchor, radiusM: w.radiusM } : { kind: "wait" };
      }
      if (w.kind !== "timer" && w.kind !== "lineFinished") break;
    }
    return { kind: "wait" };
  }

  /** A spawned group still standing (the bot fights before it moves on). */
  private openFight(host: DirectorHost): string | null {
    for (const g of this.groups) {
      if (host.enemiesAlive(g) > 0) return g;
    }
    return null;
  }

  private holds(t: Trigger, host: DirectorHost): boolean {
    const tick = host.tick;
    switch (t.kind) {
      case "start":
        return true;
      case "enter": {
        const a = host.anchor(t.anchor);
        if (!a) return false;
        const p = host.player.position;
        return DMath.hypot(p.x - a.position[0], p.z - a.position[2]) <= t.radiusM;
      }
      case "reached":
        return this.reachedFlags[this.beatWatch[this.next]] === 1;
      case "timer":
        return (tick - this.beatTick) * FIXED_DT >= t.afterS;
      case "enemiesDown":
        return host.enemiesAlive(t.group) === 0 && tick > this.beatTick;
      case "itemTaken":
        return host.itemTaken(t.item);
      case "lineFinished": {
        const end = this.lineEnds.get(t.line);
        return end !== undefined && tick >= end;
      }
      case "objectiveDone":
        return this.objectivesDone.has(t.objective);
      case "look":
        return lookingAt(host, t.anchor, t.withinDeg);
      case "button":
        return (host.pressed & BUTTON_BITS[t.button]) !== 0;
      case "walked":
        return this.walkedM >= t.distanceM;
      case "caught":
        return host.caught();
    }
  }

  private fire(beat: Beat, host: DirectorHost): void {
    this.next++;
    this.beatTick = host.tick;
    this.walkedM = 0;
    for (const cue of beat.cues) this.perform(cue, host);
  }

  private perform(cue: Cue, host: DirectorHost): void {
    switch (cue.kind) {
      case "line":
        this.say(cue.line, host.tick, true);
        break;
      case "objective":
        this.objectives.push({ id: cue.id, text: cue.text });
        break;
      case "objectiveDone": {
        this.objectivesDone.add(cue.id);
        const i = this.objectives.findIndex((o) => o.id === cue.id);
        if (i >= 0) this.objectives.splice(i, 1);
        break;
      }
      case "checkpoint":
        this.checkpoint = cue.anchor;
        break;
      case "spawn":
        if (!this.groups.includes(cue.group)) this.groups.push(cue.group);
        break;
      case "intensity":
        this.intensityTarget = Math.min(1, Math.max(0, cue.value));
        break;
      case "end":
        this.finished = true;
        this.finishTick = host.tick;
        break;
      default:
        break;
    }
    host.perform(cue);
  }
}

/** Whether the view centre is within `withinDeg` of an anchor (a little above its base). */
export function lookingAt(host: DirectorHost, anchorName: string, withinDeg: number): boolean {
  const a = host.anchor(anchorName);
  if (!a) return false;
  const p = host.player;
  const ex = p.position.x;
  const ey = p.position.y + p.eyeHeightM;
  const ez = p.position.z;
  const dx = a.position[0] - ex;
  const dy = a.position[1] - ey;
  const dz = a.position[2] - ez;
  const len = DMath.hypot3(dx, dy, dz) || 1;
  // The view direction for yaw 0 down -Z, positive yaw left, pitch up.
  const cp = DMath.cos(p.pitchRad);
  const vx = -DMath.sin(p.yawRad) * cp;
  const vy = DMath.sin(p.pitchRad);
  const vz = -DMath.cos(p.yawRad) * cp;
  const cos = (dx * vx + dy * vy + dz * vz) / len;
  return cos >= DMath.cos(withinDeg * DEG);
}
