/** Collision filter bits. Rays and contacts pick what they see by these. */
export const CollisionGroups = {
  static: 1 << 0,
  player: 1 << 1,
  prop: 1 << 2,
} as const;

/** Everything the player's ground probe and ceiling check may stand on or bump into. */
export const SOLID_FOR_PLAYER = CollisionGroups.static | CollisionGroups.prop;
