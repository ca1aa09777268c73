import type { DirectionalLight, Object3D, Scene } from "three";
import { Crowd } from "./Crowd";
import type { HenryPose } from "./HenryPose";
import { blendPose } from "./poseBlend";
import { HENRY_OUTFITS, type Outfit } from "./outfits";
import { type BoneName, POSE_FLOATS, POSE_ROOT } from "./skeleton";

/** A layer only the lights' shadow cameras draw: Henry's full body casts a shadow there and is never seen. */
export const SHADOW_ONLY_LAYER = 7;

/**
 * Where his own legs sit under the camera: pushed back along the body as the look drops
 * (metres at standing eye height; less when crouched, where the camera is lower).
 */
export const HENRY_VIEW = { pushBaseM: 0.12, pushDownM: 0.22, standEyeM: 1.7 } as const;

/** How far back his seen body goes for a look pitch and an eye height, metres. */
export function henryPushM(pitchRad: number, eyeM: number): number {
  return (HENRY_VIEW.pushBaseM + (HENRY_VIEW.pushDownM * Math.max(0, -pitchRad)) / (Math.PI / 2)) * Math.min(1, eyeM / HENRY_VIEW.standEyeM);
}

/**
 * What Henry sees of himself: hips, belly and legs. Never the head, neck or arms (the arms
 * are ArmsView's), nor the chest, which sits right under a camera at mouth level and would
 * fill the bottom of the picture looking down.
 */
const SEEN: ReadonlySet<BoneName> = new Set(["pelvis", "spine", "thighL", "shinL", "footL", "thighR", "shinR", "footR"]);

/** Henry's outfit cut to what he may see of himself. */
export const HENRY_SEEN: Outfit = { ...HENRY_OUTFITS.none, id: "henry.seen", parts: HENRY_OUTFITS.none.parts.filter((p) => SEEN.has(p.bone)) };

/**
 * Henry's own body: his legs, hips and torso under the camera (seen when looking down,
 * stepping with the rig's stride phase), and his whole body with the gun on a layer only
 * shadow cameras draw, so his shadow walks with him. No head is ever drawn to the camera.
 */
export class HenryBodyView {
  private readonly seen = new Crowd(1);
  private readonly shadow = new Crowd(1);
  private readonly buf = new Float32Array(POSE_FLOATS);

  constructor(
    private readonly scene: Scene,
    shadows: boolean,
  ) {
    this.seen.setOutfit(0, HENRY_SEEN);
    this.seen.mesh.name = "henry-body";
    this.seen.mesh.castShadow = false;
    this.seen.mesh.receiveShadow = true;
    this.shadow.setOutfit(0, HENRY_OUTFITS.none);
    this.shadow.mesh.name = "henry-shadow";
    this.shadow.mesh.castShadow = shadows;
    this.shadow.mesh.layers.set(SHADOW_ONLY_LAYER);
    scene.traverse((o: Object3D) => {
      const l = o as DirectionalLight;
      if (l.isLight && l.castShadow && l.shadow) l.shadow.camera.layers.enable(SHADOW_ONLY_LAYER);
    });
    scene.add(this.seen.mesh, this.shadow.mesh);
  }

  /** The gun his shadow holds. */
  setWeapon(weapon: "pistol" | "rifle" | null): void {
    this.shadow.setOutfit(0, HENRY_OUTFITS[weapon ?? "none"]);
  }

  /** Blends the last two ticks and places both bodies; `pitchRad` is the look's pitch this frame. */
  frame(henry: HenryPose, alpha: number, pitchRad: number): void {
    const b = blendPose(henry.prev, henry.curr, 0, alpha, this.buf);
    this.shadow.pose(0, b, 0);
    const push = henryPushM(pitchRad, henry.eyeM);
    b[POSE_ROOT] += Math.sin(henry.bodyYawRad) * push;
    b[POSE_ROOT + 2] += Math.cos(henry.bodyYawRad) * push;
    this.seen.pose(0, b, 0);
  }

  dispose(): void {
    this.scene.remove(this.seen.mesh, this.shadow.mesh);
    this.seen.dispose();
    this.shadow.dispose();
  }
}
