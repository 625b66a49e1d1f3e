import { classifyMark, quoteMarks, type QuoteFamily, type QuoteMark } from './quote-marks.ts';

/** One quotation, or the part of one that lies in this line. */
export interface QuoteSpan {
  family: QuoteFamily;
  /** Claim offsets: from the opening mark through the closing mark (or the end of the line's text). */
  start: number;
  end: number;
  /** The quoted words, without the marks. */
  innerStart: number;
  innerEnd: number;
  /** False when no closing mark was found in this line. */
  closed: boolean;
  /** True when the quotation runs on into the next paragraph (the news convention of a missing closing mark). */
  continues: boolean;
}

/** Whether a paragraph opens with a quotation mark of the given family. */
export function opensWithQuote(line: string, from = 0): QuoteFamily | undefined {
  const first = /\S/u.exec(line.slice(from));
  if (!first) return undefined;
  const mark = classifyMark(line, from + first.index, from + first.index);
  return mark?.canOpen ? mark.family : undefined;
}

// Where a full quotation may start: the start of the text, or after . ! ? : , ; or a dash.
const STARTS_CLAUSE = /(?:^|[.!?:;,\u2014\u2013]["”’']?)\s*$/u;

function span(line: string, family: QuoteFamily, open: number, close: number | null, continues: boolean): QuoteSpan {
  const end = close === null ? line.trimEnd().length : close + 1;
  const innerEnd = close ?? end;
  return { family, start: open, end, innerStart: open + 1, innerEnd, closed: close !== null, continues };
}

/**
 * Pairs the marks of one family. A mark that can open takes the next mark of its family as
 * its close when that one can close; otherwise it is a stray mark and is dropped. An opening
 * mark left without a close runs to the end of the line when `mayRunOn(open)` says so.
 */
function pair(
  line: string,
  marks: readonly QuoteMark[],
  family: QuoteFamily,
  mayRunOn: (open: number) => QuoteSpan | null,
): QuoteSpan[] {
  const own = marks.filter((mark) => mark.family === family);
  const spans: QuoteSpan[] = [];
  for (let i = 0; i < own.length; i++) {
    const mark = own[i]!;
    if (!mark.canOpen) continue;
    const next = own[i + 1];
    if (next === undefined) {
      const runOn = mayRunOn(mark.index);
      if (runOn) spans.push(runOn);
      break;
    }
    if (!next.canClose) continue;
    spans.push(span(line, family, mark.index, next.index, false));
    i++;
  }
  return spans;
}

const inside = (index: number, spans: readonly QuoteSpan[]) => spans.some((s) => index > s.start && index < s.end);

/**
 * Finds the quotations of one line (from `from`, after an interview label). Double quotes are
 * paired first; single quotes are paired outside them (inside, they are quotes within a
 * quote). A single-quoted span may hold a double-quoted one only when it opens a sentence, as
 * British quoting does; then the inner one is dropped. An unclosed double quote that starts a
 * clause, or before a paragraph that opens with one, runs to the end of the line; an unclosed
 * single quote only when it starts the line.
 * `nextOpens` is the family of quote mark that opens the next paragraph, if any: with it an
 * unclosed quote `continues` there.
 */
export function findQuoteSpans(line: string, from = 0, nextOpens?: QuoteFamily): QuoteSpan[] {
  const marks = quoteMarks(line, from);
  if (marks.length === 0) return [];
  const startsClause = (open: number) => STARTS_CLAUSE.test(line.slice(from, open));
  const atLineStart = (open: number) => line.slice(from, open).trim() === '';
  const runOn = (family: QuoteFamily, allowed: boolean, open: number) =>
    allowed ? span(line, family, open, null, nextOpens === family) : null;

  // An unclosed fragment ('said the vote "was never in doubt.') runs on too when the next paragraph opens with a quote.
  const doubles = pair(line, marks, 'double', (open) =>
    runOn('double', startsClause(open) || nextOpens === 'double', open),
  );
  const outside = marks.filter((mark) => mark.family === 'double' || !inside(mark.index, doubles));
  const singles = pair(line, outside, 'single', (open) =>
    runOn('single', atLineStart(open) || (nextOpens === 'single' && startsClause(open)), open),
  ).filter(
    (single) =>
      !doubles.some((double) => double.start > single.start && double.end <= single.end) || startsClause(single.start),
  );
  const kept = doubles.filter(
    (double) => !singles.some((single) => double.start > single.start && double.end <= single.end),
  );
  return [...kept, ...singles]
    .filter((quote) => /[\p{L}\p{N}].*[\p{L}\p{N}]/su.test(line.slice(quote.innerStart, quote.innerEnd)))
    .sort((a, b) => a.start - b.start);
}
