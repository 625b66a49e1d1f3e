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
  `^(?:\\s+(?:or|and)\\s+(${QUALIFIERS_AFTER_OR.map(([word]) => word).join('|')})(?![\\p{L}])|(\\+)|[-\\s]plus(?![\\p{L}]))`,
  'iu',
);
// Comparison signs: ">10", ">= 30", "< = 100", "<-30".
const SIGN_BEFORE = /(>\s*=|=\s*>|≥|<\s*=|=\s*<|≤|>|<)\s*$/u;
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
  const after = AFTER_PATTERN.exec(line.slice(end));
  const afterClass: Qualifier | null = after ? (AFTER_CLASS.get(after[1]?.toLowerCase() ?? '') ?? 'min') : null;
  const afterEnd = after ? end + after[0].length : end;
  const sign = SIGN_BEFORE.exec(line.slice(Math.max(from, start - 4), start));
  if (sign) {
    const written = sign[1]!.replace(/\s+/gu, '');
    return { qualifier: /^(?:>|=>|>=|≥)/u.test(written) ? 'min' : 'max', start: start - sign[0].length, end };
  }
  const before = BEFORE_PATTERN.exec(line.slice(Math.max(from, start - 32), start));
  if (before) {
    const phrase = before[1]!;
    const qualifier = BEFORE_CLASS.get(phrase.toLowerCase()) ?? 'exact';
    // "equal to 5000 or less": the words after say which way.
    if (qualifier === 'exact' && afterClass !== null)
      return { qualifier: afterClass, start: start - before[0].length, end: afterEnd };
    return { qualifier, start: start - before[0].length, end };
  }
  if (afterClass !== null) return { qualifier: afterClass, start, end: afterEnd };
  return { qualifier: 'exact', start, end };
}
