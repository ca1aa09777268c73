/**
 * Word error rate of a recogniser's transcript against the line's text, after the
 * obvious normalisation: lower case, punctuation dropped (hyphens split words),
 * contractions kept as written ("don't" stays one word).
 */

/** The words of a text as the gate compares them. */
export function normaliseWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^a-z0-9']+/g, " ")
    .split(" ")
    .map((w) => w.replace(/^'+|'+$/g, ""))
    .filter((w) => w.length > 0);
}

/**
 * (substitutions + deletions + insertions) / words of the reference: 0 is perfect; it can
 * pass 1 when the recogniser hears more words than were said.
 */
export function wordErrorRate(reference: string, heard: string): number {
  const ref = normaliseWords(reference);
  const hyp = normaliseWords(heard);
  if (ref.length === 0) throw new Error("wordErrorRate: the reference has no words");
  let prev = Array.from({ length: hyp.length + 1 }, (_, j) => j);
  for (let i = 1; i <= ref.length; i++) {
    const row = [i];
    for (let j = 1; j <= hyp.length; j++) {
      row.push(Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (ref[i - 1] === hyp[j - 1] ? 0 : 1)));
    }
    prev = row;
  }
  return prev[hyp.length] / ref.length;
}
