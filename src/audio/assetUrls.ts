// Vite turns each file into a URL relative to the page (the site works from a sub-path);
// `?no-inline` keeps small sounds as files rather than base64 inside the bundle.
const OGG = import.meta.glob("../../assets/audio/**/*.ogg", { eager: true, query: "?no-inline", import: "default" }) as Record<string, string>;
const MP3 = import.meta.glob("../../assets/audio/**/*.mp3", { eager: true, query: "?no-inline", import: "default" }) as Record<string, string>;
const PREFIX = "../../assets/audio/";

/** The built URLs of a sound (id as in the manifest, e.g. `sfx/shot.rifle`): Opus in OGG and the MP3 fallback. */
export function soundUrls(id: string): { ogg: string | undefined; mp3: string | undefined } {
  return { ogg: OGG[`${PREFIX}${id}.ogg`], mp3: MP3[`${PREFIX}${id}.mp3`] };
}
