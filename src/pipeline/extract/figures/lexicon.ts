/**
 * The word sets the figure rules look words up in, made from the lists of `../../lexicon/`
 * (where every list is defined once, with where it comes from).
 */
import {
  AUXILIARIES as AUXILIARY_LIST,
  CONJUNCTIONS as CONJUNCTION_LIST,
  DETERMINERS as DETERMINER_LIST,
  HEDGE_ADVERBS,
  IRREGULAR_PLURALS as IRREGULAR_PLURAL_LIST,
  NOT_ADVERBS as NOT_ADVERB_LIST,
  PLACE_PREPOSITIONS as PLACE_PREPOSITION_LIST,
  PREPOSITIONS as PREPOSITION_LIST,
  SUBJECT_PRONOUNS,
} from '../../lexicon/grammar-words.ts';
import { HEDGE_VERBS } from '../../lexicon/hedges.ts';
import {
  AGENT_NOUNS as AGENT_NOUN_LIST,
  MILITARY_NOUNS as MILITARY_NOUN_LIST,
  NOT_SOURCE_NOUNS,
  PERSON_NOUNS as PERSON_NOUN_LIST,
} from '../../lexicon/person-nouns.ts';
import { MONTHS, RELATIVE_DAYS, SEASONS, TIME_NOUNS, WEEKDAYS } from '../../lexicon/time-words.ts';
import { wordSet } from '../../lexicon/word-set.ts';

/** Prepositions. */
export const PREPOSITIONS = wordSet(PREPOSITION_LIST);

/** Prepositions that say where or whither: the ones a subject keeps ("in Russia", "toward combat zones"). */
export const PLACE_PREPOSITIONS = wordSet(PLACE_PREPOSITION_LIST);

/** Determiners and pronouns. */
export const DETERMINERS = wordSet(DETERMINER_LIST);

/** Subject pronouns that can stand for a source ("he said"). */
export const PRONOUNS = wordSet(SUBJECT_PRONOUNS);

/** Forms of be, have and do, and modal verbs. */
export const AUXILIARIES = wordSet(AUXILIARY_LIST);

/** Conjunctions and clause openers. */
export const CONJUNCTIONS = wordSet(CONJUNCTION_LIST);

/** Adverbs that hedge or time a statement; steps over them keep the phrase readable. */
export const ADVERBS = wordSet(HEDGE_ADVERBS);

/** Words after which a noun phrase or clause is over. */
export const PHRASE_STOPS = wordSet(PREPOSITION_LIST, DETERMINER_LIST, AUXILIARY_LIST, CONJUNCTION_LIST);

const NOT_ADVERBS = wordSet(NOT_ADVERB_LIST);

/** Whether a lower-case word is an adverb to step over ("reportedly", "now"). */
export const isAdverb = (lower: string): boolean =>
  ADVERBS.has(lower) || (/^[a-z]{4,}ly$/u.test(lower) && !NOT_ADVERBS.has(lower));

/** Words of a hedge between a noun and its verb: "are believed to have (moved)". */
export const HEDGES = wordSet(AUXILIARY_LIST, HEDGE_ADVERBS, ['to', 'not'], HEDGE_VERBS);

/** Nouns for people who can be counted: "troops", "service members", "civilians". */
export const PERSON_NOUNS = wordSet(PERSON_NOUN_LIST);

/** People in arms: a bare "3,000 forces" takes the nationality of the troops mentioned just before. */
export const MILITARY_NOUNS = wordSet(MILITARY_NOUN_LIST);

/** Words that name a time: a phrase like "on Tuesday" or "by March" says when, not where. */
export const TIME_NAMES = wordSet(WEEKDAYS, MONTHS, RELATIVE_DAYS, TIME_NOUNS, SEASONS);

/** Plurals that do not end in s. */
export const IRREGULAR_PLURALS = wordSet(IRREGULAR_PLURAL_LIST);

/** Nouns for sources that can say things: officials, ministries, analysts. */
export const AGENT_NOUNS = wordSet(AGENT_NOUN_LIST);

/** Things that are not sources even when a verb of saying follows them ("evidence suggests"). */
export const INANIMATE_SUBJECTS = wordSet(NOT_SOURCE_NOUNS);

/** Whether a word looks plural ("troops", "containers", "people"). */
export function isPluralWord(lower: string): boolean {
  if (IRREGULAR_PLURALS.has(lower)) return true;
  // "guardsmen", "servicemen", "firemen".
  if (/^[a-z]{2,}men$/u.test(lower)) return true;
  return /^[a-z][a-z'-]*[a-z]s$/u.test(lower) && !/(?:ss|us|is|ous)$/u.test(lower) && lower.length > 3;
}
