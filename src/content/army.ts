/**
 * The army of the finale as data: each wave (a spawn group the army piece's script names)
 * lists its mercenaries in order of arrival and the ways in they use. How fast they come,
 * how many at once and the breathers between are the spawner's tuning (src/sim/ai/ArmyConfig.ts).
 */

/** The kinds of mercenary: riflemen, and the heavier units that come later. */
export type ArmyUnit = "rifleman" | "shield" | "gunner";

/**
 * Entry anchors on the tower roof: lift doors, the north stair door and ropes over the
 * parapet (the south stairs are Henry's: he comes up and restarts there).
 */
export type ArmyEntry = "lift.west" | "lift.south" | "stairs.north" | "rope.west" | "rope.north" | "rope.east" | "rope.northeast";

export interface ArmyWave {
  /** The spawn group a script's `spawn` cue and `enemiesDown` trigger name. */
  group: string;
  /** Every mercenary of the wave, in order of arrival. */
  units: readonly ArmyUnit[];
  /** Ways in this wave uses (the spawner skips those too near Henry). */
  entries: readonly ArmyEntry[];
}

/** `count` mercenaries with the heavy units spread evenly through them (the rest riflemen). */
export function waveUnits(count: number, heavy: Partial<Record<Exclude<ArmyUnit, "rifleman">, number>> = {}): ArmyUnit[] {
  const units: ArmyUnit[] = Array.from({ length: count }, () => "rifleman" as ArmyUnit);
  const list = (Object.entries(heavy) as [ArmyUnit, number][]).flatMap(([u, n]) => Array.from({ length: n }, () => u));
  // The first heavy one comes a third of the way in, the rest evenly after it.
  list.forEach((u, k) => {
    units[Math.min(count - 1, Math.floor(count / 3 + (k * (count - count / 3)) / list.length))] = u;
  });
  return units;
}

/** The waves of the tower roof, in the order the script calls them (35 mercenaries in all). */
export const ARMY_WAVES: readonly ArmyWave[] = [
  { group: "wave.1", units: waveUnits(6), entries: ["lift.west", "stairs.north", "lift.south"] },
  { group: "wave.2", units: waveUnits(7), entries: ["rope.west", "rope.north", "rope.northeast", "lift.west"] },
  { group: "wave.3", units: waveUnits(8, { shield: 2 }), entries: ["stairs.north", "lift.south", "lift.west", "rope.east"] },
  { group: "wave.4", units: waveUnits(8, { gunner: 1, shield: 1 }), entries: ["stairs.north", "lift.west", "rope.west", "rope.north", "rope.east"] },
  {
    group: "wave.5",
    units: waveUnits(6, { shield: 1 }),
    entries: ["lift.west", "lift.south", "stairs.north", "rope.west", "rope.north", "rope.east", "rope.northeast"],
  },
];
