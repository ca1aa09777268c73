/**
 * The one level format. Physics builds colliders from it, the view builds meshes from it,
 * navigation and the set-piece director read its anchors. Metres, radians, y up,
 * the three.js world frame (-Z is "north", yaw 0 looks down -Z).
 */
export type Vec3Tuple = [number, number, number];

/** What a surface is made of: footstep sounds and impact effects read it. */
export type Surface = "asphalt" | "concrete" | "metal" | "glass" | "gravel" | "grass" | "wood" | "interior";

/** How the view paints a piece of level geometry (a palette key, not a three.js material). */
export type Paint =
  | "road"
  | "pavement"
  | "kerb"
  | "marking"
  | "panel"
  | "panelDark"
  | "brick"
  | "stucco"
  | "roof"
  | "glass"
  | "metal"
  | "wood"
  | "car"
  | "carDark"
  | "crate"
  | "concrete"
  | "grass"
  | "sign"
  | "carLight"
  | "tile"
  | "labWall"
  | "labFloor"
  | "labTrim"
  | "carpet"
  | "fabric"
  | "ceiling"
  | "gilt"
  | "star"
  | "tower"
  | "invisible";

/** A static, solid box, optionally turned about y. `size` is the full extent (not half). */
export interface LevelBox {
  center: Vec3Tuple;
  size: Vec3Tuple;
  /** Rotation about +y, radians (default 0). */
  yawRad?: number;
  /** Tilt about the box's local x axis, radians (default 0): how a ramp is made. */
  pitchRad?: number;
  surface: Surface;
  /** Whether navigation may treat its top as floor. */
  walkable: boolean;
  paint: Paint;
  /**
   * Optional tag for the view and the director (e.g. "building", "car", "steps"). A box
   * tagged "liftable.<kind>" or "breakable" can leave the world at run time (the
   * telekinetic lifts it, a heavy throw breaks it): see `isRuntimeBox`.
   */
  tag?: string;
  /**
   * A pane of glass that breaks (partitions, glass doors, windows): sight passes through
   * it, bullets, throws, blasts, fists and a sprinting Henry break it, and then it is
   * open space for movement, sight and navigation. Absent: solid for good.
   */
  pane?: PaneKind;
}

/** What a breakable pane is, which sets how much it takes to break it. */
export type PaneKind = "partition" | "door" | "window";

/** Kinds of dynamic prop (their look and mass come with them; an extinguisher bursts into a cloud when hit). */
export type PropKind = "crate" | "barrel" | "bottle" | "chair" | "extinguisher" | "monitor" | "printer" | "plant";

/** A dynamic prop that physics moves and the view follows. */
export interface LevelProp {
  kind: PropKind;
  position: Vec3Tuple;
  size: Vec3Tuple;
  yawRad?: number;
  massKg: number;
  surface: Surface;
  /** It starts at rest, asleep until something touches it (a monitor on a desk). Default false. */
  resting?: boolean;
}

/** A named place that scripts, spawns and routes refer to instead of coordinates. */
export interface Anchor {
  position: Vec3Tuple;
  /** Facing, radians about +y (0 looks down -Z). */
  yawRad: number;
}

export type TimeOfDay = "dawn" | "morning" | "midday" | "afternoon" | "dusk" | "night";

/**
 * Kinds of non-colliding decoration the view instances (one draw call per kind and
 * material, however many there are). Solid parts a player could bump into also get a
 * level box of their own (often paint "invisible": a collider the view does not draw).
 */
export type DecorKind =
  | "balcony"
  | "lamp"
  | "birch"
  | "wirePole"
  | "wire"
  | "busStop"
  | "bench"
  | "carTrim"
  | "kioskRoof"
  | "railing"
  | "block"
  | "stalinTower"
  | "church"
  | "ceilingLight"
  | "bed"
  | "console"
  | "desk"
  | "chair"
  | "antenna"
  | "dish"
  | "waterTank"
  | "washingLine"
  | "ladder";

/** One piece of decoration. `position` is its foot (bottom centre); `scale` multiplies its template (metres for "block" and "wire"). */
export interface LevelDecor {
  kind: DecorKind;
  position: Vec3Tuple;
  /** Rotation about +y, radians. */
  yawRad: number;
  scale: Vec3Tuple;
  /** For "block": how its faces are painted. */
  paint?: Paint;
  /** Far scenery outside the playable area: drawn without fog, hazed toward the sky instead. */
  distant?: boolean;
}

/** A flat sign with a word on it, drawn by the view from a shared atlas of generic words. */
export interface LevelSign {
  /** One of `SIGN_WORDS` (src/sim/world/moscow/words.ts). */
  text: string;
  /** Centre of the sign face, metres. */
  position: Vec3Tuple;
  /** Direction the face looks, radians about +y (0 faces -Z). */
  yawRad: number;
  widthM: number;
  heightM: number;
}

/** A light source: street lamps glow (and light the ground) at night, interior lights always. */
export interface LevelLight {
  position: Vec3Tuple;
  kind: "street" | "interior";
  rangeM: number;
}

/**
 * A ladder on a wall. The player grabs it by walking into it (facing `yawRad`) and climbs
 * it with the forward axis; the view draws rails and rungs; the wall behind is a box.
 */
export interface LevelLadder {
  /** Foot of the ladder: centre of its bottom rung line, on the wall's face, metres. */
  position: Vec3Tuple;
  /** Height of the top, where it meets the roof or ledge it leads to, metres. */
  topY: number;
  /** Direction a climber faces (toward the wall), radians about +y (0 looks down -Z). */
  yawRad: number;
  widthM: number;
}

export interface Level {
  id: string;
  title: string;
  timeOfDay: TimeOfDay;
  /** Anchor name where the player starts. */
  spawn: string;
  boxes: LevelBox[];
  props: LevelProp[];
  anchors: Record<string, Anchor>;
  /** Axis-aligned extent of the playable area, for the view's ground and fog. */
  bounds: { min: Vec3Tuple; max: Vec3Tuple };
  /** Non-colliding decoration (instanced by the view). */
  decor?: LevelDecor[];
  signs?: LevelSign[];
  lights?: LevelLight[];
  /**
   * Walkable surfaces navigation keeps stacked over one spot (a tower's floors); default 1,
   * the highest surface only (a street).
   */
  navLayers?: number;
  /** Side of a navigation cell, metres (default the nav grid's; interiors with doors want finer). */
  navCellM?: number;
  /**
   * Physics merges static boxes into one body per surface and cube of this side, metres
   * (a dense interior of hundreds of boxes); default: a body per box.
   */
  staticTileM?: number;
  /** Points of light far away (a city's lamps seen from a roof at night): drawn as glowing dots, lighting nothing. */
  farLights?: Vec3Tuple[];
  ladders?: LevelLadder[];
}
