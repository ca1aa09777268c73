/**
 * A run's seed: a whole number from 0 to 4294967295 (the 32 bits `Rng` keeps). Anything
 * else is refused rather than wrapped, so 4294967296 never quietly plays seed 0. One rule
 * for every door a seed comes in by: the command line, the URL, the API and take files.
 */
export const MAX_SEED = 0xffff_ffff;

/** Why `value` is not a seed ("use a whole number from 0 to 4294967295, got …"), or null. */
export function seedProblem(value: unknown): string | null {
  if (typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= MAX_SEED) return null;
  const got = typeof value === "string" ? JSON.stringify(value) : String(value);
  return `use a whole number from 0 to ${MAX_SEED}, got ${got}`;
}

/** Reads a seed written in decimal digits ("42"); null when the text is not one. */
export function parseSeedText(text: string): number | null {
  if (!/^\d{1,10}$/.test(text)) return null;
  const n = Number(text);
  return seedProblem(n) === null ? n : null;
}
