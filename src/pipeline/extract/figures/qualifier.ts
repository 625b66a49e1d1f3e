/** How exact a figure is said to be: "about 10,000" (approx), "up to" (max), "more than" (min). */

/** The qualifier classes of the claims export. */
export type Qualifier = 'exact' | 'approx' | 'max' | 'min';

// Longer phrases first, so that "just over" wins over "over" and "no more than" over "more than".
const BEFORE: readonly (readonly [string, Qualifier])[] = [
  ['no more than', 'max'],
  ['not more than', 'max'],
  ['no fewer than', 'min'],
  ['no less than', 'min'],
  ['just over', 'approx'],
  ['just under', 'approx'],
  ['a little over', 'approx'],
  ['a little more than', 'approx'],
  ['slightly more than', 'approx'],
  ['slightly less than', 'approx'],
  ['close to', 'approx'],
  ['an estimated', 'approx'],
  ['as many as', 'max'],
  ['as much as', 'max'],
  ['as high as', 'max'],
  ['up to', 'max'],
  ['at most', 'max'],
  ['a maximum of', 'max'],
  ['fewer than', 'max'],
  ['less than', 'max'],
  ['under', 'max'],
  ['below', 'max'],
  ['more than', 'min'],
  ['over', 'min'],
  ['at least', 'min'],
  ['in excess of', 'min'],
  ['upwards of', 'min'],
  ['upward of', 'min'],
  ['greater than', 'min'],
  ['above', 'min'],
  ['a minimum of', 'min'],
  ['exceeding', 'min'],
  ['about', 'approx'],
  ['around', 'approx'],
  ['some', 'approx'],
  ['roughly', 'approx'],
  ['approximately', 'approx'],
  ['nearly', 'approx'],
  ['almost', 'approx'],
  ['perhaps', 'approx'],
  ['circa', 'approx'],
  ['approx.', 'approx'],
  ['estimated', 'approx'],
  ['~', 'approx'],
];
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const BEFORE_PATTERN = new RegExp(`(?<![\\p{L}])(${BEFORE.map(([phrase]) => escape(phrase)).join('|')})\\s*$`, 'iu');
const BEFORE_CLASS = new Map(BEFORE.map(([phrase, qualifier]) => [phrase, qualifier]));
// "10,000 or more", "10,000 or so", "10,000-plus", "10,000+".
const AFTER_PATTERN = /^(?:\s+or\s+(more|so|fewer|less)(?![\p{L}])|(\+)|[-\s]plus(?![\p{L}]))/iu;

/** A qualifier and where its words start (before the number) and end (after it). */
export interface QualifierSpan {
  qualifier: Qualifier;
  start: number;
  end: number;
}

/**
 * Reads the qualifier written around the number at `line.slice(start, end)`: words right
 * before it ("more than"), or right after it ("or more", "+"); `exact` when there are none.
 * `from` is where the sentence starts, so a qualifier never reaches into the sentence before.
 */
export function readQualifier(line: string, start: number, end: number, from: number): QualifierSpan {
  // "between 10,000 and 12,000": the low and the high end of a range.
  const window = line.slice(Math.max(from, start - 40), start);
  const low = /(?<![\p{L}])between\s+$/iu.exec(window);
  if (low) return { qualifier: 'min', start: start - low[0].length, end };
  if (/(?<![\p{L}])between\s+\S+(?:\s+(?:hundred|thousand|million|billion))?\s+and\s+$/iu.test(window))
    return { qualifier: 'max', start, end };
  const before = BEFORE_PATTERN.exec(line.slice(Math.max(from, start - 24), start));
  if (before) {
    const phrase = before[1]!;
    const qualifier = BEFORE_CLASS.get(phrase.toLowerCase()) ?? 'exact';
    return { qualifier, start: start - before[0].length, end };
  }
  const after = AFTER_PATTERN.exec(line.slice(end));
  if (after) {
    const word = after[1]?.toLowerCase();
    const qualifier: Qualifier = word === 'so' ? 'approx' : word === 'fewer' || word === 'less' ? 'max' : 'min';
    return { qualifier, start, end: end + after[0].length };
  }
  return { qualifier: 'exact', start, end };
}
