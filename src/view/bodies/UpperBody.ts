import { Quaternion, Vector3 } from "three";
import { createHandPull, type HandPull } from "./ActionPlayer";
import type { BodyInput } from "./BodyInput";
import type { FigurePose } from "./FigurePose";
import type { HandPlace, HoldPose } from "./holds";
import { clamp, limbRotation, twoBoneIk, wrapRad, yawPitch } from "./poseMath";
import { ARMS, Bone, FOREARM_M, UPPER_ARM_M } from "./skeleton";

const _q = new Quaternion();
const _r = new Quaternion();
const _aim = new Quaternion();
const _low = new Quaternion();
const _v = new Vector3();
const _t = new Vector3();
const _hold = new Vector3();
/** Scratch of `pullTarget` alone (its caller passes `_t` as the output). */
const _tp = new Vector3();
const _elbow = new Vector3();
const _pole = new Vector3();
const _f1 = new Vector3();
const _f2 = new Vector3();
const _fwd = new Vector3();
const _x = new Vector3(1, 0, 0);
const _y = new Vector3(0, 1, 0);
const _z = new Vector3(0, 0, 1);

/** How the head follows what it looks at: its share of the turn and its limits, radians. */
const HEAD = { neckShare: 0.4, maxYawRad: 1.1, maxPitchRad: 0.6, followPerS: 9 } as const;

/** Yaw and pitch of the direction a rotation sends -Z to. */
function forwardAngles(q: Quaternion, out: { yaw: number; pitch: number }): void {
  _fwd.set(0, 0, -1).applyQuaternion(q);
  out.yaw = Math.atan2(-_fwd.x, -_fwd.z);
  out.pitch = Math.asin(clamp(_fwd.y, -1, 1));
}

const _ang = { yaw: 0, pitch: 0 };

function holdRotation(p: HoldPose, out: Quaternion): Quaternion {
  yawPitch(p.yawRad, p.pitchRad, out);
  return out.multiply(_r.setFromAxisAngle(_z, p.rollRad));
}

/**
 * The figure above the hips: spine and chest (counter-turning the stride, bending with
 * hits, turning to an action's target, pointing the held weapon exactly at the aim point),
 * the head looking where it should, the held item, and both arms (on the item's grips,
 * following an action's track, or swinging with the stride) by two-bone IK.
 */
export class UpperBody {
  private headYaw = 0;
  private headPitch = 0;
  private readonly pulls: [HandPull, HandPull] = [createHandPull(), createHandPull()];

  step(fp: FigurePose, inp: BodyInput, dtS: number): void {
    this.torso(fp, inp);
    this.head(fp, inp, dtS);
    this.prop(fp);
    for (let i = 0; i < 2; i++) this.arm(fp, inp, i);
  }

  private torso(fp: FigurePose, inp: BodyInput): void {
    const sk = fp.skel;
    const r = fp.react;
    const a = fp.actions;
    const twist = fp.gait.twistRad;
    // Turning toward an action's target (a wave, a gesture) is shared by spine and chest.
    let turn = 0;
    const tw = a.turnToTarget;
    if (tw > 0) {
      const want = Math.atan2(-(inp.actionX - inp.x), -(inp.actionZ - inp.z));
      turn = clamp(wrapRad(want - inp.yawRad), -1.3, 1.3) * tw;
    }
    const stagger = r.stagger.x;
    // The torso twists back from hips turned into a run, to face where the figure faces.
    const hips = -fp.hipTurnRad;
    yawPitch(-0.5 * twist + 0.3 * r.torsoYaw.x + 0.4 * (turn + hips), a.channel("spinePitch") + 0.4 * r.torsoPitch.x + 0.25 * stagger + 0.2 * inp.crouch01, _q);
    _q.multiply(_r.setFromAxisAngle(_z, 0.3 * r.torsoRoll.x));
    sk.set(Bone.spine, _q);
    yawPitch(-0.4 * twist + a.channel("chestYaw") + 0.7 * r.torsoYaw.x + 0.6 * (turn + hips), a.channel("chestPitch") + 0.6 * r.torsoPitch.x + 0.2 * stagger, _q);
    _q.multiply(_r.setFromAxisAngle(_z, 0.7 * r.torsoRoll.x));
    sk.set(Bone.chest, _q);
    const w = clamp(fp.aim.x, 0, 1);
    const hold = fp.hold.aim;
    if (w <= 1e-3 || !hold || !fp.hold.muzzle) return;
    // The chest turns so the barrel's line (offset from the chest) runs through the aim point.
    const chestPos = sk.world.p[Bone.chest];
    const m = fp.hold.muzzle;
    _aim.copy(sk.world.q[Bone.chest]);
    for (let k = 0; k < 3; k++) {
      _v.set(hold.at[0] + m[0], hold.at[1] + m[1], hold.at[2]).applyQuaternion(_aim).add(chestPos);
      _t.set(inp.aimX, inp.aimY, inp.aimZ).sub(_v);
      yawPitch(Math.atan2(-_t.x, -_t.z), Math.atan2(_t.y, Math.hypot(_t.x, _t.z)), _aim);
    }
    _q.copy(sk.world.q[Bone.chest]).slerp(_aim, w);
    _q.multiply(_r.setFromAxisAngle(_x, r.recoilPitch.x));
    // A third of the twist toward the target shows in the spine (about its own axis: the chest stays put).
    forwardAngles(_q, _ang);
    const share = 0.35 * w * clamp(wrapRad(_ang.yaw - inp.yawRad), -1.2, 1.2);
    sk.set(Bone.spine, _r.copy(sk.local[Bone.spine]).multiply(_low.setFromAxisAngle(_y, share)));
    sk.setWorld(Bone.chest, _q);
  }

  private head(fp: FigurePose, inp: BodyInput, dtS: number): void {
    const sk = fp.skel;
    const neckPos = sk.world.p[Bone.chest];
    let yaw = 0;
    let pitch = 0;
    forwardAngles(sk.world.q[Bone.chest], _ang);
    const aiming = fp.aim.x > 0.5 && fp.hold.aim !== null;
    const tx = aiming ? inp.aimX : inp.looking ? inp.lookX : fp.actions.turnToTarget > 0 ? inp.actionX : Number.NaN;
    if (!Number.isNaN(tx)) {
      const ty = aiming ? inp.aimY : inp.looking ? inp.lookY : inp.actionY;
      const tz = aiming ? inp.aimZ : inp.looking ? inp.lookZ : inp.actionZ;
      _t.set(tx - neckPos.x, ty - neckPos.y - 0.35, tz - neckPos.z);
      yaw = clamp(wrapRad(Math.atan2(-_t.x, -_t.z) - _ang.yaw), -HEAD.maxYawRad, HEAD.maxYawRad);
      pitch = clamp(Math.atan2(_t.y, Math.hypot(_t.x, _t.z)) - _ang.pitch, -HEAD.maxPitchRad, HEAD.maxPitchRad);
    }
    const k = 1 - Math.exp(-HEAD.followPerS * dtS);
    this.headYaw += (yaw - this.headYaw) * k;
    this.headPitch += (pitch - this.headPitch) * k;
    const r = fp.react;
    const n = HEAD.neckShare;
    sk.set(Bone.neck, yawPitch(n * this.headYaw, n * this.headPitch, _q));
    yawPitch((1 - n) * this.headYaw, (1 - n) * this.headPitch + fp.actions.channel("headPitch") + r.headPitch.x + 0.3 * r.stagger.x, _q);
    sk.set(Bone.head, _q.multiply(_r.setFromAxisAngle(_z, r.headRoll.x)));
  }

  /** The held item in the chest's frame: low ready to shouldered by the aim, recoil on top. */
  private prop(fp: FigurePose): void {
    const h = fp.hold;
    const sk = fp.skel;
    const a = fp.actions;
    const w = h.aim ? clamp(fp.aim.x, 0, 1) * (1 - clamp(a.channel("propLower"), 0, 1)) : 0;
    const aim = h.aim ?? h.low;
    sk.propOffset.set(h.low.at[0], h.low.at[1], h.low.at[2]).lerp(_v.set(aim.at[0], aim.at[1], aim.at[2]), w);
    sk.propOffset.z += fp.react.recoilBack.x;
    holdRotation(h.low, _low).slerp(holdRotation(aim, _aim), w);
    _low.multiply(_r.setFromAxisAngle(_x, a.channel("propPitch") + 0.5 * fp.react.recoilPitch.x));
    _low.multiply(_r.setFromAxisAngle(_z, a.channel("propRoll")));
    sk.set(Bone.prop, _low);
  }

  /** A wrist target in the world for a place of the hold. */
  private placeTarget(fp: FigurePose, place: HandPlace, out: Vector3): Vector3 {
    const w = fp.skel.world;
    const b = place.on === "prop" ? Bone.prop : Bone.chest;
    return out.set(place.at[0], place.at[1], place.at[2]).applyQuaternion(w.q[b]).add(w.p[b]);
  }

  /** A wrist target in the world for an action's key. */
  private pullTarget(fp: FigurePose, inp: BodyInput, pull: HandPull, shoulder: Vector3, out: Vector3): Vector3 {
    const w = fp.skel.world;
    const at = pull.at;
    if (pull.frame === "chest") return out.set(at[0], at[1], at[2]).applyQuaternion(w.q[Bone.chest]).add(w.p[Bone.chest]);
    if (pull.frame === "target") {
      yawPitch(inp.yawRad, 0, _r);
      return out.set(at[0], at[1], at[2]).applyQuaternion(_r).add(_tp.set(inp.actionX, inp.actionY, inp.actionZ));
    }
    _tp.set(inp.actionX, inp.actionY, inp.actionZ).sub(shoulder);
    yawPitch(Math.atan2(-_tp.x, -_tp.z), Math.atan2(_tp.y, Math.hypot(_tp.x, _tp.z)), _r);
    return out.set(at[0], at[1], at[2]).applyQuaternion(_r).add(shoulder);
  }

  private arm(fp: FigurePose, inp: BodyInput, i: number): void {
    const arm = ARMS[i];
    const sk = fp.skel;
    const place = i === 0 ? fp.hold.left : fp.hold.right;
    const pull = fp.actions.hand(i === 0 ? "left" : "right", this.pulls[i]);
    // The free swing first: it is the pose, or what an action's pull starts from.
    this.swing(fp, i);
    if (!place && pull.weight <= 0) return;
    const shoulder = sk.world.p[arm.upper];
    if (place) this.placeTarget(fp, place, _hold);
    else _hold.copy(sk.world.p[arm.hand]);
    if (pull.weight > 0) _hold.lerp(this.pullTarget(fp, inp, pull, shoulder, _t), clamp(pull.weight, 0, 1));
    const cq = sk.world.q[Bone.chest];
    _pole.set(arm.side * 0.7, -1, 0.6).applyQuaternion(cq);
    twoBoneIk(shoulder, _hold, _pole, UPPER_ARM_M, FOREARM_M, _elbow);
    _f1.subVectors(_hold, _elbow);
    _f2.subVectors(shoulder, _elbow);
    sk.setWorld(arm.upper, limbRotation(_v.subVectors(_elbow, shoulder), _f1, _q));
    sk.setWorld(arm.fore, limbRotation(_v.subVectors(_hold, _elbow), _f2, _q));
    sk.set(arm.hand, _q.setFromAxisAngle(_x, pull.weight > 0 ? pull.palmRad * pull.weight : 0));
  }

  /** Arms swinging against the legs, elbows bent more at a run, flung out in a stagger. */
  private swing(fp: FigurePose, i: number): void {
    const arm = ARMS[i];
    const g = fp.gait;
    const move = Math.min(1, g.speedMps / 1.2);
    const amp = (0.28 + 0.4 * g.run01) * move;
    const st = fp.react.stagger.x;
    const swing = (i === 0 ? -1 : 1) * amp * Math.cos(g.phaseRad) + 0.5 * st;
    yawPitch(0, swing, _q);
    _q.multiply(_r.setFromAxisAngle(_z, arm.side * (0.08 + 0.7 * st)));
    fp.skel.set(arm.upper, _q);
    fp.skel.set(arm.fore, _q.setFromAxisAngle(_x, 0.2 + 1.1 * g.run01 * move + 0.4 * st));
    fp.skel.set(arm.hand, _q.identity());
  }
}
