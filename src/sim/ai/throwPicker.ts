import { Body } from "cannon-es";
import type { Combat } from "../combat/Combat";
import type { RuntimeBoxes } from "../combat/RuntimeBoxes";
import { DMath } from "../core/DMath";
import type { Level } from "../world/Level";
import type { TelekineticConfig, ThrowKind } from "./TelekineticConfig";
import type { ThrowPick } from "./TelekineticThrow";

const MAX_CANDIDATES = 64;
// Scratch for one pick (never holds state between calls): source (0 box, 1 prop, 2 pickup) and index.
const _src = new Int32Array(MAX_CANDIDATES);
const _idx = new Int32Array(MAX_CANDIDATES);
const HENRY_CHEST_M = 1.15;

/**
 * Chooses what the telekinetic lifts next: a heavy thing (a car or a ventilation housing,
 * where it stands or where it lies wrecked) or a light one (a crate no one holds, a rifle lying on the roof), one that is
 * neither too near Henry nor too far, with a path to him from where it will hang that
 * only a barrier stands in (a heavy throw breaks through that). Seeded choice among them.
 */
export function pickThrow(level: Level, combat: Combat, boxes: RuntimeBoxes, config: TelekineticConfig, heavy: boolean): ThrowPick | null {
  const p = combat.henry.body.position;
  let n = 0;
  const consider = (src: number, idx: number, x: number, y: number, z: number, isHeavy: boolean) => {
    if (n >= MAX_CANDIDATES) return;
    const d = DMath.hypot(x - p.x, z - p.z);
    if (d < config.minThrowDistM || d > config.maxThrowDistM) return;
    if (!pathOpen(combat, boxes, x, y + config.riseM, z, p.x, p.y + HENRY_CHEST_M, p.z, isHeavy)) return;
    _src[n] = src;
    _idx[n] = idx;
    n++;
  };
  if (heavy) {
    boxes.views.forEach((v, i) => {
      // A wreck can go up again: the roof never runs out of heavy things.
      if ((v.state === "rest" || v.state === "wreck") && v.kind !== "barrier") consider(0, i, v.position.x, v.position.y, v.position.z, true);
    });
  } else {
    const bodies = combat.physics.propBodies;
    for (let i = 0; i < bodies.length; i++) {
      const b = bodies[i];
      if (level.props[i]?.kind !== "crate" || b.type !== Body.DYNAMIC || combat.holding.prop === i) continue;
      consider(1, i, b.position.x, b.position.y, b.position.z, false);
    }
    combat.pickups.views.forEach((v, i) => {
      if (v.active && v.kind === "weapon") consider(2, i, v.position.x, v.position.y + 0.1, v.position.z, false);
    });
  }
  if (n === 0) return null;
  const k = combat.rng.int(0, n - 1);
  const i = _idx[k];
  if (_src[k] === 0) {
    const v = boxes.views[i];
    return { kind: v.kind as ThrowKind, source: "box", index: i, x: v.position.x, y: v.position.y, z: v.position.z };
  }
  if (_src[k] === 1) {
    const b = combat.physics.propBodies[i].position;
    return { kind: "crate", source: "prop", index: i, x: b.x, y: b.y, z: b.z };
  }
  const v = combat.pickups.views[i];
  return { kind: "rifle", source: "pickup", index: i, x: v.position.x, y: v.position.y + 0.1, z: v.position.z };
}

/** Whether a throw from a to b is clear, or (heavy) stopped only by a barrier it would break. */
function pathOpen(combat: Combat, boxes: RuntimeBoxes, ax: number, ay: number, az: number, bx: number, by: number, bz: number, heavy: boolean): boolean {
  const dx = bx - ax;
  const dy = by - ay;
  const dz = bz - az;
  const len = DMath.hypot3(dx, dy, dz);
  const t = combat.los.raycast(ax, ay, az, dx / len, dy / len, dz / len, len);
  if (t >= len - 0.4) return true;
  if (!heavy) return false;
  const cover = boxes.ofBox(combat.los.lastBox);
  return cover !== undefined && cover.kind === "barrier" && cover.state === "rest";
}
