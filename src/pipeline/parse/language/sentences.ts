import { OTHER_ABBREVIATIONS, TITLE_ABBREVIATIONS } from '../../lexicon/abbreviations.ts';
import { MONTH_ABBREVIATIONS } from '../../lexicon/time-words.ts';
import { wordSet } from '../../lexicon/word-set.ts';

/** A sentence of a line, as UTF-16 offsets into that line. */
export interface SentenceSpan {
  start: number;
  end: number;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

// Words that end in a period without ending a sentence. Single capital initials ("Lloyd J.")
// and dotted acronyms ("U.S.", "U.N.") are caught by the pattern below instead.
const ABBREVIATIONS = wordSet(TITLE_ABBREVIATIONS, OTHER_ABBREVIATIONS, MONTH_ABBREVIATIONS);
const INITIALISM = /(?:^|[\s(“"'])(?:\p{Lu}\.)+$/u;

function endsWithAbbreviation(segment: string): boolean {
  // Only the tail matters; testing the whole segment makes the word pattern slow on long runs of letters.
  const trimmed = segment.trimEnd().slice(-24);
  if (!trimmed.endsWith('.')) return false;
  if (INITIALISM.test(trimmed)) return true;
  const word = /([\p{L}]+)\.$/u.exec(trimmed)?.[1];
  return word !== undefined && ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * Splits one line into sentences with `Intl.Segmenter`, then rejoins splits that only
 * follow an abbreviation or an initial ("Dr. Carter", "Lloyd J. Austin", "U.S. officials").
 * Trailing white space is left out of each span.
 */
export function splitSentences(line: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let pendingStart: number | null = null;
  for (const { segment, index } of segmenter.segment(line)) {
    const start: number = pendingStart ?? index;
    const end = index + segment.length;
    if (endsWithAbbreviation(segment) && end < line.length) {
      pendingStart = start;
      continue;
    }
    pendingStart = null;
    spans.push({ start, end: start + line.slice(start, end).trimEnd().length });
  }
  if (pendingStart !== null) spans.push({ start: pendingStart, end: line.trimEnd().length });
  return spans.filter((span) => span.end > span.start);
}
