import { type Lang, subtitleText } from "../content/subtitles";

/**
 * Captions for important non-speech sounds ("[gunfire, left]", "[explosion]"), for players
 * who cannot hear them. Pure: the presenter shows the text.
 */
export type CaptionKind = "gunfire" | "explosion" | "glass" | "radio" | "heartbeat" | "impact";

const WORDS: Record<CaptionKind, string> = {
  gunfire: "gunfire",
  explosion: "explosion",
  glass: "glass shatters",
  radio: "radio chatter",
  heartbeat: "heartbeat",
  impact: "heavy impact",
};

/** The same caption is not repeated within this many seconds. */
export const CAPTION_REPEAT_S = 2;

/**
 * Where a sound is relative to the listener: "ahead", "left", "right" or "behind".
 * Yaw 0 looks down -Z and positive yaw turns left (the three.js frame of the game).
 */
export function direction(lx: number, lz: number, yawRad: number, sx: number, sz: number): "ahead" | "left" | "right" | "behind" {
  const dx = sx - lx;
  const dz = sz - lz;
  // Bearing of the source from the facing, positive to the left.
  const facing = Math.atan2(-Math.sin(yawRad), -Math.cos(yawRad));
  let b = Math.atan2(dx, dz) - facing;
  while (b > Math.PI) b -= 2 * Math.PI;
  while (b < -Math.PI) b += 2 * Math.PI;
  const a = Math.abs(b);
  if (a <= Math.PI / 4) return "ahead";
  if (a >= (3 * Math.PI) / 4) return "behind";
  // atan2(dx, dz) grows from +Z toward +X, so a positive bearing lies to the left.
  return b > 0 ? "left" : "right";
}

/** A shout captioned with what it means and where it came from: "[in Russian] Grenade! (left)". */
export function barkCaption(text: string, lang: Lang, where: string): string {
  return `${subtitleText(text, lang)} (${where})`;
}

export function captionText(kind: CaptionKind, where: string | null): string {
  return where ? `[${WORDS[kind]}, ${where}]` : `[${WORDS[kind]}]`;
}
