/**
 * BENCHMARKS.md is written by more than one tool: `npm run bench` writes the top (timings)
 * and other tools own a `## ` section each (the seed sweep). These helpers let each tool
 * rewrite its own part and keep the others'.
 */

export interface MarkdownSections {
  /** Everything before the first `## ` heading. */
  head: string;
  sections: { heading: string; text: string }[];
}

/** Splits markdown at its `## ` headings; `text` is a section's whole text, heading line included. */
export function splitSections(markdown: string): MarkdownSections {
  const lines = markdown.split("\n");
  const head: string[] = [];
  const sections: { heading: string; lines: string[] }[] = [];
  for (const line of lines) {
    if (line.startsWith("## ")) sections.push({ heading: line.slice(3).trim(), lines: [line] });
    else if (sections.length) sections[sections.length - 1].lines.push(line);
    else head.push(line);
  }
  return { head: head.join("\n"), sections: sections.map((s) => ({ heading: s.heading, text: s.lines.join("\n") })) };
}

function joinParts(parts: string[]): string {
  return `${parts.map((p) => p.replace(/\s+$/, "")).filter((p) => p.length > 0).join("\n\n")}\n`;
}

/** A fresh report with the old file's sections it does not write itself kept after it. */
export function keepOtherSections(fresh: string, old: string | null): string {
  if (!old) return fresh;
  const own = new Set(splitSections(fresh).sections.map((s) => s.heading));
  const kept = splitSections(old).sections.filter((s) => !own.has(s.heading));
  return kept.length ? joinParts([fresh, ...kept.map((s) => s.text)]) : fresh;
}

/** The markdown with section `heading` replaced by `body` (appended when absent). */
export function withSection(markdown: string, heading: string, body: string): string {
  const { head, sections } = splitSections(markdown);
  const text = `## ${heading}\n\n${body.replace(/\s+$/, "")}`;
  const i = sections.findIndex((s) => s.heading === heading);
  if (i >= 0) sections[i] = { heading, text };
  else sections.push({ heading, text });
  return joinParts([head, ...sections.map((s) => s.text)]);
}

/** The body of section `heading` (without its heading line), or null. */
export function sectionBody(markdown: string, heading: string): string | null {
  const s = splitSections(markdown).sections.find((x) => x.heading === heading);
  return s ? s.text.split("\n").slice(1).join("\n").trim() : null;
}
