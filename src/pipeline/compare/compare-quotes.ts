import type { QuoteClaim } from '../../lib/schemas.ts';
import { articlesOf, groupPairs, mode, type ClaimGroup } from './group.ts';
import { contentStems, overlap, words } from './words.ts';

// Two wordings are one statement when the shorter shares this much of its content words with
// the longer, and at least this many words: "high possibility" and "the possibility is not
// high" share two words and are different statements.
const MIN_CONTAINMENT = 0.6;
const MIN_SHARED = 3;
const TOPIC_WORDS = 14;

// Parts of a name that vary between outlets for one person: initials, suffixes, honorifics.
const NAME_NOISE = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'dr', 'mr', 'mrs', 'ms', 'prof', 'gen', 'sen']);

/** The words of a person's name that identify them across outlets: "Lloyd J. Austin III" -> lloyd, austin. */
export function nameKey(name: string): string[] {
  return words(name).filter((word) => word.length > 1 && !NAME_NOISE.has(word));
}

/** Whether two speakers could be the same person: either unknown, or one name's words within the other's. */
export function sameSpeaker(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return true;
  const [x, y] = [nameKey(a), nameKey(b)];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length > 0 && short.every((word) => long.includes(word));
}

/** A quote shortened to its first words, for a topic line. */
function clipWords(text: string, count: number): string {
  const parts = text.split(/\s+/);
  return parts.length > count ? `${parts.slice(0, count).join(' ')}…` : text;
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
    // The shortest full name among the speakers: "Lloyd Austin" rather than "Lloyd J. Austin III".
    const speakers = claims.flatMap((claim) => (claim.speaker ? [claim.speaker] : []));
    const speaker = [...new Set(speakers)].sort((a, b) => nameKey(b).length - nameKey(a).length || a.length - b.length || a.localeCompare(b))[0] ?? mode(speakers);
    const longest = [...claims].sort((a, b) => b.quote.length - a.quote.length || a.quote.localeCompare(b.quote))[0]!.quote;
    return {
      kind: 'quote',
      topic: `${speaker ?? 'Unnamed speaker'}: “${clipWords(longest, TOPIC_WORDS)}”`,
      claims,
      verdict: articlesOf(claims).length < 2 ? 'single-source' : wordings.size === 1 ? 'agree' : 'differ',
    };
  });
}
