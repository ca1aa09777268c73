// The bundled OFL Noto Sans, Cyrillic subset, bold: its @font-face joins the page's CSS.
import "@fontsource/noto-sans/cyrillic-700.css";
import { SIGN_WORDS } from "../../sim/world/moscow/words";

/** Cells of the sign atlas: every generic word once, two columns. */
export const SIGN_ATLAS = { columns: 2, cellW: 512, cellH: 96 } as const;
const FONT = '700 64px "Noto Sans", sans-serif';

/** How each word's sign looks: background and letters (a Moscow street's blues, reds and greens). */
const STYLE: Record<string, [string, string]> = {
  МЕТРО: ["#c8102e", "#ffffff"],
  АПТЕКА: ["#1d8a4e", "#ffffff"],
  ПЕРЕХОД: ["#1e4fa0", "#ffffff"],
  ОСТАНОВКА: ["#f2f2f2", "#1e4fa0"],
  ЛАБОРАТОРИЯ: ["#20262c", "#9fe6ff"],
  ВЫХОД: ["#1d8a4e", "#ffffff"],
  ГОСТИНИЦА: ["#3b2a5a", "#ffd98a"],
};

/** UV rectangle (u0, v0, u1, v1) of a word's cell; unknown words get the first cell. */
export function signUv(word: string): [number, number, number, number] {
  const i = Math.max(0, (SIGN_WORDS as readonly string[]).indexOf(word));
  const rows = Math.ceil(SIGN_WORDS.length / SIGN_ATLAS.columns);
  const col = i % SIGN_ATLAS.columns;
  const row = Math.floor(i / SIGN_ATLAS.columns);
  const u0 = col / SIGN_ATLAS.columns;
  const v1 = 1 - row / rows;
  return [u0, v1 - 1 / rows, u0 + 1 / SIGN_ATLAS.columns, v1];
}

/** Waits for the bundled Noto Sans (Cyrillic, bold) so canvas text uses it; resolves even if it fails. */
export function loadSignFont(): Promise<void> {
  return document.fonts.load(FONT, "МЕТРОАПТЕКА").then(
    () => undefined,
    () => undefined,
  );
}

/** Draws every word into its cell (into `target` when redrawing). */
export function drawSignAtlas(target?: HTMLCanvasElement): HTMLCanvasElement {
  const c = target ?? document.createElement("canvas");
  const rows = Math.ceil(SIGN_WORDS.length / SIGN_ATLAS.columns);
  c.width = SIGN_ATLAS.columns * SIGN_ATLAS.cellW;
  c.height = rows * SIGN_ATLAS.cellH;
  const g = c.getContext("2d")!;
  SIGN_WORDS.forEach((word, i) => {
    const x = (i % SIGN_ATLAS.columns) * SIGN_ATLAS.cellW;
    const y = Math.floor(i / SIGN_ATLAS.columns) * SIGN_ATLAS.cellH;
    const [bg, fg] = STYLE[word] ?? ["#f4f1e8", "#b3122b"];
    g.fillStyle = bg;
    g.fillRect(x, y, SIGN_ATLAS.cellW, SIGN_ATLAS.cellH);
    g.fillStyle = fg;
    g.fillRect(x + 6, y + SIGN_ATLAS.cellH - 10, SIGN_ATLAS.cellW - 12, 3);
    g.font = FONT;
    g.textAlign = "center";
    g.textBaseline = "middle";
    const w = g.measureText(word).width;
    const squeeze = Math.min(1, (SIGN_ATLAS.cellW - 40) / Math.max(1, w));
    g.save();
    g.translate(x + SIGN_ATLAS.cellW / 2, y + SIGN_ATLAS.cellH / 2 + 2);
    g.scale(squeeze, 1);
    g.fillText(word, 0, 0);
    g.restore();
  });
  return c;
}
