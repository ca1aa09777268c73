import { Vector3 } from "three";
import { yawVec } from "./poseMath";

/** One foot: where its ankle is, how it is turned, and where it is planted. */
export class Foot {
  /** The ankle now, world metres, and the foot's yaw and pitch (positive: toes up), radians. */
  readonly ankle = new Vector3();
  yaw = 0;
  pitch = 0;
  stance = true;
  /** Where the flat foot's ankle stands (or will stand) and its yaw. */
  readonly plant = new Vector3();
  plantYaw = 0;
  /** The ankle, pitch, yaw and swing fraction at lift-off. */
  readonly lift = new Vector3();
  liftPitch = 0;
  liftYaw = 0;
  liftS = 0;
  /** Came down before its swing ended (the cycle stopped): the next swing starts from here. */
  settled = false;
  /** This stance began with a heel strike (rolls over the heel). */
  heel = false;
  /** Progress along the swing path, 0..1 (1: arrived). */
  swingU = 1;
}

/** The ankle of a foot planted flat at `plant` (yaw `yaw`), pitched by `pitch` (toes up positive) about a sole point. */
export function rocker(plant: Vector3, yaw: number, pitch: number, pivot: readonly number[], out: Vector3): Vector3 {
  const c = Math.cos(pitch);
  const s = Math.sin(pitch);
  const py = pivot[1];
  const pz = pivot[2];
  yawVec(yaw, 0, py - (py * c - pz * s), pz - (py * s + pz * c), out);
  return out.add(plant);
}

