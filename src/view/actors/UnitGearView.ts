import { Group, type InstancedMesh, Matrix4, MeshStandardMaterial, Quaternion, Vector3 } from "three";
import type { MercView } from "../../sim/combat/CombatView";
import { buildFigure, type FigurePart, movingInstances } from "./figure";

const _m = new Matrix4();
const _p = new Vector3();
const _q = new Quaternion();
const _s = new Vector3(1, 1, 1);
const _y = new Vector3(0, 1, 0);

/** A riot shield held before the body (feet at y = 0, facing -Z): black slab, a clear visor, white letters band. */
const SHIELD: readonly FigurePart[] = [
  [[0.62, 1.1, 0.05], [0, 0.95, -0.42], 0x15171b],
  [[0.42, 0.22, 0.06], [0, 1.3, -0.43], 0x6f8fa6],
  [[0.62, 0.08, 0.06], [0, 0.72, -0.43], 0xe8e8e8],
];
/** A machine gun: long barrel, box magazine, bipod legs folded. */
const GUN: readonly FigurePart[] = [
  [[0.11, 0.14, 1.25], [0.12, 1.28, -0.55], 0x0b0b0b],
  [[0.22, 0.2, 0.22], [0.12, 1.12, -0.35], 0x3b3f2a],
  [[0.04, 0.04, 0.4], [0.12, 1.22, -1.1], 0x0b0b0b],
];

/**
 * What tells the heavier units apart at a glance: a riot shield before each shield-bearer,
 * a machine gun with its ammunition box in the gunner's hands. Drawn over the mercenaries'
 * figures from the same views (living ones only), one instanced draw call per piece of gear.
 */
export class UnitGearView {
  readonly group = new Group();
  private readonly shields: InstancedMesh;
  private readonly guns: InstancedMesh;
  private readonly material = new MeshStandardMaterial({ vertexColors: true, roughness: 0.5, metalness: 0.2 });

  constructor(
    private readonly mercs: readonly MercView[],
    shadows: boolean,
  ) {
    const make = (parts: readonly FigurePart[], name: string) => {
      const m = movingInstances(buildFigure(parts), this.material, mercs.length, name, shadows);
      this.group.add(m);
      return m;
    };
    this.shields = make(SHIELD, "shields");
    this.guns = make(GUN, "machineGuns");
    this.group.name = "unit-gear";
  }

  /** Every frame: gear on each living shield-bearer and gunner, at his feet, turned with him. */
  update(): void {
    let ns = 0;
    let ng = 0;
    for (const m of this.mercs) {
      if (!m.active || !m.alive || m.unit === "rifleman") continue;
      _p.set(m.position.x, m.position.y - (m.crouched ? 0.45 : 0), m.position.z);
      _q.setFromAxisAngle(_y, m.yawRad);
      _m.compose(_p, _q, _s);
      if (m.unit === "shield") this.shields.setMatrixAt(ns++, _m);
      else this.guns.setMatrixAt(ng++, _m);
    }
    this.shields.count = ns;
    this.guns.count = ng;
    this.shields.instanceMatrix.needsUpdate = true;
    this.guns.instanceMatrix.needsUpdate = true;
  }

  dispose(): void {
    this.shields.geometry.dispose();
    this.guns.geometry.dispose();
    this.shields.dispose();
    this.guns.dispose();
    this.material.dispose();
    this.group.clear();
  }
}
