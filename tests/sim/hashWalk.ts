import { Body, World } from "cannon-es";

/** One value in the core's state that a test can change and put back. */
export interface StateLeaf {
  /** Where it lives, array indexes as `[]` (`combat.mercs.list[].health`). */
  readonly path: string;
  /** Changes the value; returns what puts it back. */
  perturb(): () => void;
}

/**
 * Walks an object graph of the core and lists every leaf a tick could read: numbers,
 * booleans and strings in fields, up to six slots of every array and typed array, array
 * lengths, Set and Map contents. `skip` names paths (as `StateLeaf.path`) not to enter; cannon-es bodies and
 * worlds are never entered (their poses are hashed, and tested, by name).
 */
export function stateLeaves(root: object, rootName: string, skip: ReadonlySet<string>): StateLeaf[] {
  const out: StateLeaf[] = [];
  const seen = new Set<object>();
  const visit = (obj: object, path: string): void => {
    if (seen.has(obj) || obj instanceof Body || obj instanceof World) return;
    seen.add(obj);
    if (ArrayBuffer.isView(obj)) {
      const a = obj as unknown as { [i: number]: number; length: number };
      for (const i of sampled(a.length)) out.push(numberLeaf(`${path}[]`, () => a[i], (v) => (a[i] = v)));
      return;
    }
    if (obj instanceof Set) {
      out.push({ path: `${path}.add`, perturb: () => setAdd(obj) });
      if (obj.size > 0) out.push({ path: `${path}.member`, perturb: () => setSwap(obj) });
      return;
    }
    if (obj instanceof Map) {
      out.push({ path: `${path}.set`, perturb: () => mapSet(obj) });
      if (obj.size > 0) out.push({ path: `${path}.key`, perturb: () => mapSwapKey(obj) });
      if (obj.size > 0) out.push({ path: `${path}.value`, perturb: () => mapBumpValue(obj) });
      return;
    }
    if (Array.isArray(obj)) {
      if (obj.length > 0 && !skip.has(`${path}.length`)) out.push({ path: `${path}.length`, perturb: () => arrayGrow(obj) });
      for (const i of sampled(obj.length)) field(obj as unknown as Record<string, unknown>, String(i), `${path}[]`, obj[i]);
      return;
    }
    const rec = obj as Record<string, unknown>;
    for (const key of Object.keys(rec)) field(rec, key, `${path}.${key}`, rec[key]);
  };
  const field = (rec: Record<string, unknown>, key: string, path: string, v: unknown): void => {
    if (skip.has(path)) return;
    if (typeof v === "number") out.push(numberLeaf(path, () => rec[key] as number, (x) => (rec[key] = x)));
    else if (typeof v === "boolean") out.push({ path, perturb: () => swap(rec, key, !v) });
    else if (typeof v === "string") out.push({ path, perturb: () => swap(rec, key, `${v}~`) });
    else if (v && typeof v === "object") visit(v, path);
  };
  visit(root, rootName);
  return out;
}

// Long arrays and pools hash their slots in one loop: a few slots, spread from the first to
// the last, show whether a field is in it, at a fraction of the cost (a hash per leaf).
const SAMPLES = 6;

function sampled(n: number): number[] {
  if (n <= SAMPLES) return Array.from({ length: n }, (_, i) => i);
  return Array.from({ length: SAMPLES }, (_, k) => Math.round((k * (n - 1)) / (SAMPLES - 1)));
}

function numberLeaf(path: string, get: () => number, set: (v: number) => void): StateLeaf {
  return {
    path,
    perturb: () => {
      const old = get();
      // +1 changes any integer the hash folds as u32 and any float it folds by its bits.
      set(Number.isFinite(old) ? old + 1 : 0);
      return () => set(old);
    },
  };
}

function swap(rec: Record<string, unknown>, key: string, v: unknown): () => void {
  const old = rec[key];
  rec[key] = v;
  return () => {
    rec[key] = old;
  };
}

function sample<T>(it: Iterable<T>): T | undefined {
  for (const v of it) return v;
  return undefined;
}

// A new member of the same type as those present (a number or a string when empty).
function fresh(like: unknown): unknown {
  return typeof like === "string" ? "~added" : 987654;
}

function setAdd(s: Set<unknown>): () => void {
  const v = fresh(sample(s));
  s.add(v);
  return () => s.delete(v);
}

// The same size, one member different: the hash must see which, not only how many.
function setSwap(s: Set<unknown>): () => void {
  const before = [...s];
  s.delete(before[0]);
  s.add(fresh(before[0]));
  return () => {
    s.clear();
    for (const v of before) s.add(v);
  };
}

function mapSwapKey(m: Map<unknown, unknown>): () => void {
  const before = [...m];
  m.clear();
  for (let i = 0; i < before.length; i++) m.set(i === 0 ? fresh(before[i][0]) : before[i][0], before[i][1]);
  return () => restoreMap(m, before);
}

function mapBumpValue(m: Map<unknown, unknown>): () => void {
  const before = [...m];
  const [k, v] = before[0];
  m.set(k, typeof v === "number" ? v + 1 : `${String(v)}~`);
  return () => restoreMap(m, before);
}

function restoreMap(m: Map<unknown, unknown>, entries: [unknown, unknown][]): void {
  m.clear();
  for (const [k, v] of entries) m.set(k, v);
}

function mapSet(m: Map<unknown, unknown>): () => void {
  const k = fresh(sample(m.keys()));
  m.set(k, fresh(sample(m.values())) ?? 1);
  return () => m.delete(k);
}

function arrayGrow(a: unknown[]): () => void {
  a.push(a[a.length - 1]);
  return () => {
    a.pop();
  };
}
