import { Body, Box, ContactMaterial, Material, NaiveBroadphase, Quaternion, SAPBroadphase, type Shape, Vec3, World } from "cannon-es";
import { DMath } from "../core/DMath";
import { FIXED_DT } from "../core/time";
import type { Level, LevelBox, LevelProp, Surface } from "../world/Level";
import type { Hasher } from "../core/Hasher";
import { CollisionGroups } from "./CollisionGroups";

/** Tuning of the physics world; units in the names. */
export interface PhysicsConfig {
  gravityMps2: number;
  solverIterations: number;
  /** Friction of props against the level and each other (Coulomb coefficient). */
  propFriction: number;
  broadphase: "sap" | "naive";
}

export const DEFAULT_PHYSICS: PhysicsConfig = {
  gravityMps2: 9.81,
  solverIterations: 10,
  propFriction: 0.4,
  broadphase: "sap",
};

/** The cannon-es world of one level, with what the core needs to read back from it (`staticBodies` is per level box). */
export interface PhysicsWorld {
  world: World;
  /** Material the player body must use (friction 0 against everything: no wall sticking). */
  playerMaterial: Material;
  staticBodies: Body[];
  /** The collision shape of each level box (in its body, which merged boxes share). */
  staticShapes: Shape[];
  /** In `level.props` order. */
  propBodies: Body[];
  /** What each static or prop body is made of, for footsteps and landings. */
  surfaceOf: Map<Body, Surface>;
  config: PhysicsConfig;
}

const _q1 = new Quaternion();
const _q2 = new Quaternion();
const _axisX = new Vec3(1, 0, 0);
const _axisY = new Vec3(0, 1, 0);

/** Writes the orientation of a box turned by `yawRad` about y, then tilted by `pitchRad` about its own x. */
export function boxQuaternion(yawRad: number, pitchRad: number, target: Quaternion): Quaternion {
  setYawQuaternion(_q1, yawRad);
  _q2.set(DMath.sin(pitchRad / 2), 0, 0, DMath.cos(pitchRad / 2));
  return _q1.mult(_q2, target);
}

function staticBody(box: LevelBox, material: Material): Body {
  const body = new Body({
    type: Body.STATIC,
    mass: 0,
    material,
    collisionFilterGroup: CollisionGroups.static,
    collisionFilterMask: CollisionGroups.player | CollisionGroups.prop | CollisionGroups.debris,
  });
  body.addShape(new Box(new Vec3(box.size[0] / 2, box.size[1] / 2, box.size[2] / 2)));
  body.position.set(box.center[0], box.center[1], box.center[2]);
  boxQuaternion(box.yawRad ?? 0, box.pitchRad ?? 0, body.quaternion);
  return body;
}

/**
 * Static boxes merged into one compound body per surface and cubic tile of `tileM` (a dense
 * interior: far fewer bodies for the broadphase and the collision matrices to walk). A
 * pane of glass is a shape like any other; when it breaks its shape leaves its body.
 * Returns a body per box (boxes of a tile share theirs).
 */
function mergedStaticBodies(level: Level, material: Material, tileM: number): Body[] {
  const byKey = new Map<string, Body>();
  return level.boxes.map((box) => {
    const key = `${box.surface}:${Math.floor(box.center[0] / tileM)}:${Math.floor(box.center[1] / tileM)}:${Math.floor(box.center[2] / tileM)}`;
    let body = byKey.get(key);
    if (!body) {
      body = new Body({
        type: Body.STATIC,
        mass: 0,
        material,
        collisionFilterGroup: CollisionGroups.static,
        collisionFilterMask: CollisionGroups.player | CollisionGroups.prop | CollisionGroups.debris,
      });
      byKey.set(key, body);
    }
    const q = boxQuaternion(box.yawRad ?? 0, box.pitchRad ?? 0, new Quaternion());
    body.addShape(new Box(new Vec3(box.size[0] / 2, box.size[1] / 2, box.size[2] / 2)), new Vec3(box.center[0], box.center[1], box.center[2]), q);
    return body;
  });
}

function propBody(prop: LevelProp, material: Material): Body {
  const body = new Body({
    mass: prop.massKg,
    material,
    collisionFilterGroup: CollisionGroups.prop,
    collisionFilterMask:
      CollisionGroups.static | CollisionGroups.player | CollisionGroups.prop | CollisionGroups.enemy | CollisionGroups.debris,
    allowSleep: true,
    sleepSpeedLimit: 0.1,
    sleepTimeLimit: 1,
    linearDamping: 0.05,
    angularDamping: 0.1,
  });
  body.addShape(new Box(new Vec3(prop.size[0] / 2, prop.size[1] / 2, prop.size[2] / 2)));
  body.position.set(prop.position[0], prop.position[1], prop.position[2]);
  boxQuaternion(prop.yawRad ?? 0, 0, body.quaternion);
  return body;
}

/**
 * Builds the cannon-es world of a level: one static Body per level box (rotated by
 * yaw then pitch), one dynamic box per prop. Step it only with `world.step(FIXED_DT)`:
 * the 3-argument overload reads the wall clock.
 */
export function buildPhysicsWorld(level: Level, config: PhysicsConfig = DEFAULT_PHYSICS): PhysicsWorld {
  const world = new World({ gravity: new Vec3(0, -config.gravityMps2, 0), allowSleep: true });
  if (config.broadphase === "sap") {
    const sap = new SAPBroadphase(world);
    // The street runs along z: sorting on z separates most bodies; a tower's floors stack on y.
    sap.axisIndex = level.staticTileM ? 1 : 2;
    world.broadphase = sap;
  } else world.broadphase = new NaiveBroadphase();
  // cannon-es clears its N²/2 collision matrices element by element every step (half the
  // tick's cost with a city's few hundred bodies); a native fill does the same work.
  for (const m of [world.collisionMatrix, world.collisionMatrixPrevious] as unknown as { matrix: number[]; reset(): void }[]) {
    m.reset = function reset(this: { matrix: number[] }) {
      this.matrix.fill(0);
    };
  }
  (world.solver as unknown as { iterations: number }).iterations = config.solverIterations;

  const levelMaterial = new Material("level");
  const propMaterial = new Material("prop");
  const playerMaterial = new Material("player");
  const slick = { friction: 0, restitution: 0 };
  world.addContactMaterial(new ContactMaterial(playerMaterial, levelMaterial, slick));
  world.addContactMaterial(new ContactMaterial(playerMaterial, propMaterial, slick));
  const propContact = { friction: config.propFriction, restitution: 0.1 };
  world.addContactMaterial(new ContactMaterial(propMaterial, levelMaterial, propContact));
  world.addContactMaterial(new ContactMaterial(propMaterial, propMaterial, propContact));

  const surfaceOf = new Map<Body, Surface>();
  const staticBodies = level.staticTileM ? mergedStaticBodies(level, levelMaterial, level.staticTileM) : level.boxes.map((box) => staticBody(box, levelMaterial));
  const shapeIndex = new Map<Body, number>();
  const staticShapes = staticBodies.map((b) => {
    // Boxes were added in level order: the k-th box of a body is its k-th shape.
    const k = shapeIndex.get(b) ?? 0;
    shapeIndex.set(b, k + 1);
    return b.shapes[k];
  });
  for (let i = 0; i < staticBodies.length; i++) {
    const body = staticBodies[i];
    if (body.world) continue;
    surfaceOf.set(body, level.boxes[i].surface);
    world.addBody(body);
  }
  const propBodies = level.props.map((prop) => {
    const body = propBody(prop, propMaterial);
    surfaceOf.set(body, prop.surface);
    world.addBody(body);
    return body;
  });
  return { world, playerMaterial, staticBodies, staticShapes, propBodies, surfaceOf, config };
}

/** Advances the world one fixed step (the only way the core steps physics). */
export function stepPhysics(physics: PhysicsWorld): void {
  // cannon-es computes damping with Math.pow, which engines round differently; while it
  // steps, Math.pow is the deterministic one, so a take replays the same in any engine.
  const enginePow = Math.pow;
  Math.pow = DMath.pow;
  try {
    physics.world.step(FIXED_DT);
  } finally {
    Math.pow = enginePow;
  }
}

/** Copies a body's position and orientation into plain view objects (no allocation). */
export function readBodyPose(
  b: Body,
  position: { x: number; y: number; z: number },
  quaternion: { x: number; y: number; z: number; w: number },
): void {
  position.x = b.position.x;
  position.y = b.position.y;
  position.z = b.position.z;
  quaternion.x = b.quaternion.x;
  quaternion.y = b.quaternion.y;
  quaternion.z = b.quaternion.z;
  quaternion.w = b.quaternion.w;
}

/** A rotation of `yawRad` about +y, with the core's deterministic sine and cosine. */
export function setYawQuaternion(q: Quaternion, yawRad: number): Quaternion {
  return q.set(0, DMath.sin(yawRad / 2), 0, DMath.cos(yawRad / 2));
}

/** Removes every body so the world can be collected. */
export function disposePhysicsWorld(physics: PhysicsWorld): void {
  const bodies = physics.world.bodies.slice();
  for (const b of bodies) physics.world.removeBody(b);
  physics.surfaceOf.clear();
}

/** Folds a dynamic body's pose, velocity, spin and sleep state into the state hash. */
export function hashBody(h: Hasher, b: Body): void {
  h.num(b.position.x).num(b.position.y).num(b.position.z);
  h.num(b.quaternion.x).num(b.quaternion.y).num(b.quaternion.z).num(b.quaternion.w);
  h.num(b.velocity.x).num(b.velocity.y).num(b.velocity.z);
  h.num(b.angularVelocity.x).num(b.angularVelocity.y).num(b.angularVelocity.z);
  h.u32v(b.sleepState);
}
