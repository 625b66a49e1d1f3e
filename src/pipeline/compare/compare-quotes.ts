import type { QuoteClaim } from '../../lib/schemas.ts';
import { TITLE_ABBREVIATIONS } from '../lexicon/abbreviations.ts';
import { COURTESY_TITLES, NAME_HONORIFICS, NAME_SUFFIXES } from '../lexicon/titles.ts';
import { articlesOf, mode, type ClaimGroup } from './group.ts';
import { UnionFind } from './union-find.ts';
import { contentStems, overlap, words } from './content-words.ts';
import { groupBy } from '../../lib/group-by.ts';

// Two wordings are one statement when the shorter shares this much of its content words with
// the longer, and at least this many words: "high possibility" and "the possibility is not
// high" share two words and are different statements.
const MIN_CONTAINMENT = 0.6;
const MIN_SHARED = 3;
const TOPIC_WORDS = 14;
// A fragment quoted inside the reporter's sentence joins the fuller quotation it is part of
// when it has this many words at least: one word ("difficult") is no evidence of one statement.
const MIN_FRAGMENT_WORDS = 2;

// Parts of a name that vary between outlets for one person: initials, suffixes, honorifics.
const NAME_NOISE: ReadonlySet<string> = new Set(
  [...NAME_SUFFIXES, ...NAME_HONORIFICS, ...COURTESY_TITLES, ...TITLE_ABBREVIATIONS].map((word) =>
    word.replace(/\.$/u, ''),
  ),
);

/** The words of a person's name that identify them across outlets: "Lloyd J. Austin III" -> lloyd, austin. */
export function nameKey(name: string): string[] {
  return words(name).filter((word) => word.length > 1 && !NAME_NOISE.has(word));
}

/** Whether two name keys could be one person: the shorter one's words all within the other's. */
export function sameNameKey(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
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

/** What the pairwise rule reads of a quote: its speaker's name key, its wording and its content stems. */
interface QuoteForm {
  unnamed: boolean;
  name: string[];
  wording: string;
  /** How many words the wording has. */
  words: number;
  stems: Set<string>;
}

/** Whether the words of one wording run, in order and together, inside the other's ("even with more help"). */
export function isFragmentOf(short: string, long: string): boolean {
  return short.length < long.length && ` ${long} `.includes(` ${short} `);
}

/** Whether two quote forms are one statement: same speaker (or unknown), same wording, one a fragment of the other, or enough shared words. */
function sameStatement(a: QuoteForm, b: QuoteForm): boolean {
  if (!a.unnamed && !b.unnamed && !sameNameKey(a.name, b.name)) return false;
  if (a.wording === b.wording) return true;
  const [short, long] = a.wording.length <= b.wording.length ? [a, b] : [b, a];
  if (short.words >= MIN_FRAGMENT_WORDS && isFragmentOf(short.wording, long.wording)) return true;
  const { shared, containment } = overlap(a.stems, b.stems);
  return shared >= MIN_SHARED && containment >= MIN_CONTAINMENT;
}

/**
 * Joins every two quotes that `sameStatement` accepts (transitively), in first-member order.
 * Quotes with the same speaker name key and the same words pass or fail every pair alike, so
 * the rule runs once per distinct form (syndicated copies cost nothing); and only on pairs of
 * forms that can pass: the same wording, or at least MIN_SHARED content stems in common, found
 * through an index from stem to forms instead of trying every pair.
 */
function groupQuotes(quotes: readonly QuoteClaim[]): QuoteClaim[][] {
  const forms: QuoteForm[] = [];
  const formIndex = new Map<string, number>();
  const formOf = quotes.map((claim, index) => {
    const wording = quoteWording(claim.quote);
    const name = claim.speaker === null ? [] : nameKey(claim.speaker);
    // A named speaker with no usable name words matches no other named speaker, not even itself.
    const key =
      claim.speaker === null
        ? `\u0000${wording}`
        : name.length === 0
          ? `\u0001${index}`
          : `${name.join(' ')}\u0000${wording}`;
    let form = formIndex.get(key);
    if (form === undefined) {
      const words = wording === '' ? 0 : wording.split(' ').length;
      form =
        forms.push({ unnamed: claim.speaker === null, name, wording, words, stems: contentStems(claim.quote) }) - 1;
      formIndex.set(key, form);
    }
    return form;
  });
  const sets = new UnionFind(forms.length);
  const byWording = new Map<string, number[]>();
  const byStem = new Map<string, number[]>();
  forms.forEach((form, index) => {
    const shared = new Map<number, number>();
    for (const stem of form.stems) {
      const postings = byStem.get(stem) ?? [];
      for (const other of postings) shared.set(other, (shared.get(other) ?? 0) + 1);
      postings.push(index);
      byStem.set(stem, postings);
    }
    // A fragment shares all its stems with the fuller wording, however few: those forms are candidates too.
    const candidates = [...shared].flatMap(([other, count]) =>
      count >= MIN_SHARED || (count > 0 && count >= Math.min(form.stems.size, forms[other]!.stems.size)) ? [other] : [],
    );
    // Forms with the same words and different speakers (one of them unknown) share all their stems, which may be fewer than MIN_SHARED.
    const sameWords = byWording.get(form.wording) ?? [];
    for (const other of sameWords) candidates.push(other);
    sameWords.push(index);
    byWording.set(form.wording, sameWords);
    for (const other of candidates)
      if (sets.find(other) !== sets.find(index) && sameStatement(forms[other]!, form)) sets.join(other, index);
  });
  return [...groupBy(quotes, (_claim, index) => sets.find(formOf[index]!)).values()];
}

/**
 * The verdict on one statement's wordings: `agree` when every source has the same words,
 * `partial` when every other wording is a fragment of one fuller wording (one source quotes
 * part of what another quotes whole), `differ` when the wording varies.
 */
function wordingVerdict(wordings: ReadonlySet<string>): 'agree' | 'partial' | 'differ' {
  if (wordings.size === 1) return 'agree';
  const fullest = [...wordings].filter((wording) => ![...wordings].some((other) => isFragmentOf(wording, other)));
  return fullest.length === 1 ? 'partial' : 'differ';
}

/**
 * Groups quotes that render the same statement, across articles: same speaker (or unknown),
 * and the same words, a fragment of a fuller quotation, or enough shared content words. The
 * verdict is `agree` when every source has the same words, `partial` when the others quote
 * part of one fuller quotation, `differ` when the wording varies, `single-source` alone.
 */
export function compareQuotes(quotes: readonly QuoteClaim[]): ClaimGroup<QuoteClaim>[] {
  const groups = groupQuotes(quotes);
  return groups.map((claims) => {
    const wordings = new Set(claims.map((claim) => quoteWording(claim.quote)));
    // The shortest full name among the speakers: "Lloyd Austin" rather than "Lloyd J. Austin III".
    const speakers = claims.flatMap((claim) => (claim.speaker ? [claim.speaker] : []));
    const speaker =
      [...new Set(speakers)].sort(
        (a, b) => nameKey(b).length - nameKey(a).length || a.length - b.length || a.localeCompare(b, 'en'),
      )[0] ?? mode(speakers);
    const longest = [...claims].sort(
      (a, b) => b.quote.length - a.quote.length || a.quote.localeCompare(b.quote, 'en'),
    )[0]!.quote;
    return {
      kind: 'quote',
      topic: `${speaker ?? 'Unnamed speaker'}: “${clipWords(longest, TOPIC_WORDS)}”`,
      claims,
      verdict: articlesOf(claims).length < 2 ? 'single-source' : wordingVerdict(wordings),
    };
  });
}
