import type { Settings } from "../settings/Settings";
import type { LensSwitches } from "../session/ViewFrame";

/** Which lens effects the player's settings let through (the game's frames and its rendered videos alike). */
export function lensSwitches(s: Readonly<Settings>): LensSwitches {
  return { barrel: s.lensBarrel, vignette: s.lensVignette, chromatic: s.lensChromatic };
}
