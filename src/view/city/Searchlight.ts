import { AdditiveBlending, ConeGeometry, DoubleSide, Group, Mesh, MeshBasicMaterial } from "three";
import type { Anchor } from "../../sim/world/Level";

/** The beam: length and the radius it spreads to, metres; how fast it sweeps, rad/s. */
const BEAM_LENGTH_M = 420;
const BEAM_RADIUS_M = 22;
const SWEEP_RAD_PER_S = 0.22;

/**
 * A searchlight sweeping the night sky from the streets below the tower: a long, faint
 * additive cone turning slowly round its base and nodding, so its beam crosses the roof
 * now and then. Presentation only (it lights nothing); one draw call.
 */
export class Searchlight {
  readonly group = new Group();
  private readonly beam: Mesh;
  private readonly material = new MeshBasicMaterial({
    color: 0xcfe0ff,
    transparent: true,
    opacity: 0.07,
    blending: AdditiveBlending,
    depthWrite: false,
    side: DoubleSide,
    fog: false,
  });

  constructor(at: Anchor) {
    const cone = new ConeGeometry(BEAM_RADIUS_M, BEAM_LENGTH_M, 24, 1, true);
    // Tip at the lamp, opening upward along +y.
    cone.rotateX(Math.PI);
    cone.translate(0, BEAM_LENGTH_M / 2, 0);
    this.beam = new Mesh(cone, this.material);
    this.beam.frustumCulled = false;
    this.group.position.set(at.position[0], at.position[1], at.position[2]);
    this.group.add(this.beam);
    this.group.name = "searchlight";
  }

  /** Sweeps to where it is `seconds` into the run; `night01` fades it out by day. */
  update(seconds: number, night01: number): void {
    this.group.visible = night01 > 0.05;
    this.beam.rotation.set(0.35 + 0.18 * Math.sin(seconds * 0.31), seconds * SWEEP_RAD_PER_S, 0, "YXZ");
    this.material.opacity = 0.07 * night01;
  }

  dispose(): void {
    this.beam.geometry.dispose();
    this.material.dispose();
    this.group.clear();
  }
}
