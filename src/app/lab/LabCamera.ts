import { DEFAULT_POST_EFFECTS, type PostEffects } from "../../view/post/PostChain";
import type { QualitySetting } from "../../view/quality/QualityLevels";
import type { View } from "../../view/View";
import type { Slot } from "./LabSettings";

/** The camera image's effects the Lab switches, one per player setting. */
export const CAMERA_EFFECTS = ["autoExposure", "bloom", "motionBlur", "sensor", "rollingShutter", "cameraDamage"] as const;
export type CameraEffect = (typeof CAMERA_EFFECTS)[number];

export function isCameraEffect(v: string): v is CameraEffect {
  return (CAMERA_EFFECTS as readonly string[]).includes(v);
}

/** The effects' switches with every one on. */
export type CameraSwitches = Record<CameraEffect, boolean>;

/**
 * The camera image in the Lab: each A/B slot keeps its own effect switches beside its rig
 * settings, so X shows the same shot with and without an effect. The shown slot's switches
 * go to the view; "break the camera" previews a heavy head hit.
 */
export class LabCamera {
  private readonly slots: Record<Slot, CameraSwitches> = { A: allOn(), B: allOn() };
  private shown: Slot = "A";
  private hits = 0;
  /** The Lab's quality setting (auto until pinned). */
  quality: QualitySetting = "auto";

  constructor(private readonly view: View) {
    this.apply();
  }

  /** A copy of a slot's switches. */
  switches(slot: Slot): CameraSwitches {
    return { ...this.slots[slot] };
  }

  /** Turns one effect of `slot` on or off (seen at once when that slot is shown). */
  set(slot: Slot, effect: CameraEffect, on: boolean): void {
    this.slots[slot][effect] = on;
    if (slot === this.shown) this.apply();
  }

  /** Shows a slot's switches (X toggles the slot). */
  show(slot: Slot): void {
    this.shown = slot;
    this.apply();
  }

  copy(from: Slot, to: Slot): void {
    this.slots[to] = { ...this.slots[from] };
    if (to === this.shown) this.apply();
  }

  /** Pins the Lab's quality (bloom and motion blur need medium or richer), or `auto`. */
  setQuality(q: QualitySetting): void {
    this.quality = q;
    this.view.setQuality(q);
  }

  /** A heavy hit to the head, as in play: the picture tears, a frame drops, the lens cracks. */
  breakCamera(): void {
    this.view.post.damage.hit(++this.hits * 7919);
  }

  /** A fresh camera (what a checkpoint does). */
  repair(): void {
    this.view.post.damage.repair();
  }

  private apply(): void {
    const s = this.slots[this.shown];
    const e: PostEffects = { ...DEFAULT_POST_EFFECTS, ...s };
    this.view.setPostEffects(e);
  }
}

function allOn(): CameraSwitches {
  return Object.fromEntries(CAMERA_EFFECTS.map((k) => [k, true])) as CameraSwitches;
}
