/**
 * The small word lists behind name finding: titles that introduce a name, honorifics, words
 * that make up a role, and capitalised words that are never part of a person's name.
 * The lists themselves are in `../../lexicon/`; FUNCTION_WORDS is the name rules' own.
 */
import { ORGANISATION_WORDS } from '../../lexicon/organisation-words.ts';
import { MONTHS, WEEKDAYS } from '../../lexicon/time-words.ts';
import {
  COURTESY_TITLES,
  NAME_HONORIFICS as NAME_HONORIFIC_LIST,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  ROLE_WORDS as ROLE_WORD_LIST,
  TITLES as TITLE_LIST,
} from '../../lexicon/titles.ts';
import { wordSet } from '../../lexicon/word-set.ts';

const words = (list: string) => new Set(list.split(/\s+/u).filter(Boolean));

/** Role head words that can stand right before a name: "Minister Kim", "President Putin". */
export const TITLES = wordSet(TITLE_LIST);

/** Honorifics that stay part of the name as written ("Dr. Emily Carter", "Pope Francis"). */
export const NAME_HONORIFICS = wordSet(NAME_HONORIFIC_LIST);

/** Courtesy titles left out of a name ("Mr. Kim" is "Kim"). */
export const COURTESY = wordSet(COURTESY_TITLES);

/** Words that qualify a role: "Defense Minister", "Secretary of State", "Prime Minister". */
export const ROLE_WORDS = wordSet(ROLE_WORD_LIST);

/** Capitalised words that name places, organisations or times, never a person's name ("May" can be one). */
export const NOT_NAME_WORDS = wordSet(
  WEEKDAYS,
  MONTHS.filter((month) => month !== 'may'),
  ORGANISATION_WORDS,
);

/** Name suffixes that belong to a name: "Lloyd J. Austin III". */
export const SUFFIXES = wordSet(NAME_SUFFIXES);

/** Mid-name particles written in lower case: "Bashar al-Assad", "Ursula von der Leyen". */
export const PARTICLES = wordSet(NAME_PARTICLES);

/** Capitalised words that start sentences or clauses and are never a name. */
export const FUNCTION_WORDS = words(`
  the a an this that these those then but and or nor so yet however meanwhile when while where why
  how what who whom whose which if as after before also in on at for from with without by of to
  into onto over under both neither either earlier later last next today yesterday tomorrow it its
  he she they we i you his her their our my your him them asked speaking according although
  though despite since until because during among between against already still even only just
  not no yes now here there some many most all any each every such several other another more less
  much few once again instead thus therefore indeed perhaps maybe interview add comment read
  share watch listen follow see said says about above below around near via per than up down out
  off amid amidst toward towards upon whether unless except do does did is are was were be been
  being has have had can could will would shall should may might must let please thank thanks
  welcome absolutely well okay ok oh given additionally historically following including like unlike
`);

const fold = (word: string) => {
  const lower = word.toLowerCase();
  return lower.includes('’') ? lower.replaceAll('’', "'") : lower;
};

/** Whether a word is one of a list, ignoring case. */
export function inList(list: ReadonlySet<string>, word: string): boolean {
  return list.has(fold(word));
}

/** Bit flags for the lists a word belongs to, as returned by `wordClasses`. */
export const WordClass = {
  title: 1,
  honorific: 2,
  courtesy: 4,
  role: 8,
  function: 16,
  notName: 32,
  suffix: 64,
  particle: 128,
} as const;

const CLASS_LISTS: [ReadonlySet<string>, number][] = [
  [TITLES, WordClass.title],
  [NAME_HONORIFICS, WordClass.honorific],
  [COURTESY, WordClass.courtesy],
  [ROLE_WORDS, WordClass.role],
  [FUNCTION_WORDS, WordClass.function],
  [NOT_NAME_WORDS, WordClass.notName],
  [SUFFIXES, WordClass.suffix],
  [PARTICLES, WordClass.particle],
];
const classCache = new Map<string, number>();

/** Every list a word belongs to, as `WordClass` bits, ignoring case (cached: articles repeat their words). */
export function wordClasses(word: string): number {
  let classes = classCache.get(word);
  if (classes === undefined) {
    const folded = fold(word);
    classes = 0;
    for (const [list, bit] of CLASS_LISTS) if (list.has(folded)) classes |= bit;
    // "Ministries", "Agencies": the plural of an organisation's word is one too.
    if (folded.endsWith('ies') && NOT_NAME_WORDS.has(`${folded.slice(0, -3)}y`)) classes |= WordClass.notName;
    if (classCache.size > 100_000) classCache.clear();
    classCache.set(word, classes);
  }
  return classes;
}

/** Whether a word looks like an acronym or an initialism: "US", "U.S.", "UN", "DPRK". */
export function isAcronym(word: string): boolean {
  return /^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,}$/u.test(word);
}
