/**
 * The sentences a check says to readers, in one place: "Verbatim: the transcript has these
 * words", "not in the part of the transcript we have", "the transcript says around 10,000;
 * this article drops 'around'".
 */
import type { FigureClaim, QuoteDiffPart } from '../../lib/schemas.ts';
import { clip } from '../parse/title.ts';
import type { QuoteReading } from './quote-verdict.ts';

type PrimaryKind = 'transcript' | 'statement' | 'release' | null;

const MAX_QUOTED = 90;

/** What a primary is called in a sentence: "the transcript", "the statement", "the primary source". */
export function primaryNoun(kind: PrimaryKind): string {
  return kind === null ? 'the primary source' : `the ${kind}`;
}

const quoted = (text: string | null) => `“${clip(text ?? '', MAX_QUOTED)}”`;

/** One part of a variant's diff as a phrase: "“outfitted” becomes “outfit it”". */
function partPhrase(part: QuoteDiffPart): string | null {
  switch (part.op) {
    case 'changed':
      return `${quoted(part.primary)} becomes ${quoted(part.quote)}`;
    case 'dropped':
      return `drops ${quoted(part.primary)}`;
    case 'added':
      return `adds ${quoted(part.quote)}`;
    case 'joined':
      return `joins sentences that are apart, without an ellipsis (leaving out ${quoted(part.primary)})`;
    case 'inserted':
      return `inserts ${quoted(part.quote)}`;
    default:
      return null;
  }
}

/** The note of a quote found in a primary. */
export function quoteNote(reading: Exclude<QuoteReading, { verdict: 'not-found' }>, kind: PrimaryKind): string {
  const noun = primaryNoun(kind);
  if (reading.verdict === 'verbatim') return `Verbatim: ${noun} has these words.`;
  const phrases = reading.diff.map(partPhrase).filter((phrase) => phrase !== null);
  return `A variant of what ${noun} has: this article ${phrases.join('; ')}.`;
}

/** The note of a quote its speaker's primaries do not have: never "not said" when a transcript is partial. */
export function notFoundNote(kinds: readonly PrimaryKind[], partial: boolean): string {
  const noun = kinds.length === 1 ? primaryNoun(kinds[0]!) : 'the primary sources';
  const what = noun.replace(/^the /u, '');
  if (partial)
    return kinds.length === 1
      ? `Not in the part of the ${what} we have: the rest of it may hold it.`
      : `Not in the primary sources we have, one of which is only in part: the rest of it may hold it.`;
  return `Not in ${noun}: the speaker may have said it elsewhere.`;
}

/** A figure's words and hedge as a reader would read them: "around 10,000", "10,000". */
function figurePhrase(figure: Pick<FigureClaim, 'text'>): string {
  return `“${figure.text}”`;
}

/** The hedge words of a figure as written ("around", "up to", "more than"), or null for an exact figure. */
export function hedgeOf(figure: Pick<FigureClaim, 'text' | 'qualifier'>): string | null {
  if (figure.qualifier === 'exact') return null;
  const words =
    /^(.*?)(?=[$€£¥₩₽₴]?\d|\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?|billions?|half)\b)/iu
      .exec(figure.text)?.[1]
      ?.trim();
  return words === undefined || words === '' ? null : words;
}

/** The note of a figure compared with a primary's: what differs, in the words of both. */
export function figureNote(
  article: Pick<FigureClaim, 'text' | 'value' | 'qualifier'>,
  primary: Pick<FigureClaim, 'text' | 'value' | 'qualifier'>,
  kind: PrimaryKind,
  who: string | null,
): string {
  const noun = who === null ? primaryNoun(kind) : `${who} in ${primaryNoun(kind)}`;
  const says = `${noun.charAt(0).toUpperCase()}${noun.slice(1)} says ${figurePhrase(primary)}`;
  const sameValue = article.value === primary.value;
  if (sameValue && article.qualifier === primary.qualifier) return `${says}: the same.`;
  const theirs = hedgeOf(primary);
  const ours = hedgeOf(article);
  if (sameValue) {
    if (ours === null && theirs !== null) return `${says}; this article drops “${theirs}”.`;
    if (theirs === null && ours !== null) return `${says}; this article adds “${ours}”.`;
    return `${says}; this article says ${figurePhrase(article)}.`;
  }
  return `${says}; this article says ${figurePhrase(article)}.`;
}
