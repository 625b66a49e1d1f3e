import type { FigureClaim, QuantityKind } from '../../lib/schemas.ts';
import { GENERIC_PEOPLE } from '../lexicon/quantity-words.ts';
import { nounLemma } from '../lexicon/noun-kinds.ts';
import { wordSet } from '../lexicon/word-set.ts';
import { figureKey, type FigureKey } from './figure-keys.ts';
import { articlesOf, mode, type ClaimGroup } from './group.ts';

// Kinds whose counted nouns must be the same word to be compared ("generators" are not "tarps",
// "states" not "counties"); people of every sort are compared by their subjects instead.
const SAME_NOUN_KINDS: ReadonlySet<QuantityKind> = new Set(['objects', 'animals', 'places', 'other']);
// Kinds that news counts interchangeably for those affected ("1 million homes", "1.6 million
// customers without power"): compared only when their subjects agree.
const AFFECTED_KINDS: ReadonlySet<QuantityKind> = new Set(['people', 'buildings']);
// Kinds that count things, whose noun says what they are; the others measure in a unit.
const COUNT_KINDS: ReadonlySet<QuantityKind> = new Set([
  'people',
  'deaths',
  'injured',
  'missing',
  'objects',
  'animals',
  'buildings',
  'places',
]);
// Kinds that say what happened to people.
const FATE_KINDS: ReadonlySet<QuantityKind> = new Set(['deaths', 'injured', 'missing']);
// Counted nouns that say only that people are counted ("" when a figure has none: "kills 8").
const GENERIC = wordSet(
  GENERIC_PEOPLE.map((word) => nounLemma(word)),
  [''],
);
// A subject word in more than this share of a kind's figures says nothing about which one it is
// ("North Korean" in every count of troops of a story about them).
const COMMON_SHARE = 0.6;
// With fewer figures of a kind than this, every word counts.
const MIN_FOR_COMMON = 4;
// Two subjects agree when this share of the smaller one's telling words are in the other.
const AGREEMENT = 0.5;
// Figures whose subjects neither agree nor differ are one quantity only within this spread of
// values (10,000 vs 12,000); a wider spread needs subjects that agree (1.9 vs 8.5 million meals).
const MAX_VALUE_RATIO = 1.5;

type Link = 'strong' | 'weak' | null;

interface Cluster {
  keys: FigureKey[];
  min: number;
  max: number;
}

/** The words of each figure that tell it from the other figures of its kind in the story. */
function tellingStems(keys: readonly FigureKey[]): Map<FigureKey, Set<string>> {
  const byKind = Map.groupBy(keys, (key) => key.kind);
  const telling = new Map<FigureKey, Set<string>>();
  for (const group of byKind.values()) {
    const counts = new Map<string, number>();
    for (const key of group) for (const word of key.stems) counts.set(word, (counts.get(word) ?? 0) + 1);
    for (const key of group) {
      const common = (word: string) =>
        group.length >= MIN_FOR_COMMON && (counts.get(word) ?? 0) > COMMON_SHARE * group.length;
      telling.set(key, new Set([...key.stems].filter((word) => !common(word))));
    }
  }
  return telling;
}

/** Whether two sets of names both say something and nothing alike ("in Florida", "in Georgia"). */
const differ = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean =>
  a.size > 0 && b.size > 0 && ![...a].some((name) => b.has(name));

/** Whether two figures cannot be one quantity whatever their words: a different place or body, an addition, a second figure of one report. */
function conflict(a: FigureKey, b: FigureKey): boolean {
  if (a.addition !== b.addition || a.part !== b.part) return true;
  if (differ(a.names.before, b.names.before) || differ(a.names.after, b.names.after)) return true;
  const ends = new Set([a.claim.qualifier, b.claim.qualifier]);
  // Two values of one paragraph from one source are two quantities ("1.6 million now, from a peak
  // of 4.6 million"), unless they are the two ends of a range.
  return (
    a.claim.articleId === b.claim.articleId &&
    a.claim.line === b.claim.line &&
    a.claim.value !== b.claim.value &&
    a.claim.attribution === b.claim.attribution &&
    !(ends.has('min') && ends.has('max'))
  );
}

/** How strongly the subjects of two figures say they count the same thing. */
function link(a: FigureKey, b: FigureKey, telling: Map<FigureKey, Set<string>>): Link {
  const sameKind = a.kind === b.kind;
  if (!sameKind && !(AFFECTED_KINDS.has(a.kind) && AFFECTED_KINDS.has(b.kind))) return null;
  if (sameKind && SAME_NOUN_KINDS.has(a.kind) && (a.head !== b.head || a.head === '')) return null;
  if (a.kind === 'money' && a.claim.unit !== b.claim.unit) return null;
  if (conflict(a, b)) return null;
  const wordsA = telling.get(a)!;
  const wordsB = telling.get(b)!;
  let shared = 0;
  for (const word of wordsA) if (wordsB.has(word)) shared++;
  const smaller = Math.min(wordsA.size, wordsB.size);
  // For a measure, one shared word agrees only when a subject has one telling word; a count's
  // subject says what happened to what is counted ("prisoners released in the exchange").
  const enough = shared >= 2 || smaller === 1 || COUNT_KINDS.has(a.kind);
  if (smaller > 0 && shared / smaller >= AGREEMENT && enough) return 'strong';
  if (!sameKind) return null;
  // The dead, injured or missing of one story are one count unless a place or body tells them
  // apart, whoever the outlet says they were ("8 killed", "nine people killed").
  if (FATE_KINDS.has(a.kind) && (a.head === b.head || GENERIC.has(a.head) || GENERIC.has(b.head))) return 'strong';
  // Beyond agreeing words, only figures of one counted noun: two counts of "generators" that say
  // nothing else are one quantity; two sums of dollars that say nothing else may be. "People"
  // saying different things are not.
  if (a.head !== b.head || a.head === '' || (GENERIC.has(a.head) && smaller > 0)) return null;
  if (wordsA.size === 0 && wordsB.size === 0 && COUNT_KINDS.has(a.kind)) return 'strong';
  // A measure's unit says nothing of what is measured: subjects that say different things
  // ("$4.6 trillion in deficit reduction", "a $4.8 trillion budget") are different sums.
  if (!COUNT_KINDS.has(a.kind) && smaller > 0) return null;
  // Without agreeing words, names that share nothing keep figures apart ("personnel from FEMA",
  // "Urban Search and Rescue personnel").
  return differ(new Set([...a.names.before, ...a.names.after]), new Set([...b.names.before, ...b.names.after]))
    ? null
    : 'weak';
}

/** Whether two clusters may become one: no figure of one conflicts with a figure of the other, nor is another value of its article without a subject that agrees. */
function compatible(a: Cluster, b: Cluster, telling: Map<FigureKey, Set<string>>): boolean {
  return a.keys.every((x) =>
    b.keys.every(
      (y) =>
        !conflict(x, y) &&
        // Two values one source gives in one article are one quantity only when their subjects agree.
        (x.claim.articleId !== y.claim.articleId ||
          x.value === y.value ||
          x.claim.attribution !== y.claim.attribution ||
          link(x, y, telling) === 'strong'),
    ),
  );
}

/**
 * Whether two figures of different texts (an article's and a primary source's) give the same
 * quantity, by the rules that group a story's figures, the pair seen alone: a link of agreeing
 * subjects whatever the values, or a weaker one within the spread of values those rules allow.
 */
export function sameQuantity(a: FigureClaim, b: FigureClaim): boolean {
  const [keyA, keyB] = [figureKey(a), figureKey(b)];
  const telling = new Map([
    [keyA, keyA.stems],
    [keyB, keyB.stems],
  ]);
  const strength = link(keyA, keyB, telling);
  if (strength === null || keyA.value <= 0 || keyB.value <= 0) return false;
  return (
    strength === 'strong' || Math.max(keyA.value, keyB.value) / Math.min(keyA.value, keyB.value) <= MAX_VALUE_RATIO
  );
}

/**
 * Groups the figures of one story that count or measure the same thing: the same kind of
 * quantity (people, money, a distance...), about the same subject whatever words the outlets
 * use. Subjects that agree join figures whatever their values (26 vs 16 prisoners freed is a
 * difference to show); subjects that say nothing against each other join only within a ratio of
 * 1.5; a different place, body or an addition ("another 500") keeps figures apart. The verdict is
 * `agree` when all values are equal, else `differ`.
 */
export function compareFigures(figures: readonly FigureClaim[]): ClaimGroup<FigureClaim>[] {
  const keys = [...figures]
    .sort((a, b) => a.value - b.value || a.id.localeCompare(b.id, 'en'))
    .map((claim) => figureKey(claim));
  const telling = tellingStems(keys);
  const clusterOf = new Map<FigureKey, Cluster>(
    keys.map((key) => [key, { keys: [key], min: key.value, max: key.value }]),
  );
  const pairs: { a: FigureKey; b: FigureKey; strength: Link; closeness: number }[] = [];
  for (let i = 0; i < keys.length; i++)
    for (let j = i + 1; j < keys.length; j++) {
      const [a, b] = [keys[i]!, keys[j]!];
      const strength = link(a, b, telling);
      if (strength === null || a.value <= 0 || b.value <= 0) continue;
      // Within one article, two values whose subjects do not agree are two quantities.
      if (strength === 'weak' && a.claim.articleId === b.claim.articleId && a.value !== b.value) continue;
      const closeness = Math.min(a.value, b.value) / Math.max(a.value, b.value) + (a.head === b.head ? 1 : 0);
      pairs.push({ a, b, strength, closeness });
    }
  // Agreeing subjects first, then the closest values among the rest, so that each figure joins
  // the quantity it is likeliest to be.
  pairs.sort((x, y) => Number(y.strength === 'strong') - Number(x.strength === 'strong') || y.closeness - x.closeness);
  for (const { a, b, strength } of pairs) {
    const [ca, cb] = [clusterOf.get(a)!, clusterOf.get(b)!];
    if (ca === cb || !compatible(ca, cb, telling)) continue;
    const min = Math.min(ca.min, cb.min);
    const max = Math.max(ca.max, cb.max);
    if (strength === 'weak' && max / min > MAX_VALUE_RATIO) continue;
    const merged: Cluster = { keys: [...ca.keys, ...cb.keys], min, max };
    for (const key of merged.keys) clusterOf.set(key, merged);
  }
  const clusters = [...new Set(clusterOf.values())].sort((x, y) => keys.indexOf(x.keys[0]!) - keys.indexOf(y.keys[0]!));
  return clusters.map(({ keys: members }) => {
    const claims = members.map((key) => key.claim).sort((a, b) => a.value - b.value || a.id.localeCompare(b.id, 'en'));
    return {
      kind: 'figure',
      topic:
        mode(claims.flatMap((claim) => (claim.subject ? [claim.subject] : []))) ??
        claims[0]!.unit ??
        'Unlabelled figure',
      claims,
      verdict:
        articlesOf(claims).length < 2
          ? 'single-source'
          : new Set(claims.map((claim) => claim.value)).size === 1
            ? 'agree'
            : 'differ',
    };
  });
}
