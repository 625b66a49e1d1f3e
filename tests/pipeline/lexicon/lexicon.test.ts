import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import * as abbreviations from '../../../src/pipeline/lexicon/abbreviations.ts';
import * as grammarWords from '../../../src/pipeline/lexicon/grammar-words.ts';
import * as hedges from '../../../src/pipeline/lexicon/hedges.ts';
import * as numberWords from '../../../src/pipeline/lexicon/number-words.ts';
import * as organisationWords from '../../../src/pipeline/lexicon/organisation-words.ts';
import * as personNouns from '../../../src/pipeline/lexicon/person-nouns.ts';
import * as placeWords from '../../../src/pipeline/lexicon/place-words.ts';
import * as speechVerbs from '../../../src/pipeline/lexicon/speech-verbs.ts';
import * as timeWords from '../../../src/pipeline/lexicon/time-words.ts';
import * as titles from '../../../src/pipeline/lexicon/titles.ts';

const modules = {
  abbreviations,
  grammarWords,
  hedges,
  numberWords,
  organisationWords,
  personNouns,
  placeWords,
  speechVerbs,
  timeWords,
  titles,
};

/** Every exported list of words, by "module.NAME". */
const wordLists = Object.entries(modules).flatMap(([module, exports]) =>
  Object.entries(exports).flatMap(([name, value]): [string, string[]][] =>
    Array.isArray(value) && value.every((item) => typeof item === 'string') ? [[`${module}.${name}`, value]] : [],
  ),
);
/** Every exported list of [phrase, meaning] pairs. */
const phraseLists = Object.entries(modules).flatMap(([module, exports]) =>
  Object.entries(exports).flatMap(([name, value]): [string, string[]][] =>
    Array.isArray(value) && value.every((item) => Array.isArray(item))
      ? [[`${module}.${name}`, value.map((item: readonly string[]) => item[0]!)]]
      : [],
  ),
);

// One lower-case word: letters, with inner hyphens, apostrophes or full stops ("secretary-general", "n't", "sen.").
const WORD = /^['\p{Ll}][\p{Ll}.'-]*$/u;
// A phrase: such words, one space apart ("as many as").
const PHRASE = /^['\p{Ll}~.][\p{Ll}.']*(?: [\p{Ll}.']+)*$/u;

const duplicates = (list: readonly string[]) => list.filter((item, index) => list.indexOf(item) !== index);

describe('the lexicon', () => {
  test('has word lists to check', () => {
    expect(wordLists.length).toBeGreaterThan(30);
    expect(phraseLists.length).toBeGreaterThan(2);
  });

  test.each(wordLists)('%s holds single lower-case words, none empty, none glued to another, none twice', (_, list) => {
    expect(list.length).toBeGreaterThan(0);
    expect(list.filter((word) => !WORD.test(word))).toEqual([]);
    expect(duplicates(list)).toEqual([]);
  });

  test.each(phraseLists)('%s holds lower-case phrases one space apart, none twice', (_, list) => {
    expect(list.filter((phrase) => !PHRASE.test(phrase))).toEqual([]);
    expect(duplicates(list)).toEqual([]);
  });

  test('number words map lower-case words to numbers', () => {
    for (const record of [numberWords.NUMBER_WORD_VALUES, numberWords.TENS_VALUES, numberWords.SCALE_VALUES])
      for (const [word, value] of Object.entries(record)) {
        expect(word).toMatch(/^\p{Ll}+$/u);
        expect(Number.isFinite(value)).toBe(true);
      }
  });

  test('keeps the words that a list built by splitting on single spaces used to lose', () => {
    expect(grammarWords.CLAUSE_OPENERS).toEqual(expect.arrayContaining(['however', 'whether']));
    expect(timeWords.MONTHS).toEqual(expect.arrayContaining(['september', 'october']));
  });

  test('holds no name, place or figure of the labelled stories: lists are general English', () => {
    const gold = new URL('../../fixtures/gold/', import.meta.url);
    const story = new Set<string>();
    const roles = new Set([...titles.TITLES, ...personNouns.SPEAKER_ROLE_NOUNS, ...personNouns.AGENT_NOUNS]);
    for (const file of readdirSync(gold).filter((name) => name.endsWith('.json'))) {
      const labels = JSON.parse(readFileSync(new URL(file, gold), 'utf8')) as {
        articles: Record<
          string,
          { places?: string[]; quotes?: { speaker: string }[]; figures?: { attribution?: string[] | null }[] }
        >;
      };
      for (const article of Object.values(labels.articles)) {
        for (const place of article.places ?? []) story.add(place);
        for (const quote of article.quotes ?? []) story.add(quote.speaker);
        // Attributions name people and places, and also roles ("official"), which lists may hold.
        for (const figure of article.figures ?? [])
          for (const key of figure.attribution ?? []) if (!roles.has(key)) story.add(key);
      }
    }
    const found = wordLists.flatMap(([name, list]) =>
      list.filter((word) => story.has(word)).map((word) => `${name}: ${word}`),
    );
    expect(found).toEqual([]);
    expect(wordLists.flatMap(([, list]) => list.filter((word) => /\d/u.test(word)))).toEqual([]);
  });
});
