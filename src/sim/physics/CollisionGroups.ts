/** Collision filter bits. Rays and contacts pick what they see by these. */
export const CollisionGroups = {
  static: 1 << 0,
  player: 1 << 1,
  prop: 1 << 2,
  /** Living mercenaries: kinematic bodies moved by their brains along the nav grid. */
  enemy: 1 << 3,
  /** Dead bodies tumbling: they hit the level and props, never trip the player. */
  debris: 1 << 4,
} as const;

/** Everything the player's ground probe and ceiling check may stand on or bump into. */
export const SOLID_FOR_PLAYER = CollisionGroups.static | CollisionGroups.prop;
