/**
 * Self-repairs of spoken English as transcripts print them: a word said twice across a dash
 * ("the — the president", "7.4 million — million liters") and a word cut off before a dash
 * ("the st- — staging ground"). Reporters quote the repaired words, so the check reads a
 * transcript without them; offsets never move: what is left out is blanked, not deleted.
 */

// A dash between spaces: where a speaker breaks off.
const DASH = /[ \u00a0]+[—–]{1,2}[ \u00a0]+/gu;
const WORD_BEFORE = /([\p{L}][\p{L}'’]*)(-?)$/u;
const WORD_AFTER = /^[\p{L}][\p{L}'’]*(?![\p{L}\p{N}])/u;

/**
 * The ranges `[start, end)` of a line that are repairs: a dash and the word it repeats ("the —
 * the": the first word stays, next to what came before it), a word cut off with a hyphen and its
 * dash ("st- — ").
 */
export function repairRanges(line: string): [number, number][] {
  // Most lines have no dash at all.
  if (!line.includes('—') && !line.includes('–')) return [];
  const ranges: [number, number][] = [];
  for (const dash of line.matchAll(DASH)) {
    const before = WORD_BEFORE.exec(line.slice(Math.max(0, dash.index - 40), dash.index));
    if (!before) continue;
    const start = dash.index - before[0].length;
    if (start > 0 && /[\p{L}\p{N}]/u.test(line[start - 1]!)) continue;
    const end = dash.index + dash[0].length;
    if (before[2] === '-') {
      ranges.push([start, end]);
      continue;
    }
    const after = WORD_AFTER.exec(line.slice(end, end + 40));
    if (after?.[0].toLowerCase() === before[1]!.toLowerCase()) ranges.push([dash.index, end + after[0].length]);
  }
  return ranges;
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
