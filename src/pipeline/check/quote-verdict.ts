/**
 * A quote's verdict from its best alignment with a speaker's words: `verbatim` when every word
 * is the speaker's, in order, with nothing left out but where the outlet printed an ellipsis;
 * `variant` when enough of it is, with the word diff; otherwise nothing found.
 */
import type { QuoteDiffPart } from '../../lib/schemas.ts';
import type { AlignOp } from './align-words.ts';
import type { PassageMatch } from './find-passage.ts';
import type { PrimaryWord, QuoteWord } from './passage-words.ts';

/** Where a passage is: its first line's stretch, and the rest line by line. */
export interface PassageSpan {
  line: number;
  start: number;
  end: number;
  text: string;
  more: { line: number; start: number; end: number; text: string }[];
}

/** What the alignment says of a quote. */
export type QuoteReading =
  | { verdict: 'verbatim'; passage: PassageSpan }
  | { verdict: 'variant'; passage: PassageSpan; diff: QuoteDiffPart[] }
  | { verdict: 'not-found' };

// A variant must share, in runs of two words or more (single words picked here and there prove
// nothing), at least MIN_ANCHORED of its words and MIN_SHARE of them; a shorter quote can only
// be found verbatim.
const MIN_ANCHORED = 3;
const MIN_SHARE = 0.5;
// Sentence ends inside a stretch of the primary: it runs over a sentence boundary.
const SENTENCE_END = /[.!?…]["”’)\]]*(?:\s|$)/u;

/** The text of some primary words as the file prints them, one stretch per line. */
export function spanOf(lines: readonly string[], words: readonly PrimaryWord[]): PassageSpan {
  const stretches: { line: number; start: number; end: number; text: string }[] = [];
  for (const word of words) {
    const last = stretches.at(-1);
    if (last?.line === word.line) last.end = word.end;
    else stretches.push({ line: word.line, start: word.start, end: word.end, text: '' });
  }
  for (const stretch of stretches) stretch.text = lines[stretch.line]!.slice(stretch.start, stretch.end);
  const [first, ...more] = stretches;
  return { ...first!, more };
}

// Closing punctuation right after a word, kept with it when a stretch of words is shown.
const CLOSING = /^[.!?,;:…"”’)\]]+/u;

/** A passage with the punctuation that closes each of its stretches ("... with Ukraine."). */
function withClosing(lines: readonly string[], span: PassageSpan): PassageSpan {
  const close = <T extends { line: number; start: number; end: number; text: string }>(stretch: T): T => {
    const end = stretch.end + (CLOSING.exec(lines[stretch.line]!.slice(stretch.end))?.[0].length ?? 0);
    return { ...stretch, end, text: lines[stretch.line]!.slice(stretch.start, end) };
  };
  return { ...close(span), more: span.more.map(close) };
}

/** Some primary words as the file prints them, with the punctuation that closes each line's stretch. */
function textOf(lines: readonly string[], words: readonly PrimaryWord[]): string {
  if (words.length === 0) return '';
  const span = spanOf(lines, words);
  return [span, ...span.more]
    .map(({ line, end, text }) => text + (CLOSING.exec(lines[line]!.slice(end))?.[0] ?? ''))
    .join(' ');
}

/** Words of the quote in runs of two or more kept in both texts. */
function anchoredCount(ops: readonly AlignOp[]): number {
  let count = 0;
  let run = 0;
  for (const op of [...ops, null]) {
    if (op?.op === 'same') run++;
    else {
      if (run >= 2) count += run;
      run = 0;
    }
  }
  return count;
}

/** The alignment in runs: kept words, and the steps between them where the texts differ. */
function runsOf(ops: readonly AlignOp[]): { same: boolean; ops: AlignOp[]; at: number }[] {
  const runs: { same: boolean; ops: AlignOp[]; at: number }[] = [];
  ops.forEach((op, at) => {
    const same = op.op === 'same';
    const last = runs.at(-1);
    if (last?.same === same) last.ops.push(op);
    else runs.push({ same, ops: [op], at });
  });
  return runs;
}

/** Whether a quote word stands right after an ellipsis, found from the step after a run. */
function afterEllipsis(quote: readonly QuoteWord[], ops: readonly AlignOp[], from: number): boolean {
  const next = ops.slice(from).find((op) => 'quote' in op);
  return next !== undefined && 'quote' in next && quote[next.quote]!.afterEllipsis;
}

/** The diff parts of a run where the texts differ: bracketed insertions apart, then what was dropped, added or changed. */
function differingParts(
  lines: readonly string[],
  quote: readonly QuoteWord[],
  words: readonly PrimaryWord[],
  ops: readonly AlignOp[],
  run: { ops: AlignOp[]; at: number },
): QuoteDiffPart[] {
  const inserted = run.ops.filter((op) => 'quote' in op && quote[op.quote]!.inserted);
  const rest = run.ops.filter((op) => !inserted.includes(op));
  const said = rest.flatMap((op) => ('quote' in op ? [quote[op.quote]!.raw] : []));
  const primary = rest.flatMap((op) => ('primary' in op ? [words[op.primary]!] : []));
  const parts: QuoteDiffPart[] = [];
  if (said.length > 0)
    parts.push({
      op: primary.length > 0 ? 'changed' : 'added',
      quote: said.join(' '),
      primary: primary.length > 0 ? textOf(lines, primary) : null,
    });
  else if (primary.length > 0) {
    // From the kept word before the run to the last word left out: does it hold a sentence end?
    const before = ops[run.at - 1];
    const kept = before && 'primary' in before ? words[before.primary] : undefined;
    const last = primary.at(-1)!;
    const between = kept?.line === last.line ? lines[last.line]!.slice(kept.end, last.end) : '. ';
    const op = afterEllipsis(quote, ops, run.at + run.ops.length)
      ? 'elided'
      : SENTENCE_END.test(between)
        ? 'joined'
        : 'dropped';
    parts.push({ op, quote: null, primary: textOf(lines, primary) });
  }
  if (inserted.length > 0) {
    const words = inserted.flatMap((op) => ('quote' in op ? [quote[op.quote]!] : []));
    const bracket = words[0]!.bracket === '(' ? ['(', ')'] : ['[', ']'];
    parts.push({
      op: 'inserted',
      quote: `${bracket[0]}${words.map((word) => word.raw).join(' ')}${bracket[1]}`,
      primary: null,
    });
  }
  return parts;
}

/** The diff of a quote against its passage, in order: kept runs, and what differs between them. */
function diffParts(
  lines: readonly string[],
  quote: readonly QuoteWord[],
  words: readonly PrimaryWord[],
  ops: readonly AlignOp[],
): QuoteDiffPart[] {
  return runsOf(ops).flatMap((run) =>
    run.same
      ? [
          {
            op: 'same' as const,
            quote: run.ops.map((op) => ('quote' in op ? quote[op.quote]!.raw : '')).join(' '),
            primary: textOf(
              lines,
              run.ops.flatMap((op) => ('primary' in op ? [words[op.primary]!] : [])),
            ),
          },
        ]
      : differingParts(lines, quote, words, ops, run),
  );
}

/** The verdict a quote earns from its best passage (or from none). */
export function readQuote(
  lines: readonly string[],
  quote: readonly QuoteWord[],
  match: PassageMatch | null,
): QuoteReading {
  const counted = quote.filter((word) => !word.inserted).length;
  if (match === null || counted === 0) return { verdict: 'not-found' };
  const { ops } = match.alignment;
  const aligned = ops.flatMap((op) => (op.op === 'same' || op.op === 'changed' ? [op.primary] : []));
  if (aligned.length === 0) return { verdict: 'not-found' };
  const first = Math.min(...aligned);
  const last = Math.max(...aligned);
  const passage = withClosing(lines, spanOf(lines, match.words.slice(first, last + 1)));
  const diff = diffParts(lines, quote, match.words, ops);
  if (diff.every((part) => part.op === 'same' || part.op === 'elided')) return { verdict: 'verbatim', passage };
  const anchored = anchoredCount(ops);
  if (anchored < MIN_ANCHORED || anchored / counted < MIN_SHARE) return { verdict: 'not-found' };
  return { verdict: 'variant', passage, diff };
}
