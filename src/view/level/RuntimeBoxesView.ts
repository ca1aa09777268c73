import {
  type BufferGeometry,
  Color,
  CylinderGeometry,
  Euler,
  Float32BufferAttribute,
  Group,
  type InstancedMesh,
  Matrix4,
  MeshStandardMaterial,
  Quaternion,
  Vector3,
} from "three";
import { mergeGeometries } from "three/examples/jsm/utils/BufferGeometryUtils.js";
import type { RuntimeBoxView } from "../../sim/combat/RuntimeBoxes";
import type { Level } from "../../sim/world/Level";
import type { RuntimeBoxKind } from "../../sim/world/runtimeBoxes";
import { buildFigure, type FigurePart, movingInstances } from "../actors/figure";
import { PALETTE } from "./palette";

const _m = new Matrix4();
const _p = new Vector3();
const _q = new Quaternion();
const _e = new Euler();
const _s = new Vector3();
const _c = new Color();

/** Parts of each kind in a unit box (-0.5..0.5, scaled to the box's size), white parts take the instance's paint. */
const CAR: readonly FigurePart[] = [
  [[1, 0.5, 1], [0, -0.23, 0], 0xffffff],
  [[0.9, 0.42, 0.5], [0, 0.24, 0.04], 0xffffff],
  [[0.92, 0.3, 0.46], [0, 0.24, 0.04], 0x1b2530],
  [[1.04, 0.26, 0.18], [0, -0.37, -0.32], 0x111111],
  [[1.04, 0.26, 0.18], [0, -0.37, 0.32], 0x111111],
  [[0.2, 0.08, 0.02], [-0.32, -0.12, -0.5], 0xfff3c0],
  [[0.2, 0.08, 0.02], [0.32, -0.12, -0.5], 0xfff3c0],
  [[0.2, 0.08, 0.02], [-0.32, -0.12, 0.5], 0xb01010],
  [[0.2, 0.08, 0.02], [0.32, -0.12, 0.5], 0xb01010],
];
const VENT: readonly FigurePart[] = [
  [[1, 0.78, 1], [0, -0.11, 0], 0xffffff],
  [[0.94, 0.08, 0.94], [0, 0.31, 0], 0x55595f],
  [[1.02, 0.06, 0.9], [0, -0.2, 0], 0x3c4046],
  [[1.02, 0.06, 0.9], [0, 0.05, 0], 0x3c4046],
];
const BARRIER: readonly FigurePart[] = [
  [[1, 0.7, 1], [0, -0.15, 0], 0xffffff],
  [[0.7, 0.3, 0.6], [0, 0.35, 0], 0xffffff],
];

/** The ventilation housing: its box and, on top, the fan's drum. */
function ventGeometry(): BufferGeometry {
  const body = buildFigure(VENT);
  const drum = new CylinderGeometry(0.3, 0.3, 0.2, 12).toNonIndexed();
  drum.translate(0, 0.45, 0);
  drum.deleteAttribute("uv");
  drum.setAttribute("color", new Float32BufferAttribute(new Float32Array(drum.getAttribute("position").count * 3).fill(0.35), 3));
  const merged = mergeGeometries([body, drum]);
  body.dispose();
  drum.dispose();
  return merged;
}

/**
 * The level boxes that can move or vanish (cars and vents the telekinetic lifts, barriers
 * that break): one instanced mesh per kind, each box in its paint, following the core
 * (interpolated between ticks, so a thrown car flies smoothly). A broken barrier lies as
 * a low heap of rubble.
 */
export class RuntimeBoxesView {
  readonly group = new Group();
  private readonly meshes: Record<RuntimeBoxKind, InstancedMesh>;
  private readonly slot: Int32Array;
  private readonly prev: Float32Array;
  private readonly curr: Float32Array;
  private readonly material = new MeshStandardMaterial({ vertexColors: true, roughness: 0.6, metalness: 0.15 });

  constructor(
    private readonly boxes: readonly RuntimeBoxView[],
    level: Level,
    shadows: boolean,
  ) {
    const count = { car: 0, vent: 0, barrier: 0 };
    this.slot = new Int32Array(boxes.length);
    boxes.forEach((b, i) => {
      this.slot[i] = count[b.kind]++;
    });
    const geometry: Record<RuntimeBoxKind, BufferGeometry> = { car: buildFigure(CAR), vent: ventGeometry(), barrier: buildFigure(BARRIER) };
    const make = (kind: RuntimeBoxKind) => {
      const mesh = movingInstances(geometry[kind], this.material, count[kind], `runtime:${kind}`, shadows);
      mesh.count = count[kind];
      this.group.add(mesh);
      return mesh;
    };
    this.meshes = { car: make("car"), vent: make("vent"), barrier: make("barrier") };
    boxes.forEach((b, i) => {
      const paint = level.boxes[b.box].paint;
      this.meshes[b.kind].setColorAt(this.slot[i], _c.setHex(PALETTE[paint].color));
    });
    for (const m of Object.values(this.meshes)) if (m.instanceColor) m.instanceColor.needsUpdate = true;
    this.group.name = "runtime-boxes";
    this.prev = new Float32Array(boxes.length * 5);
    this.curr = new Float32Array(boxes.length * 5);
    this.capture();
    this.prev.set(this.curr);
  }

  /** After every core step: remember this tick's poses (x, y, z, yaw, tilt). */
  capture(): void {
    this.prev.set(this.curr);
    this.boxes.forEach((b, i) => {
      const o = i * 5;
      this.curr[o] = b.position.x;
      this.curr[o + 1] = b.position.y;
      this.curr[o + 2] = b.position.z;
      this.curr[o + 3] = b.yawRad;
      this.curr[o + 4] = b.pitchRad;
    });
  }

  /** Every frame: poses blended `alpha` of the way from the last tick to this one. */
  update(alpha: number): void {
    const a = this.prev;
    const c = this.curr;
    this.boxes.forEach((b, i) => {
      const o = i * 5;
      const k = (j: number) => a[o + j] + (c[o + j] - a[o + j]) * alpha;
      _p.set(k(0), k(1), k(2));
      _q.setFromEuler(_e.set(k(4), k(3), k(4) * 0.6, "YXZ"));
      _s.set(b.size[0], b.size[1], b.size[2]);
      if (b.state === "broken") {
        // Rubble: the barrier's footprint, a hand high.
        _p.y -= b.size[1] / 2 - 0.12;
        _s.set(b.size[0] * 1.15, 0.25, b.size[2] * 1.6);
      }
      this.meshes[b.kind].setMatrixAt(this.slot[i], _m.compose(_p, _q, _s));
    });
    for (const m of Object.values(this.meshes)) m.instanceMatrix.needsUpdate = true;
  }

  dispose(): void {
    for (const m of Object.values(this.meshes)) {
      m.geometry.dispose();
      m.dispose();
    }
    this.material.dispose();
    this.group.clear();
  }
}
