/** How exact a figure is said to be: "about 10,000" (approx), "up to" (max), "more than" (min). */
import { QUALIFIERS_AFTER_OR, QUALIFIERS_BEFORE, type QualifierClass } from '../../lexicon/hedges.ts';

/** The qualifier classes of the claims export. */
export type Qualifier = QualifierClass;

// Longer phrases first (as the lexicon lists them), so that "just over" wins over "over".
const BEFORE = QUALIFIERS_BEFORE;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const BEFORE_PATTERN = new RegExp(`(?<![\\p{L}])(${BEFORE.map(([phrase]) => escape(phrase)).join('|')})\\s*$`, 'iu');
const BEFORE_CLASS = new Map(BEFORE.map(([phrase, qualifier]) => [phrase, qualifier]));
// "10,000 or more", "10,000 or so", "10,000-plus", "10,000+".
const AFTER_PATTERN = new RegExp(
  `^(?:\\s+or\\s+(${QUALIFIERS_AFTER_OR.map(([word]) => word).join('|')})(?![\\p{L}])|(\\+)|[-\\s]plus(?![\\p{L}]))`,
  'iu',
);
const AFTER_CLASS = new Map(QUALIFIERS_AFTER_OR);

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
    const qualifier: Qualifier = AFTER_CLASS.get(after[1]?.toLowerCase() ?? '') ?? 'min';
    return { qualifier, start, end: end + after[0].length };
  }
  return { qualifier: 'exact', start, end };
}
