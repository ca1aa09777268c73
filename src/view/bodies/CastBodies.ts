import type { Cue } from "../../content/script";
import type { Sim } from "../../sim/SimTypes";
import { createBodyInput } from "./BodyInput";
import { FigurePose } from "./FigurePose";
import { HOLDS } from "./holds";
import { type Outfit, outfitById } from "./outfits";
import { clamp, wrapRad } from "./poseMath";
import { POSE_FLOATS, POSE_ROOT } from "./skeleton";

/** The cast the story puts on stage, in their slot order. */
export const CAST = ["estelle", "akan", "jimmy"] as const;
export type CastId = (typeof CAST)[number];

/** Staging of the cast; metres, m/s, seconds. */
export const STAGING = {
  /** The wife is dragged this far, this fast, in the street's opening. */
  dragM: 14,
  dragMps: 2.2,
  /** Where a cue puts them: this far ahead of the anchor (facing back toward it); the telekinetic a step aside. */
  aheadM: { estelle: 4, akan: 6 },
  akanSideM: 1.2,
  /** Walking pace on stage. */
  walkMps: 1.2,
  /** Fitting the arm: she stands at Henry's right, a little ahead, her hands on his right forearm. */
  fitArm: { aheadM: 0.42, rightM: 0.68, handDownM: 0.42, handRightM: 0.3, handAheadM: 0.42 },
  /** Fitting the leg: down on her haunches by his right knee. */
  fitLeg: { aheadM: 0.3, rightM: 0.46, kneeM: 0.5, handRightM: 0.14, handAheadM: 0.1 },
  /** Jimmy waves Henry on when he waits and Henry is farther than this. */
  waveBeyondM: 8,
  /** Jimmy points this high above his route point. */
  pointUpM: 1.2,
  /** How fast anyone on stage turns to face a new way, rad/s. */
  turnRadPerS: 5,
} as const;

interface Staged {
  x: number;
  y: number;
  z: number;
  yawRad: number;
  /** The tick the cue placed them; dragged away since then. */
  sinceTick: number;
  dragged: boolean;
}

const F = POSE_FLOATS;

/**
 * The cast as bodies: Estelle and Akan where the script's actor cues stage them (the wife
 * fitting Henry's arm and leg while she says so, dragged off in the street while the
 * telekinetic holds her with a gesture), Jimmy on the route the core runs him along,
 * waving Henry on while he waits and pointing the way while he shouts it. Positions come
 * from cues and sim ticks only, so a take stages the same way twice.
 */
export class CastBodies {
  readonly poses = CAST.map((_, i) => new FigurePose(-1 - i));
  readonly prev = new Float32Array(CAST.length * F);
  readonly curr = new Float32Array(CAST.length * F);
  readonly visible = new Uint8Array(CAST.length);
  private readonly staged: Record<"estelle" | "akan", Staged | null> = { estelle: null, akan: null };
  /** Where the wife walks (she leaves her mark to fit the arm and the leg). */
  private readonly walk = { x: 0, z: 0, ready: false };
  private readonly input = createBodyInput();
  private readonly lastJimmy = { x: 0, z: 0, seen: false };
  private guise = "jimmy.sweeper";
  private readonly yaw = new Float64Array(CAST.length);

  constructor() {
    for (const p of this.poses) p.setHold(HOLDS.none);
  }

  outfitOf(i: number): Outfit | undefined {
    const id = CAST[i];
    return outfitById(id === "jimmy" ? this.guise : id) ?? (id === "jimmy" ? outfitById("jimmy.sweeper") : undefined);
  }

  onCue(cue: Cue, sim: Sim): void {
    if (cue.kind === "jimmy") {
      this.guise = cue.guise;
      this.poses[2].setHold(HOLDS[this.outfitOf(2)?.hold ?? "none"]);
      return;
    }
    if (cue.kind !== "actor") return;
    const a = sim.level.anchors[cue.anchor];
    if (cue.action === "leave" || !a) {
      this.staged[cue.who] = null;
      return;
    }
    const ahead = STAGING.aheadM[cue.who];
    const side = cue.who === "akan" ? STAGING.akanSideM : 0;
    this.staged[cue.who] = {
      x: a.position[0] - Math.sin(a.yawRad) * ahead + side,
      y: a.position[1],
      z: a.position[2] - Math.cos(a.yawRad) * ahead,
      yawRad: a.yawRad + Math.PI,
      sinceTick: sim.tick,
      dragged: cue.action === "dragged",
    };
    if (cue.who === "estelle") this.walk.ready = false;
  }

  /** One tick: each cast member's place, what they do, and their pose. */
  step(sim: Sim, dtS: number): void {
    this.prev.set(this.curr);
    this.estelle(sim, dtS);
    this.akan(sim, dtS);
    this.jimmy(sim, dtS);
  }

  private pose(i: number, sim: Sim, dtS: number, appeared: boolean): void {
    const p = this.poses[i];
    // Turns on stage are the body's, at a person's pace (the cues only say which way to face).
    const want = this.input.yawRad;
    this.yaw[i] = appeared ? want : this.yaw[i] + clamp(wrapRad(want - this.yaw[i]), -STAGING.turnRadPerS * dtS, STAGING.turnRadPerS * dtS);
    this.input.yawRad = this.yaw[i];
    if (appeared) p.reset();
    p.step(this.input, dtS, sim.tick);
    p.write(this.curr, i * F);
    if (appeared) this.prev.set(this.curr.subarray(i * F, (i + 1) * F), i * F);
    this.visible[i] = 1;
  }

  private clear(): void {
    const inp = this.input;
    inp.vx = inp.vz = 0;
    inp.aiming = inp.looking = false;
    inp.action = "";
    inp.crouch01 = 0;
    inp.staggered = false;
  }

  private estelle(sim: Sim, dtS: number): void {
    const s = this.staged.estelle;
    const appeared = this.visible[0] === 0;
    if (!s) {
      this.visible[0] = 0;
      return;
    }
    this.clear();
    const inp = this.input;
    const pl = sim.player;
    const eyeY = pl.position.y + pl.eyeHeightM;
    if (s.dragged) {
      // Dragged back the way she faces, by sim time, reaching for Henry.
      const k = Math.min(STAGING.dragM, (sim.tick - s.sinceTick) * dtS * STAGING.dragMps);
      const moving = k < STAGING.dragM;
      inp.x = s.x + Math.sin(s.yawRad) * k;
      inp.z = s.z + Math.cos(s.yawRad) * k;
      inp.vx = moving ? Math.sin(s.yawRad) * STAGING.dragMps : 0;
      inp.vz = moving ? Math.cos(s.yawRad) * STAGING.dragMps : 0;
      inp.yawRad = s.yawRad;
      this.act("dragged", pl.position.x, eyeY - 0.3, pl.position.z);
      inp.y = s.y;
    } else {
      this.fitting(sim, s, dtS);
      // She walks on Henry's floor (a cue's anchor may sit on the bed).
      inp.y = pl.position.y;
    }
    this.pose(0, sim, dtS, appeared);
  }

  /** The calibration: while she speaks of the arm, then the leg, she works on them with her hands. */
  private fitting(sim: Sim, s: Staged, dtS: number): void {
    const inp = this.input;
    const pl = sim.player;
    const line = sim.script?.subtitle?.line ?? "";
    // Around Henry's body as he stood up (where he looks changes nothing).
    const bodyYaw = sim.level.anchors[sim.level.spawn]?.yawRad ?? 0;
    const sy = Math.sin(bodyYaw);
    const cy = Math.cos(bodyYaw);
    // Henry's forward (-sin, -cos) and right (cos, -sin).
    let gx = s.x;
    let gz = s.z;
    let face = s.yawRad;
    // She comes over while she talks him round, then works on the arm, then the leg.
    if (line === "aw.nomemory") {
      gx = pl.position.x - sy * STAGING.fitArm.aheadM + cy * STAGING.fitArm.rightM;
      gz = pl.position.z - cy * STAGING.fitArm.aheadM - sy * STAGING.fitArm.rightM;
      face = Math.atan2(gx - pl.position.x, gz - pl.position.z);
    }
    if (line === "aw.arm" || line === "aw.leg") {
      const f = line === "aw.arm" ? STAGING.fitArm : STAGING.fitLeg;
      gx = pl.position.x - sy * f.aheadM + cy * f.rightM;
      gz = pl.position.z - cy * f.aheadM - sy * f.rightM;
      const action = line === "aw.arm" ? "fit" : "fitLow";
      const hx = pl.position.x - sy * f.handAheadM + cy * f.handRightM;
      const hz = pl.position.z - cy * f.handAheadM - sy * f.handRightM;
      // She faces her work, not Henry's face.
      face = Math.atan2(-(hx - gx), -(hz - gz));
      const hy = line === "aw.arm" ? pl.position.y + pl.eyeHeightM - STAGING.fitArm.handDownM : pl.position.y + STAGING.fitLeg.kneeM;
      this.act(action, hx, hy, hz);
    } else {
      inp.looking = true;
      inp.lookX = pl.position.x;
      inp.lookY = pl.position.y + pl.eyeHeightM;
      inp.lookZ = pl.position.z;
    }
    const w = this.walk;
    if (!w.ready) {
      w.x = s.x;
      w.z = s.z;
      w.ready = true;
    }
    const dx = gx - w.x;
    const dz = gz - w.z;
    const d = Math.hypot(dx, dz);
    const step = Math.min(d, STAGING.walkMps * dtS);
    if (d > 1e-4) {
      w.x += (dx / d) * step;
      w.z += (dz / d) * step;
    }
    inp.x = w.x;
    inp.z = w.z;
    const walking = d > 0.05;
    inp.vx = walking ? (dx / d) * STAGING.walkMps : 0;
    inp.vz = walking ? (dz / d) * STAGING.walkMps : 0;
    // Walking she faces where she goes; there she faces her work.
    inp.yawRad = walking && d > 0.4 ? Math.atan2(-dx, -dz) : face;
    if (walking && d > 0.4) inp.action = "";
  }

  private act(action: string, x: number, y: number, z: number): void {
    const inp = this.input;
    inp.action = action;
    inp.actionX = x;
    inp.actionY = y;
    inp.actionZ = z;
    inp.looking = true;
    inp.lookX = x;
    inp.lookY = y;
    inp.lookZ = z;
  }

  private akan(sim: Sim, dtS: number): void {
    const s = this.staged.akan;
    const appeared = this.visible[1] === 0;
    if (!s) {
      this.visible[1] = 0;
      return;
    }
    this.clear();
    const inp = this.input;
    inp.x = s.x;
    inp.y = s.y;
    inp.z = s.z;
    inp.yawRad = s.yawRad;
    const e = this.staged.estelle;
    if (e?.dragged) {
      // His power holds her: the palm pushed at her, fingers at the temple.
      const c = this.curr;
      this.act("gesture", c[POSE_ROOT], c[POSE_ROOT + 1] + 0.35, c[POSE_ROOT + 2]);
    } else {
      const pl = sim.player;
      inp.looking = true;
      inp.lookX = pl.position.x;
      inp.lookY = pl.position.y + pl.eyeHeightM;
      inp.lookZ = pl.position.z;
    }
    this.pose(1, sim, dtS, appeared);
  }

  private jimmy(sim: Sim, dtS: number): void {
    const j = sim.script?.jimmy;
    const appeared = this.visible[2] === 0;
    if (!j?.active) {
      this.visible[2] = 0;
      this.lastJimmy.seen = false;
      return;
    }
    this.clear();
    const inp = this.input;
    const last = this.lastJimmy;
    inp.x = j.position.x;
    inp.y = j.position.y;
    inp.z = j.position.z;
    inp.vx = last.seen ? (j.position.x - last.x) / dtS : 0;
    inp.vz = last.seen ? (j.position.z - last.z) / dtS : 0;
    last.x = j.position.x;
    last.z = j.position.z;
    last.seen = true;
    inp.yawRad = j.yawRad;
    const pl = sim.player;
    const toHenry = Math.hypot(pl.position.x - j.position.x, pl.position.z - j.position.z);
    const speaking = sim.script?.subtitle?.speaker === "jimmy";
    const still = Math.hypot(inp.vx, inp.vz) < 0.3;
    const t = j.target;
    if (speaking && t) this.act("point", t.position[0], t.position[1] + STAGING.pointUpM, t.position[2]);
    else if (still && toHenry > STAGING.waveBeyondM) this.act("wave", pl.position.x, pl.position.y + 1.5, pl.position.z);
    else {
      inp.looking = still;
      inp.lookX = pl.position.x;
      inp.lookY = pl.position.y + pl.eyeHeightM;
      inp.lookZ = pl.position.z;
    }
    // Waiting, he turns to face Henry (the core turns him only while he runs).
    if (still) inp.yawRad = Math.atan2(-(pl.position.x - j.position.x), -(pl.position.z - j.position.z));
    this.pose(2, sim, dtS, appeared);
  }
}
