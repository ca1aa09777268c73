/**
 * Source SDK's view-punch spring (gamemovement.cpp DecayPunchAngle), one per axis:
 * `θ += θ'·dt; θ' *= max(0, 1 - c·dt); θ' -= θ·clamp(k·dt, 0, 2)`, sub-stepped so no step
 * is longer than 1/60 s. A kick adds `kickVelocityPerS · angle` to θ' (Source: 20).
 */
import { clamp } from "../math";

const MAX_SUBSTEP_S = 1 / 60;

export class PunchSpring {
  pitch = 0;
  yaw = 0;
  roll = 0;
  private pitchVel = 0;
  private yawVel = 0;
  private rollVel = 0;

  reset(): void {
    this.pitch = this.yaw = this.roll = this.pitchVel = this.yawVel = this.rollVel = 0;
  }

  /** Adds a kick of the given angles (rad); `kickVelocityPerS` is Source's 20. */
  kick(pitchRad: number, yawRad: number, rollRad: number, kickVelocityPerS: number): void {
    this.pitchVel += kickVelocityPerS * pitchRad;
    this.yawVel += kickVelocityPerS * yawRad;
    this.rollVel += kickVelocityPerS * rollRad;
  }

  /**
   * Advances by `dtS`. `stiffnessPerS2` k (65), `dampingPerS` c (9), `maxAngleRad` clamps
   * each angle as Source does.
   */
  step(dtS: number, stiffnessPerS2: number, dampingPerS: number, maxAngleRad: number): void {
    const n = Math.max(1, Math.ceil(dtS / MAX_SUBSTEP_S - 1e-9));
    const h = dtS / n;
    const damp = Math.max(0, 1 - dampingPerS * h);
    const spring = clamp(stiffnessPerS2 * h, 0, 2);
    for (let i = 0; i < n; i++) {
      this.pitch = clamp(this.pitch + this.pitchVel * h, -maxAngleRad, maxAngleRad);
      this.pitchVel = this.pitchVel * damp - this.pitch * spring;
      this.yaw = clamp(this.yaw + this.yawVel * h, -maxAngleRad, maxAngleRad);
      this.yawVel = this.yawVel * damp - this.yaw * spring;
      this.roll = clamp(this.roll + this.rollVel * h, -maxAngleRad, maxAngleRad);
      this.rollVel = this.rollVel * damp - this.roll * spring;
    }
  }
}
