import { ACTIONS, type ActionDef, type Channel, type HandFrame, isActionId, sampleKeys1, sampleKeys3 } from "./actions";

/** A hand's place from the running actions this tick. */
export interface HandPull {
  /** 0: the hold (or the free swing) decides; 1: the action does. */
  weight: number;
  frame: HandFrame;
  at: number[];
  palmRad: number;
}

export function createHandPull(): HandPull {
  return { weight: 0, frame: "chest", at: [0, 0, 0], palmRad: 0 };
}

/**
 * Plays a figure's actions: one one-shot at a time (a reload, a throw) on top of one
 * looping action held by the story (a wave, a gesture), each fading in and out over its
 * `blendS`. Pure numbers, stepped per tick.
 */
export class ActionPlayer {
  private shot: ActionDef | null = null;
  private shotS = 0;
  private shotLenS = 1;
  private loop: ActionDef | null = null;
  private loopS = 0;
  private loopW = 0;

  /** Starts a one-shot action by name, over its own length or `durationS`; unknown names are ignored. */
  play(id: string, durationS?: number): void {
    if (!isActionId(id)) return;
    this.shot = ACTIONS[id];
    this.shotS = 0;
    this.shotLenS = durationS !== undefined && durationS > 0 ? durationS : this.shot.durationS;
  }

  /** Whether a one-shot is playing. */
  get busy(): boolean {
    return this.shot !== null;
  }

  /** Advances by `dtS`; `held` is the looping action the story holds now ("" for none). */
  step(dtS: number, held: string): void {
    if (this.shot) {
      this.shotS += dtS;
      if (this.shotS >= this.shotLenS) this.shot = null;
    }
    const want = isActionId(held) && ACTIONS[held].loop ? ACTIONS[held] : null;
    if (want && want === this.loop) this.loopW = Math.min(1, this.loopW + dtS / want.blendS);
    else if (this.loop) {
      // Fade the old one out before the new one comes in.
      this.loopW -= dtS / this.loop.blendS;
      if (this.loopW <= 0) {
        this.loopW = 0;
        this.loop = want;
        this.loopS = 0;
      }
    } else if (want) {
      this.loop = want;
      this.loopS = 0;
    }
    if (this.loop) this.loopS += dtS;
  }

  private shotWeight(): number {
    const s = this.shot;
    if (!s) return 0;
    return Math.max(0, Math.min(1, this.shotS / s.blendS, (this.shotLenS - this.shotS) / s.blendS));
  }

  private loopT(): number {
    return this.loop ? (this.loopS / this.loop.durationS) % 1 : 0;
  }

  /** The sum of a channel over the running actions. */
  channel(name: Channel): number {
    let v = 0;
    const s = this.shot?.channels?.[name];
    if (s && this.shot) v += this.shotWeight() * sampleKeys1(s, this.shotS / this.shotLenS);
    const l = this.loop?.channels?.[name];
    if (l) v += this.loopW * sampleKeys1(l, this.loopT());
    return v;
  }

  /** How much the torso turns toward the action's target (0..1). */
  get turnToTarget(): number {
    return (this.loop?.turnToTarget ?? 0) * this.loopW + (this.shot?.turnToTarget ?? 0) * this.shotWeight();
  }

  /** The hand's pull for this tick: a one-shot's track wins over a looping one's. */
  hand(side: "left" | "right", out: HandPull): HandPull {
    out.weight = 0;
    const shotTrack = this.shot?.[side];
    if (shotTrack && this.shot) {
      sampleKeys3(shotTrack.keys, this.shotS / this.shotLenS, out.at);
      out.weight = this.shotWeight();
      out.frame = shotTrack.frame;
      out.palmRad = shotTrack.palmRad ?? 0;
      if (out.weight >= 1) return out;
    }
    const loopTrack = this.loop?.[side];
    if (loopTrack && this.loopW > 0 && out.weight === 0) {
      sampleKeys3(loopTrack.keys, this.loopT(), out.at);
      out.weight = this.loopW;
      out.frame = loopTrack.frame;
      out.palmRad = loopTrack.palmRad ?? 0;
    }
    return out;
  }

  reset(): void {
    this.shot = null;
    this.loop = null;
    this.loopW = 0;
  }
}
