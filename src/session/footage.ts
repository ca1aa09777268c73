import { TICK_HZ } from "../sim/core/time";

/** What a rendered video may be: sizes, rates and how long, with units in the names. */
export const FOOTAGE_LIMITS = {
  minSidePx: 16,
  maxWidthPx: 1920,
  maxHeightPx: 1080,
  /** Frame rates a video may have: each divides the core's 60 Hz tick, so every frame shows a whole tick. */
  fps: [30, 60] as const,
  /** The longest video, seconds (twenty minutes: a whole day and more). */
  maxSeconds: 1200,
} as const;

/** A video's picture and range, validated. */
export interface FootageSpec {
  widthPx: number;
  heightPx: number;
  fps: number;
  /** Game time of the first frame, seconds. */
  fromS: number;
  /** Length, seconds; null: to the end of the take (or of the piece under the autopilot). */
  seconds: number | null;
}

/** What a caller asks for; every field optional (1280x720, 30 fps, from 0, the whole take by default). */
export interface FootageRequest {
  width?: unknown;
  height?: unknown;
  fps?: unknown;
  fromS?: unknown;
  seconds?: unknown;
}

export const DEFAULT_FOOTAGE: Readonly<FootageSpec> = { widthPx: 1280, heightPx: 720, fps: 30, fromS: 0, seconds: null };

/**
 * Checks a request for a video; every wrong field gets a message naming it. Sizes must be
 * even (the encoders' 4:2:0 chroma halves them) and within 1920x1080.
 */
export function validateFootage(req: FootageRequest): { ok: true; spec: FootageSpec } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const L = FOOTAGE_LIMITS;
  const side = (name: string, v: unknown, fallback: number, max: number): number => {
    if (v === undefined) return fallback;
    if (typeof v !== "number" || !Number.isInteger(v) || v < L.minSidePx || v > max || v % 2 !== 0) {
      errors.push(`${name} must be an even whole number of pixels from ${L.minSidePx} to ${max}, got ${String(v)}`);
      return fallback;
    }
    return v;
  };
  const widthPx = side("width", req.width, DEFAULT_FOOTAGE.widthPx, L.maxWidthPx);
  const heightPx = side("height", req.height, DEFAULT_FOOTAGE.heightPx, L.maxHeightPx);
  let fps = DEFAULT_FOOTAGE.fps;
  if (req.fps !== undefined) {
    if ((L.fps as readonly unknown[]).includes(req.fps)) fps = req.fps as number;
    else errors.push(`fps must be ${L.fps.join(" or ")} (frames per second), got ${String(req.fps)}`);
  }
  let fromS = 0;
  if (req.fromS !== undefined) {
    if (typeof req.fromS === "number" && Number.isFinite(req.fromS) && req.fromS >= 0 && req.fromS <= L.maxSeconds) fromS = req.fromS;
    else errors.push(`from must be a time in seconds from 0 to ${L.maxSeconds}, got ${String(req.fromS)}`);
  }
  let seconds: number | null = null;
  if (req.seconds !== undefined && req.seconds !== null) {
    if (typeof req.seconds === "number" && Number.isFinite(req.seconds) && req.seconds > 0 && req.seconds <= L.maxSeconds) seconds = req.seconds;
    else errors.push(`seconds must be a length in seconds above 0 and up to ${L.maxSeconds}, got ${String(req.seconds)}`);
  }
  return errors.length ? { ok: false, errors } : { ok: true, spec: { widthPx, heightPx, fps, fromS, seconds } };
}

/** The tick a video's frame shows: frames start at `fromS` (rounded to a tick) and advance by 60/fps ticks. */
export function frameTick(spec: Pick<FootageSpec, "fps" | "fromS">, frame: number): number {
  return Math.round(spec.fromS * TICK_HZ) + (frame * TICK_HZ) / spec.fps;
}

/** How many frames a video of `spec` holds when the run has `availableTicks` ticks in all. */
export function frameCount(spec: FootageSpec, availableTicks: number): number {
  const first = Math.round(spec.fromS * TICK_HZ);
  const ticksPerFrame = TICK_HZ / spec.fps;
  const room = Math.floor((availableTicks - first) / ticksPerFrame) + 1;
  const asked = spec.seconds === null ? room : Math.round(spec.seconds * spec.fps);
  return Math.max(0, Math.min(asked, room));
}

/** A video's file name: `headcam-street-stuntman-seed1.webm` (piece, rig, seed), safe on any disk. */
export function footageName(piece: string, rig: string, seed: number): string {
  const safe = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "take";
  return `headcam-${safe(piece)}-${safe(rig)}-seed${seed}.webm`;
}
