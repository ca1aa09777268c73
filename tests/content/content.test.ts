import { describe, expect, it } from "vitest";
import { CAST, CREW } from "../../src/content/cast";
import { DIALOGUE } from "../../src/content/dialogue";
import { isScripted, PIECE_IDS, PIECES } from "../../src/content/pieces";
import type { Cue, Trigger } from "../../src/content/script";
import { isSource, SOURCES } from "../../src/content/sources";
import { BARK_KINDS, BARK_LINES, BARKS } from "../../src/content/barks";
import { LANGS, READING_CHARS_PER_S, subtitleDurationS, subtitleText, wrapSubtitle } from "../../src/content/subtitles";
import { existsSync } from "node:fs";
import { join } from "node:path";

const speakers = new Set(CAST.map((c) => c.id));
const SCRIPTS = PIECES.filter(isScripted);
const lineIds = new Set(DIALOGUE.map((l) => l.id));

describe("content as data, with sources", () => {
  it("registers the three source documents by file name and description (never their text)", () => {
    expect(Object.keys(SOURCES)).toHaveLength(3);
    for (const [f, about] of Object.entries(SOURCES)) {
      expect(f).toMatch(/^\d{3}_[0-9a-f]{16}\.txt$/);
      expect(about.length).toBeLessThan(120);
    }
    // Where the documents sit beside the checkout (as in CI), the names must match them.
    const dir = join(__dirname, "../../../shared/sources");
    if (existsSync(dir)) for (const f of Object.keys(SOURCES)) expect(existsSync(join(dir, f)), f).toBe(true);
  });

  it("every line's speaker is in the cast, and Henry never speaks", () => {
    for (const l of DIALOGUE) expect(speakers.has(l.speaker), l.id).toBe(true);
    expect(DIALOGUE.filter((l) => (l.speaker as string) === "henry")).toEqual([]);
    expect(CAST.find((c) => c.id === "henry")?.speaks).toBe(false);
  });

  it("every source is a registered document or outside", () => {
    for (const l of DIALOGUE) expect(isSource(l.source), l.id).toBe(true);
    for (const c of CAST) for (const s of c.sources) expect(isSource(s), c.id).toBe(true);
    for (const c of CREW) expect(isSource(c.source)).toBe(true);
    for (const p of SCRIPTS) for (const s of p.sources) expect(isSource(s), p.id).toBe(true);
  });

  it("no line breaks the subtitle limits (2 lines of 42 characters) and durations follow the rule", () => {
    for (const l of DIALOGUE) {
      const shown = subtitleText(l.text, l.lang);
      expect(wrapSubtitle(shown), l.id).not.toBeNull();
      expect(l.durationS).toBeCloseTo(Math.max(shown.length / READING_CHARS_PER_S, 1.2), 1);
    }
    expect(subtitleDurationS("Short.", 3)).toBeCloseTo(3.3, 5);
    expect(subtitleDurationS("Hi")).toBe(1.2);
    expect(wrapSubtitle("x".repeat(43))).toBeNull();
  });

  it("every line is in English or Russian, and every Russian line has an English subtitle marked as translated", () => {
    for (const l of DIALOGUE) expect(LANGS, l.id).toContain(l.lang);
    const russian = DIALOGUE.filter((l) => l.lang === "ru");
    expect(russian.length).toBeGreaterThanOrEqual(12);
    for (const l of russian) {
      // What is said is Russian (Cyrillic letters); what is shown is English (no Cyrillic, some Latin words).
      expect(l.spoken ?? "", l.id).toMatch(/^[А-Яа-яЁё][А-Яа-яЁё ,!?.-]*$/);
      expect(l.text, l.id).not.toMatch(/[А-Яа-яЁё]/);
      expect(l.text, l.id).toMatch(/[A-Za-z]{2,}/);
      expect(subtitleText(l.text, l.lang), l.id).toBe(`[in Russian] ${l.text}`);
    }
    for (const l of DIALOGUE.filter((x) => x.lang === "en")) {
      expect(l.spoken, l.id).toBeUndefined();
      expect(subtitleText(l.text, l.lang)).toBe(l.text);
    }
  });

  it("has mercenary barks in Russian for every call the AI makes, each line a mercenary's", () => {
    const ids = new Set(BARK_LINES.map((l) => l.id));
    for (const kind of BARK_KINDS) {
      expect(BARKS[kind].length, kind).toBeGreaterThan(0);
      for (const id of BARKS[kind]) expect(ids.has(id) && lineIds.has(id), `${kind}: ${id}`).toBe(true);
    }
    for (const l of BARK_LINES) {
      expect(l.speaker).toBe("merc");
      expect(l.lang).toBe("ru");
      // Short calls: a few words.
      expect((l.spoken ?? "").split(" ").length, l.id).toBeLessThanOrEqual(3);
    }
  });

  it("the set-piece list holds the five pieces once each, in story order, scripts and plans alike", () => {
    expect(PIECES.map((p) => p.id)).toEqual([...PIECE_IDS]);
    expect(SCRIPTS.map((p) => p.id)).toEqual(["awakening", "street", "office", "rooftops", "army"]);
  });

  it("line ids are unique", () => {
    expect(lineIds.size).toBe(DIALOGUE.length);
  });

  it("every set piece's triggers and cues refer to lines that exist, and end", () => {
    for (const piece of SCRIPTS) {
      const refs: string[] = [];
      const visit = (x: Trigger | Cue) => {
        if ((x.kind === "line" || x.kind === "lineFinished") && "line" in x) refs.push(x.line);
      };
      for (const b of piece.beats) {
        visit(b.when);
        b.cues.forEach(visit);
      }
      for (const r of refs) expect(lineIds.has(r), `${piece.id}: ${r}`).toBe(true);
      expect(piece.beats.at(-1)?.cues.some((c) => c.kind === "end")).toBe(true);
      expect(piece.beats[0].when.kind).toBe("start");
      expect(piece.beats[0].cues.some((c) => c.kind === "operator")).toBe(true);
    }
  });
});
