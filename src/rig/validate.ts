/**
 * Generic validation of a parameter table: refuses unknown keys, wrong types and
 * out-of-range numbers, naming every bad field by its path. Never throws.
 */
import type { ParamSpec, ParamTable } from "./schemaTypes";

/** True for a plain (non-array, non-null) object. */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** A short, safe rendering of any value for an error message. */
export function describe(v: unknown): string {
  if (typeof v === "string") return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}...` : v);
  if (typeof v === "number" || typeof v === "boolean" || v === null || v === undefined) return String(v);
  if (Array.isArray(v)) return "an array";
  return `a ${typeof v}`;
}

function checkOne(spec: ParamSpec, v: unknown, path: string, errors: string[]): boolean {
  if (spec.kind === "number") {
    if (typeof v !== "number") {
      errors.push(`${path}: ${describe(v)} is not a number (${spec.unit})`);
      return false;
    }
    if (!Number.isFinite(v)) {
      errors.push(`${path}: ${describe(v)} is not a finite number`);
      return false;
    }
    if (v < spec.min) {
      errors.push(`${path}: ${v} is below the minimum ${spec.min}`);
      return false;
    }
    if (v > spec.max) {
      errors.push(`${path}: ${v} is above the maximum ${spec.max}`);
      return false;
    }
    return true;
  }
  if (spec.kind === "boolean") {
    if (typeof v !== "boolean") {
      errors.push(`${path}: ${describe(v)} is not a boolean`);
      return false;
    }
    return true;
  }
  if (typeof v !== "string" || !spec.values.includes(v)) {
    errors.push(`${path}: ${describe(v)} is not one of ${spec.values.map((s) => `"${s}"`).join(", ")}`);
    return false;
  }
  return true;
}

/**
 * Validates `input` against `table`, writing defaults for missing keys into a fresh object.
 * Errors are appended to `errors`, each starting with `path.key`.
 */
export function validateTable(
  table: ParamTable,
  input: unknown,
  path: string,
  errors: string[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(table)) out[key] = table[key].default;
  if (input === undefined) return out;
  if (!isRecord(input)) {
    errors.push(`${path}: ${describe(input)} is not an object`);
    return out;
  }
  for (const key of Object.keys(input)) {
    const spec = Object.hasOwn(table, key) ? table[key] : undefined;
    if (spec === undefined) {
      errors.push(`${path}.${key}: unknown key`);
      continue;
    }
    const v = input[key];
    if (checkOne(spec, v, `${path}.${key}`, errors)) out[key] = v === 0 ? 0 : v; // no -0
  }
  return out;
}

/** The default values of a table, as a fresh object. */
export function tableDefaults(table: ParamTable): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(table)) out[key] = table[key].default;
  return out;
}
