/** A one-shot arm move, triggered by core events. */
export type ArmsAction = "punch" | "throw" | "fire" | "reload";
export type ArmsWeapon = "none" | "pistol" | "rifle";

/** One hand's place in the camera frame (x right, y up, z back; metres) and its turn (radians). */
export interface ArmPose {
  x: number;
  y: number;
  z: number;
  pitchRad: number;
  yawRad: number;
  rollRad: number;
}

/** How long each move lasts, seconds. */
export const ACTION_S: Record<ArmsAction, number> = { punch: 0.32, throw: 0.5, fire: 0.14, reload: 1.1 };
/** Tuning: rest places, stride pump, wall pull-back. */
const REST = { x: 0.24, y: -0.33, z: -0.5 };
const PUMP_M = 0.11;
const PUMP_PITCH_RAD = 0.35;
const FULL_PUMP_MPS = 7;
/** Closer than this to a wall the arms start to pull back; fully back at `WALL_NEAR_M`. */
const WALL_FAR_M = 0.95;
const WALL_NEAR_M = 0.3;
const PULL_BACK_M = 0.3;

function zero(p: ArmPose, x: number, y: number, z: number): void {
  p.x = x;
  p.y = y;
  p.z = z;
  p.pitchRad = 0;
  p.yawRad = 0;
  p.rollRad = 0;
}

function pullBack(p: ArmPose, pull01: number): void {
  p.z += PULL_BACK_M * pull01;
  p.y -= 0.12 * pull01;
  p.pitchRad -= 0.5 * pull01;
}

/** A smooth 0 → 1 → 0 bump over t in [0, 1]. */
function bump(t: number): number {
  return t <= 0 || t >= 1 ? 0 : Math.sin(Math.PI * t);
}

/**
 * Henry's arm animation as numbers, separate from the meshes so it can be tested alone:
 * the arms pump with the rig's stride phase in proportion to speed, hold a weapon or a
 * prop, play punch / throw / fire / reload when triggered, and pull back near walls.
 */
export class ArmsPose {
  readonly left: ArmPose = { x: 0, y: 0, z: 0, pitchRad: 0, yawRad: 0, rollRad: 0 };
  readonly right: ArmPose = { x: 0, y: 0, z: 0, pitchRad: 0, yawRad: 0, rollRad: 0 };
  private action: ArmsAction | null = null;
  private actionS = 0;
  private holding: string | null = null;
  private weapon: ArmsWeapon = "none";
  /** Smoothed wall pull-back, 0..1. */
  pull01 = 0;
  private move = "none";
  private moveU = 0;
  private ledgeAboveEyeM = 0;
  private climbedM = 0;
  private viewPitchRad = 0;

  trigger(a: ArmsAction): void {
    this.action = a;
    this.actionS = 0;
  }

  setHolding(kind: string | null): void {
    this.holding = kind;
  }

  setWeapon(w: ArmsWeapon): void {
    this.weapon = w;
  }

  /**
   * The parkour move the body is making (the core's move name), how far through it (0..1),
   * the ledge's height over the eye now (a mantle), the metres climbed (a ladder), and the
   * camera's pitch (look and rig, radians: the hands sit on the ledge in the world, the arms
   * hang from the camera).
   */
  setMove(kind: string, progress01: number, ledgeAboveEyeM: number, climbedM: number, viewPitchRad = 0): void {
    this.move = kind;
    this.moveU = progress01;
    this.ledgeAboveEyeM = ledgeAboveEyeM;
    this.climbedM = climbedM;
    this.viewPitchRad = viewPitchRad;
  }

  get current(): ArmsAction | null {
    return this.action;
  }

  /**
   * @param dtS frame time, seconds
   * @param stridePhaseRad the rig's stride phase (one full turn per two steps)
   * @param speedMps horizontal speed
   * @param wallDistM distance to the nearest wall ahead (Infinity when none)
   */
  update(dtS: number, stridePhaseRad: number, speedMps: number, wallDistM: number): void {
    const L = this.left;
    const R = this.right;
    zero(L, -REST.x, REST.y, REST.z);
    zero(R, REST.x, REST.y, REST.z);
    const amount = Math.min(1, speedMps / FULL_PUMP_MPS);
    const armed = this.weapon !== "none" || this.holding !== null;
    const s = Math.sin(stridePhaseRad);
    // Opposite arms swing forward and back; an armed hand swings a quarter as much.
    const pumpR = (armed ? 0.25 : 1) * amount;
    const pumpL = (this.weapon === "rifle" ? 0.25 : 1) * amount;
    R.z += PUMP_M * s * pumpR;
    R.y += 0.04 * Math.abs(s) * pumpR;
    R.pitchRad += PUMP_PITCH_RAD * s * pumpR;
    L.z -= PUMP_M * s * pumpL;
    L.y += 0.04 * Math.abs(s) * pumpL;
    L.pitchRad -= PUMP_PITCH_RAD * s * pumpL;
    if (this.weapon !== "none") {
      R.x = 0.14;
      R.y = -0.21;
      R.z -= 0.08;
      R.pitchRad += 0.1;
    }
    if (this.weapon === "rifle") {
      zero(L, -0.06, -0.26, -0.62);
      L.yawRad = 0.5;
    }
    if (this.holding) {
      zero(L, -0.14, -0.18, -0.5);
      L.pitchRad = 0.6;
    }
    this.applyMove();
    this.applyAction(dtS);
    // On a ledge or a ladder the wall is what the hands hold: no pulling back from it.
    const holdsWall = this.move === "mantle" || this.move === "ladderTop" || this.move === "ladder" || this.move === "ladderOn" || this.move === "vault";
    const target = holdsWall || wallDistM >= WALL_FAR_M ? 0 : Math.min(1, (WALL_FAR_M - wallDistM) / (WALL_FAR_M - WALL_NEAR_M));
    this.pull01 += (target - this.pull01) * Math.min(1, dtS * 14);
    pullBack(L, this.pull01);
    pullBack(R, this.pull01);
  }

  /** Both hands on the ledge up a mantle, one on the box over a vault, rung over rung up a ladder. */
  private applyMove(): void {
    const L = this.left;
    const R = this.right;
    const u = this.moveU;
    switch (this.move) {
      case "mantle":
      case "ladderTop": {
        // Palms flat on the edge (half a metre ahead, at the ledge's height in the world) while
        // the body rises past it, then pushing down over it; turned into the camera's frame.
        const a = u < 0.65 ? Math.max(-0.6, Math.min(0.3, this.ledgeAboveEyeM)) : -0.6;
        const d = 0.55;
        const c = Math.cos(this.viewPitchRad);
        const sn = Math.sin(this.viewPitchRad);
        const y = Math.max(-0.34, a * c - d * sn);
        const z = -(a * sn + d * c);
        zero(L, -0.24, y, z);
        zero(R, 0.24, y, z);
        L.pitchRad = R.pitchRad = -0.35 - this.viewPitchRad;
        L.yawRad = 0.2;
        R.yawRad = -0.2;
        break;
      }
      case "vault": {
        // The left hand plants on the obstacle; the right swings up and out for balance.
        const k = Math.sin(Math.PI * u);
        zero(L, -0.12, -0.42 - 0.12 * k, -0.42 + 0.2 * u);
        L.pitchRad = -0.5;
        R.x += 0.1 * k;
        R.y += 0.12 * k;
        break;
      }
      case "ladder":
      case "ladderOn": {
        // The hands take turns reaching for the next rung.
        const phi = (Math.PI * this.climbedM) / 0.3;
        const reach = 0.5 + 0.5 * Math.sin(phi);
        zero(L, -0.22, -0.32 + 0.38 * reach, -0.44);
        zero(R, 0.22, -0.32 + 0.38 * (1 - reach), -0.44);
        // Forearms up the rails, hands turned in over the rungs.
        L.pitchRad = R.pitchRad = 0.15;
        L.rollRad = -0.35;
        R.rollRad = 0.35;
        break;
      }
      case "leap":
        // Arms out wide in the air, for balance.
        L.x -= 0.14;
        R.x += 0.14;
        L.y += 0.04;
        R.y += 0.04;
        L.rollRad = 0.4;
        R.rollRad = -0.4;
        break;
      case "roll":
        // Tucked in.
        zero(L, -0.12, -0.5, -0.35);
        zero(R, 0.12, -0.5, -0.35);
        break;
      default:
        break;
    }
  }

  private applyAction(dtS: number): void {
    if (!this.action) return;
    this.actionS += dtS;
    const t = this.actionS / ACTION_S[this.action];
    if (t >= 1) {
      this.action = null;
      return;
    }
    const R = this.right;
    const L = this.left;
    const b = bump(t);
    if (this.action === "punch") {
      // Fast out, slower back: the fist leads, knuckles first.
      const k = t < 0.35 ? t / 0.35 : 1 - (t - 0.35) / 0.65;
      R.z -= 0.38 * k;
      R.x -= 0.12 * k;
      R.y += 0.12 * k;
      R.pitchRad += 0.3 * k;
    } else if (this.action === "throw") {
      const back = bump(Math.min(1, t / 0.45));
      const fwd = t > 0.4 ? bump((t - 0.4) / 0.6) : 0;
      R.z += 0.2 * back - 0.45 * fwd;
      R.y += 0.25 * back + 0.1 * fwd;
      R.pitchRad += 0.9 * back - 0.4 * fwd;
    } else if (this.action === "fire") {
      const k = Math.exp(-t * 5) * (t < 0.15 ? t / 0.15 : 1);
      R.z += 0.07 * k;
      R.pitchRad += 0.25 * k;
      if (this.weapon === "rifle") L.z += 0.05 * k;
    } else {
      L.x += 0.06 * b;
      L.y -= 0.2 * b;
      L.z += 0.12 * b;
      L.pitchRad -= 0.6 * b;
      R.rollRad += 0.5 * b;
      R.pitchRad += 0.2 * b;
    }
  }
}
