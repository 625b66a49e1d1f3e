/**
 * Verbs that attribute words to someone ("said", "told", "warned", "according to"), the
 * participles that continue an attribution (", adding that"), and the nouns that can stand for
 * a speaker ("the secretary said", "a senior official said", "the ministry said", "the
 * statement added"), as sets and a pattern made from the lists of `../../lexicon/`.
 */
import {
  GENERIC_LEADER_NOUNS,
  SPEAKER_BODY_NOUNS,
  SPEAKER_PERSON_NOUNS,
  SPEAKER_ROLE_NOUNS,
  STATEMENT_NOUNS,
} from '../../lexicon/person-nouns.ts';
import { SPEECH_PARTICIPLES as PARTICIPLES, SPEECH_VERBS as FINITE } from '../../lexicon/speech-verbs.ts';
import { wordSet } from '../../lexicon/word-set.ts';

/** Finite speech verbs, as a set of lower-case words. */
export const SPEECH_VERBS = wordSet(FINITE);

/** Participles that attribute to the subject of the sentence they continue. */
export const SPEECH_PARTICIPLES = wordSet(PARTICIPLES);

/** Every attributing verb or phrase in a text, lower case only ("Said" starting a headline is not one). */
export const SPEECH_VERB_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(?:[Aa]ccording to|${[...FINITE, ...PARTICIPLES].join('|')})(?![\\p{L}\\p{N}'’-])`,
  'gu',
);

/** Bodies that speak as one: "the ministry", "the junta". */
export const BODY_NOUNS = wordSet(SPEAKER_BODY_NOUNS);

/** Documents that speak for whoever issued them: "the statement". */
export const DOCUMENT_NOUNS = wordSet(STATEMENT_NOUNS);

/** Nouns that refer back to the leader being reported on: "the American leader". */
export const GENERIC_NOUNS = wordSet(GENERIC_LEADER_NOUNS);

/** Nouns that can name a speaker by role or description: "the secretary", "a US official", "the woman", "the ministry". */
export const ROLE_NOUNS = wordSet(SPEAKER_ROLE_NOUNS, SPEAKER_PERSON_NOUNS, SPEAKER_BODY_NOUNS, STATEMENT_NOUNS);

/** The singular of a role noun as written ("officials" -> "official"), or null when it is not one. */
export function roleNoun(word: string): string | null {
  const lower = word.toLowerCase();
  if (ROLE_NOUNS.has(lower)) return lower;
  if (lower.endsWith('s') && ROLE_NOUNS.has(lower.slice(0, -1))) return lower.slice(0, -1);
  if (lower.endsWith('ies') && ROLE_NOUNS.has(`${lower.slice(0, -3)}y`)) return `${lower.slice(0, -3)}y`;
  if (lower.endsWith('men') && ROLE_NOUNS.has(`${lower.slice(0, -3)}man`)) return `${lower.slice(0, -3)}man`;
  return null;
}
