/**
 * Self-repairs of spoken English as transcripts print them: a word said twice across a dash
 * ("the — the president", "7.4 million — million liters") and a word cut off before a dash
 * ("the st- — staging ground"). Reporters quote the repaired words, so the check reads a
 * transcript without them; offsets never move: what is left out is blanked, not deleted.
 */

// "X — X": a word repeated across a dash; the dash and the second word go, so that the first stays
// next to what came before it ("7.4 million — million liters" reads "7.4 million liters").
const REPEAT = /(?<![\p{L}\p{N}])([\p{L}][\p{L}'’]*)([ \u00a0]+[—–]{1,2}[ \u00a0]+\1)(?![\p{L}\p{N}])/giu;
// "st- — ": a word broken off with a hyphen, then a dash.
const CUT_OFF = /(?<![\p{L}\p{N}])[\p{L}]+-[ \u00a0]+[—–][ \u00a0]+/gu;

/** The ranges `[start, end)` of a line that are repairs: a dash and the word it repeats, a cut-off word and its dash. */
export function repairRanges(line: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const match of line.matchAll(REPEAT)) {
    const start = match.index + match[1]!.length;
    ranges.push([start, start + match[2]!.length]);
  }
  for (const match of line.matchAll(CUT_OFF)) ranges.push([match.index, match.index + match[0].length]);
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** The line with its repairs blanked by spaces, the same length, so every offset still points into the file. */
export function withoutRepairs(line: string): string {
  const ranges = repairRanges(line);
  if (ranges.length === 0) return line;
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at) continue;
    out += line.slice(at, start) + ' '.repeat(end - start);
    at = end;
  }
  return out + line.slice(at);
}
