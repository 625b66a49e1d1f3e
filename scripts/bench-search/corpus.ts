/**
 * Corpora for the search benchmark: the shared generator's varied seed articles (paragraphs
 * reordered, numbers scaled, a person renamed), with more variety so that the vocabulary grows
 * with the corpus as real news does: places and officials renamed from generated name pools, one
 * generated paragraph per article, and an outlet per article. The seed names are kept in a share
 * of the articles so that typo queries for them have answers at every size. Articles come in
 * stories of `PER_STORY`, named as the build benchmark names its generated stories.
 */
import { generatedStory, PER_STORY, random, seedTexts, varyArticle } from '../lib/corpus.ts';

const SYLLABLES = [
  'ka',
  'ro',
  'mi',
  'tsu',
  'lan',
  'ber',
  'vo',
  'dre',
  'shi',
  'an',
  'el',
  'or',
  'us',
  'ki',
  'ya',
  'zen',
  'pol',
  'mar',
  'gu',
  'te',
  'no',
  'va',
  'sil',
  'dor',
  'hel',
  'qui',
  'brak',
  'ost',
  'fen',
  'lu',
];
const OUTLETS = [
  'Daily Ledger',
  'Northern Post',
  'The Meridian',
  'Harbor Times',
  'Capital Wire',
  'Evening Standard-Gazette',
  'Pacific Herald',
  'The Courier',
  'Metro Review',
  'World Desk',
];
const PLACES = ['Kursk', 'Pyongyang', 'Moscow', 'Seoul', 'Washington', 'Rome', 'Vladivostok', 'Kyiv'];
const ROLES = [
  'spokesperson for the defence ministry',
  'analyst at the institute',
  'senior diplomat',
  'regional governor',
  'military attaché',
  'member of parliament',
];
const ORGS = ['Institute', 'Council', 'Agency', 'Foundation', 'Ministry', 'Centre'];

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A word made of two to four syllables, the same for the same seed. */
function made(seed: number, min = 2): string {
  const next = random(seed);
  const length = min + Math.floor(next() * 3);
  let word = '';
  for (let i = 0; i < length; i++) word += SYLLABLES[Math.floor(next() * SYLLABLES.length)]!;
  return capitalize(word);
}

/** Names recur across articles as they do in the news: pools grow with the corpus. */
function pooled(next: () => number, size: number, offset: number): string {
  return made(offset + Math.floor(next() * size));
}

/** One benchmark article: a varied seed, renamed, with one generated paragraph. */
export function benchArticle(seeds: readonly string[], index: number, size: number): { text: string; outlet: string } {
  const next = random(index * 7919 + 17);
  // The shared generator renames Austin everywhere; half the articles keep him, so typo queries for him have answers.
  const keepAustin = next() < 0.5;
  const seed = seeds[index % seeds.length]!;
  let text = varyArticle(keepAustin ? seed.replaceAll('Austin', '\u0001').replaceAll('Lloyd', '\u0002') : seed, index);
  if (keepAustin) text = text.replaceAll('\u0001', 'Austin').replaceAll('\u0002', 'Lloyd');
  const pool = Math.max(20, Math.round(size * 1.5));
  if (next() < 0.6) {
    // Rename two of the places and the South Korean minister; keep the rest as written.
    for (const place of PLACES) if (next() < 0.3) text = text.replaceAll(place, pooled(next, pool, 1_000_000));
    const minister = `${pooled(next, pool, 2_000_000)} ${pooled(next, pool, 3_000_000)}-${made(index, 1).toLowerCase()}`;
    text = text.replaceAll('Kim Yong-hyun', minister);
  }
  const person = `${pooled(next, pool, 4_000_000)} ${pooled(next, pool, 5_000_000)}`;
  const place = pooled(next, pool, 1_000_000);
  const org = `${pooled(next, pool, 6_000_000)} ${ORGS[Math.floor(next() * ORGS.length)]}`;
  const role = ROLES[Math.floor(next() * ROLES.length)]!;
  const added = `“We are watching the situation in ${place} very closely,” said ${person}, a ${role} of the ${org}, adding that about ${(100 + Math.floor(next() * 90) * 50).toLocaleString('en-US')} people had left the area since last week.`;
  const lines = text.split('\n');
  lines.splice(Math.min(lines.length, 2 + Math.floor(next() * 4)), 0, added);
  return { text: lines.join('\n'), outlet: OUTLETS[index % OUTLETS.length]! };
}

/** One generated story of the benchmark corpus and its articles. */
export interface BenchStory {
  id: string;
  title: string;
  articles: { id: string; text: string; outlet: string }[];
}

/** `size` benchmark articles, `PER_STORY` to a story (the last may have fewer). */
export function benchCorpus(size: number): BenchStory[] {
  const seeds = seedTexts();
  return Array.from({ length: Math.ceil(size / PER_STORY) }, (_, story) => ({
    ...generatedStory(story),
    articles: Array.from({ length: Math.min(PER_STORY, size - story * PER_STORY) }, (_, n) => {
      const index = story * PER_STORY + n;
      return { id: `gen-${String(index).padStart(6, '0')}`, ...benchArticle(seeds, index, size) };
    }),
  }));
}
