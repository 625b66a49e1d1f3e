/**
 * Checks each quote of a story whose speaker has words in one of the story's primaries: the
 * closest passage of that speaker, and whether the quote gives it verbatim, as a variant, or
 * not at all ("not in the transcript", or "not in the part of the transcript we have" when the
 * primary is partial). A quote whose speaker has no words in any primary gets no check.
 */
import type { QuoteCheck, QuoteClaim } from '../../lib/schemas.ts';
import { nameKey, sameNameKey } from '../compare/compare-quotes.ts';
import { findPassage, type SpeakerIndex } from './find-passage.ts';
import { quoteNote, notFoundNote } from './check-notes.ts';
import { quoteWords } from './passage-words.ts';
import { readQuote, type QuoteReading } from './quote-verdict.ts';
import type { Speaker } from './resolve-speakers.ts';

/** A primary as the check needs it. */
export interface CheckedPrimary {
  id: string;
  kind: 'transcript' | 'statement' | 'release' | null;
  partial: boolean;
  published: string | null;
  lines: readonly string[];
}

/** Everything one speaker says across the story's primaries. */
export interface SpeakerWords {
  speaker: Speaker;
  index: SpeakerIndex;
}

const RANK: Record<QuoteReading['verdict'], number> = { verbatim: 2, variant: 1, 'not-found': 0 };

/** Days between two ISO dates, or null when either is unknown. */
export function daysApart(a: string | null, b: string | null): number | null {
  if (a === null || b === null) return null;
  return Math.abs(Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10))) / 86_400_000;
}

/** The primary a quote not found is most likely in: a partial one (its missing part), else the closest in date. */
function likeliest(searched: readonly CheckedPrimary[], published: string | null): CheckedPrimary {
  return [...searched].sort(
    (a, b) =>
      Number(b.partial) - Number(a.partial) ||
      (daysApart(a.published, published) ?? Infinity) - (daysApart(b.published, published) ?? Infinity) ||
      a.id.localeCompare(b.id, 'en'),
  )[0]!;
}

/** Checks one quote against the speakers it may be of; undefined when none of them has words in a primary. */
export function checkQuote(
  claim: QuoteClaim,
  speakers: readonly SpeakerWords[],
  primaries: ReadonlyMap<string, CheckedPrimary>,
  published: string | null,
): QuoteCheck | undefined {
  if (claim.speaker === null) return undefined;
  const key = nameKey(claim.speaker);
  const theirs = speakers.filter((entry) => sameNameKey(entry.speaker.key, key));
  if (theirs.length === 0) return undefined;
  const words = quoteWords(claim.quote);
  let best: { reading: QuoteReading; score: number; primary: CheckedPrimary; speaker: string } | undefined;
  for (const { speaker, index } of theirs) {
    const match = findPassage(index, words);
    if (!match) continue;
    const primary = primaries.get(match.turn.primaryId)!;
    const reading = readQuote(primary.lines, words, match);
    const score = match.alignment.score;
    if (
      !best ||
      RANK[reading.verdict] > RANK[best.reading.verdict] ||
      (RANK[reading.verdict] === RANK[best.reading.verdict] && score > best.score)
    )
      best = { reading, score, primary, speaker: speaker.name };
  }
  if (best && best.reading.verdict !== 'not-found') {
    const { reading, primary, speaker } = best;
    const passage = { primaryId: primary.id, ...reading.passage, speaker, note: quoteNote(reading, primary.kind) };
    return reading.verdict === 'verbatim'
      ? { verdict: 'verbatim', ...passage }
      : { verdict: 'variant', ...passage, diff: reading.diff };
  }
  const searched = [...new Set(theirs.flatMap(({ index }) => index.turns.map((turn) => turn.primaryId)))]
    .sort()
    .map((id) => primaries.get(id)!);
  const partial = searched.some((primary) => primary.partial);
  return {
    verdict: 'not-found',
    primaryId: likeliest(searched, published).id,
    line: null,
    start: null,
    end: null,
    text: null,
    partial,
    searched: searched.map((primary) => primary.id),
    speaker: theirs[0]!.speaker.name,
    note: notFoundNote(
      searched.map((primary) => primary.kind),
      partial,
    ),
  };
}
