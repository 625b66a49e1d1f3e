import { splitSentences, type SentenceSpan } from '../../parse/language/sentences.ts';
import type { QuoteSpan } from './find-quote-spans.ts';

// Upper case, so that the sentence splitter breaks before a quotation that opens a sentence
// (Unicode's rules do not break after "Pentagon." when a lower-case letter follows). Spaces
// stay, so that no masked "word" grows long enough to slow the splitter's end-anchored checks.
const MASKED = /\S/gu;
// Punctuation that ends the quoted words and must stay visible to the sentence splitter:
// “... high.” Austin said -> two sentences; “... high,” Austin said -> one.
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

/**
 * Sentences of a masked line, as offsets. Quotations are opaque in the masked text, so a
 * sentence holds whole quotations with their attributions; a split before a lower-case word
 * (“Is it?” he asked) is undone.
 */
export function outerSentences(masked: string): SentenceSpan[] {
  const merged: SentenceSpan[] = [];
  for (const sentence of splitSentences(masked)) {
    const previous = merged[merged.length - 1];
    const first = /\S/u.exec(masked.slice(sentence.start))?.[0] ?? '';
    if (previous !== undefined && /\p{Ll}/u.test(first)) previous.end = sentence.end;
    else merged.push({ ...sentence });
  }
  return merged;
}
