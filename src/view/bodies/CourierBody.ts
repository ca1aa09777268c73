import type { Sim } from "../../sim/SimTypes";
import { createBodyInput } from "./BodyInput";
import { FigurePose } from "./FigurePose";
import { HOLDS } from "./holds";
import { type Outfit, outfitById } from "./outfits";
import { Bone, POSE_FLOATS } from "./skeleton";

/** Staging of the courier's body; metres, radians. */
export const COURIER_BODY = {
  /** Turned back over his shoulder, the head looks at Henry once he turns at least this far (of 1). */
  lookBackFrom01: 0.3,
  /** A drop is in the air until this share of it, then a roll. */
  dropRollFrom01: 0.6,
  /** Hiding behind his guards he crouches this far (of 1). */
  hideCrouch01: 0.7,
} as const;

/** The pose id that seeds his hit reactions (the cast use -1 to -3). */
const COURIER_POSE_ID = -10;

/**
 * The rooftops' courier as a figure of the shared body system: dressed as `courier` (the
 * glowing device in both hands before his chest), his legs in the parkour leg modes of the
 * move he makes (vault, mantle, ladder, leap, a drop then a roll), turning his head back at
 * Henry when he looks, crouched behind his guards, down on his knees and empty-handed once
 * caught. Posed once per core tick from the core's courier view; reads it, never writes it.
 * Keeps where the device's grip is, so the view can hang its light there.
 */
export class CourierBody {
  readonly poses = [new FigurePose(COURIER_POSE_ID)];
  readonly prev = new Float32Array(POSE_FLOATS);
  readonly curr = new Float32Array(POSE_FLOATS);
  readonly visible = new Uint8Array(1);
  /** The device's grip in world metres at the last two ticks (x, y, z). */
  readonly devicePrev = new Float32Array(3);
  readonly deviceCurr = new Float32Array(3);
  private readonly input = createBodyInput();
  private readonly last = { x: 0, z: 0 };
  private caught = false;
  private readonly carrying = outfitById("courier");
  private readonly emptyHanded = outfitById("courier.caught");

  constructor() {
    this.poses[0].setHold(HOLDS.device);
  }

  outfit(): Outfit | undefined {
    return this.caught ? this.emptyHanded : this.carrying;
  }

  /** One tick: his place, his move's leg mode, where he looks, and the pose. */
  step(sim: Sim, dtS: number): void {
    const c = sim.script?.courier;
    const appeared = this.visible[0] === 0;
    if (!c?.active) {
      this.visible[0] = 0;
      return;
    }
    this.prev.set(this.curr);
    this.devicePrev.set(this.deviceCurr);
    const inp = this.input;
    const pose = this.poses[0];
    if (c.caught !== this.caught) {
      this.caught = c.caught;
      pose.setHold(c.caught ? HOLDS.none : HOLDS.device);
    }
    inp.x = c.position.x;
    inp.y = c.position.y;
    inp.z = c.position.z;
    // A jump of the core's position (a restart at a checkpoint) is no run.
    const dx = c.position.x - this.last.x;
    const dz = c.position.z - this.last.z;
    const teleported = appeared || Math.hypot(dx, dz) > 3;
    inp.vx = teleported ? 0 : dx / dtS;
    inp.vz = teleported ? 0 : dz / dtS;
    this.last.x = c.position.x;
    this.last.z = c.position.z;
    inp.yawRad = c.yawRad;
    this.legs(c.act, c.moveProgress01);
    inp.crouch01 = c.act === "hide" ? COURIER_BODY.hideCrouch01 : c.act === "caught" ? 1 : 0;
    const p = sim.player.position;
    inp.looking = c.lookBack01 > COURIER_BODY.lookBackFrom01 || c.act === "caught" || c.act === "cornered";
    inp.lookX = p.x;
    inp.lookY = p.y + sim.player.eyeHeightM;
    inp.lookZ = p.z;
    if (teleported) pose.reset();
    pose.step(inp, dtS, sim.tick);
    pose.write(this.curr, 0);
    const grip = pose.skel.world.p[Bone.prop];
    this.deviceCurr[0] = grip.x;
    this.deviceCurr[1] = grip.y;
    this.deviceCurr[2] = grip.z;
    if (teleported) {
      this.prev.set(this.curr);
      this.devicePrev.set(this.deviceCurr);
    }
    this.visible[0] = 1;
  }

  /** The core's act as a leg mode of the body system (a run walks the gait). */
  private legs(act: string, progress01: number): void {
    const inp = this.input;
    inp.moveProgress01 = progress01;
    if (act === "vault" || act === "mantle" || act === "ladder" || act === "leap") inp.move = act;
    else if (act === "drop") {
      const from = COURIER_BODY.dropRollFrom01;
      inp.move = progress01 < from ? "air" : "roll";
      inp.moveProgress01 = progress01 < from ? 0 : (progress01 - from) / (1 - from);
    } else inp.move = "ground";
  }
}
