import type { QuoteClaim } from '../../lib/schemas.ts';
import { articlesOf, groupPairs, mode, type ClaimGroup } from './group.ts';
import { contentStems, overlap, words } from './words.ts';

// Two wordings are one statement when the shorter shares this much of its content words with
// the longer, and at least this many words (so "overwhelming" alone does not join everything).
const MIN_CONTAINMENT = 0.6;
const MIN_SHARED = 2;

/** Whether two speakers could be the same person: equal, or either unknown. */
function sameSpeaker(a: string | null, b: string | null): boolean {
  return a === null || b === null || a.toLowerCase() === b.toLowerCase();
}

/** The words of a quote without editorial brackets' contents, for comparing wordings. */
export function quoteWording(quote: string): string {
  return words(quote).join(' ');
}

/**
 * Groups quotes that render the same statement in different wording, across articles:
 * same speaker (or unknown), and enough shared content words. The verdict is `agree` when
 * every source has the same words, `differ` when the wording varies, `single-source` alone.
 */
export function compareQuotes(quotes: readonly QuoteClaim[]): ClaimGroup<QuoteClaim>[] {
  const stems = new Map(quotes.map((claim) => [claim, contentStems(claim.quote)]));
  const groups = groupPairs(quotes, (a, b) => {
    if (!sameSpeaker(a.speaker, b.speaker)) return false;
    if (quoteWording(a.quote) === quoteWording(b.quote)) return true;
    const { shared, containment } = overlap(stems.get(a)!, stems.get(b)!);
    return shared >= MIN_SHARED && containment >= MIN_CONTAINMENT;
  });
  return groups.map((claims) => {
    const wordings = new Set(claims.map((claim) => quoteWording(claim.quote)));
    const speaker = mode(claims.flatMap((claim) => (claim.speaker ? [claim.speaker] : [])));
    const longest = [...claims].sort((a, b) => b.quote.length - a.quote.length)[0]!.quote;
    return {
      kind: 'quote',
      topic: `${speaker ?? 'Unnamed speaker'}: “${longest}”`,
      claims,
      verdict: articlesOf(claims).length < 2 ? 'single-source' : wordings.size === 1 ? 'agree' : 'differ',
    };
  });
}
