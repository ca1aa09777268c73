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
  | "sign";

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
  /** Optional tag for the view and the director (e.g. "building", "car", "steps"). */
  tag?: string;
}

/** A dynamic prop that physics moves and the view follows. */
export interface LevelProp {
  kind: "crate" | "barrel" | "bottle" | "chair" | "extinguisher";
  position: Vec3Tuple;
  size: Vec3Tuple;
  yawRad?: number;
  massKg: number;
  surface: Surface;
}

/** A named place that scripts, spawns and routes refer to instead of coordinates. */
export interface Anchor {
  position: Vec3Tuple;
  /** Facing, radians about +y (0 looks down -Z). */
  yawRad: number;
}

export type TimeOfDay = "dawn" | "morning" | "midday" | "afternoon" | "night";

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
}
