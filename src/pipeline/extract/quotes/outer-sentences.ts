import type { SentenceSpan } from '../../parse/language/sentences.ts';
import type { Sentence } from '../../parse/language/types.ts';
import type { QuoteSpan } from './find-quote-spans.ts';

// Every visible character of the quoted words; spaces stay, so attribution patterns see word gaps.
const MASKED = /\S/gu;
// Punctuation that ends the quoted words and stays visible to the attribution rules:
// “... high,” Austin said.
const TRAILING_PUNCTUATION = /[.!?…,;:]+\s*$/u;

/**
 * The line with the words inside each quotation replaced by "X" (same length, so offsets
 * hold; spaces kept), keeping only the punctuation that ends them, and with an interview label blanked.
 * Attribution rules then read only the reporter's words: a "he said" inside a quotation
 * is the speaker's, not an attribution.
 */
export function maskQuotations(line: string, spans: readonly QuoteSpan[], from = 0): string {
  let masked = ' '.repeat(from) + line.slice(from);
  for (const span of spans) {
    const inner = line.slice(span.innerStart, span.innerEnd);
    const keep = TRAILING_PUNCTUATION.exec(inner)?.[0].length ?? 0;
    const cover = inner.length - keep;
    // The last hidden letter is lower case so that "X." never reads as an initial.
    const hidden = inner
      .slice(0, cover)
      .replace(MASKED, 'X')
      .replace(/X$/u, keep > 0 ? 'x' : 'X');
    masked = masked.slice(0, span.innerStart) + hidden + inner.slice(cover) + masked.slice(span.innerEnd);
  }
  return masked;
}

// A quotation that ends with its own question or exclamation: “Is it?” Roe asked.
const ASKED = /[?!]+\s*$/u;

/**
 * The sentences that hold whole quotations with their attributions, from the parser's
 * sentences of the line (those of the speech, from `from`): a sentence break inside a quotation
 * is undone, and so is one before a lower-case word (“Is it?” he asked) and one right after a
 * quotation that ends with a question or exclamation mark (“Is it?” Roe asked).
 */
export function outerSentences(
  line: string,
  sentences: readonly Sentence[],
  spans: readonly QuoteSpan[],
  from = 0,
): SentenceSpan[] {
  const merged: SentenceSpan[] = [];
  for (const sentence of sentences) {
    if (sentence.start < from) continue;
    const previous = merged[merged.length - 1];
    const inQuote = spans.some((span) => span.start < sentence.start && sentence.start < span.end);
    const first = /\S/u.exec(line.slice(sentence.start))?.[0] ?? '';
    const afterAsked =
      previous !== undefined &&
      spans.some(
        (span) =>
          span.closed &&
          line.slice(span.end, sentence.start).trim() === '' &&
          span.end > previous.start &&
          ASKED.test(line.slice(span.innerStart, span.innerEnd)),
      );
    if (previous !== undefined && (inQuote || afterAsked || /\p{Ll}/u.test(first))) previous.end = sentence.end;
    else merged.push({ start: sentence.start, end: sentence.end });
  }
  return merged;
}
