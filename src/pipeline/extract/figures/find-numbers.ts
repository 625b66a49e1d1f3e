/**
 * Finds the numbers of a sentence that count or measure something, and leaves out those that
 * do not: dates and years, ordinals, times, model names ("G-7", "F-16"), "one of", durations.
 */
import { MONTH_ABBREVIATIONS, MONTHS } from '../../lexicon/time-words.ts';
import { NUMBER_WORDS_SOURCE, SCALES, parseNumberWords, parseNumeral } from './parse-number.ts';
import { CURRENCY_SIGNS, TIME_UNITS, measureUnit } from './units.ts';

/** A number written in a sentence, before its qualifier and counted noun are read. */
export interface NumberMention {
  /** Offsets in the line of the number, with its currency sign and scale word ("$1.5 billion"). */
  start: number;
  end: number;
  value: number;
  /** Digits ("10,000") or words ("five", "a dozen"). */
  form: 'digits' | 'words';
  /** A unit read from the number's own writing: "$", "%", "50km", "10 percent", or null. */
  unit: string | null;
  /** Where the unit ends when it was read (else `end`): "50km (30 miles)" ends after the bracket. */
  unitEnd: number;
  /** For compounds like "10,000-strong" or "five-member": the word after the hyphen, lower-case. */
  compound: string | null;
}

// Month names and their abbreviations, longest first: "September", "Sept", "Sep".
const MONTH_NAMES = [...MONTHS, ...MONTH_ABBREVIATIONS].sort((a, b) => b.length - a.length).join('|');
// Digits not glued to a word ("G-7", "F16", "COVID-19"), a slash or a decimal point.
const DIGITS = String.raw`(?<![\p{L}\p{N}_/@.,:$€£¥₩₽₴]|\p{L}[-‐–])(?<currency>US\$|[$€£¥₩₽₴])?(?<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d,]\d)`;
const WORDS = String.raw`(?<![\p{L}-])(?<words>(?:an?\s+(?=(?:dozen|hundred|thousand|million|billion)\b))?(?:${NUMBER_WORDS_SOURCE})(?:(?:[\s-]|\s+and\s+)(?:${NUMBER_WORDS_SOURCE}))*)(?![\p{L}])`;
const NUMBER = new RegExp(`${DIGITS}|${WORDS}`, 'giu');

const SCALE_AFTER = new RegExp(`^[\\s\\u00a0]?(${Object.keys(SCALES).join('|')})(?![\\p{L}])`, 'iu');
// A stray full stop before a lower-case scale word, as published: "over 7.1. million meals".
const STRAY_STOP_SCALE = new RegExp(`^\\.[\\s\\u00a0](${Object.keys(SCALES).join('|')})(?![\\p{L}])`, 'u');
const SHORT_SCALE_AFTER_MONEY = /^(m|k|b)(?![\p{L}])/iu;
const ORDINAL_AFTER = /^(?:st|nd|rd|th)(?![\p{L}])/iu;
const TIME_AFTER = /^(?::\d|\.\d\d\s?[ap]\.?m\b|\s?[ap]\.?m\.?(?![\p{L}])|\s?o['’]clock)/iu;
const SLASH_AFTER = /^\/\d/u;
const LETTERS_AFTER = /^[\p{L}%][\p{L}\d/²]*/u;
const WORD_UNIT_AFTER =
  /^[\s\u00a0]?(per cent|percent|square (?:kilomet(?:er|re)s?|miles?)|sq\.? (?:km|mi)|nautical miles?|[\p{L}%]+)/iu;
const HYPHEN_WORD_AFTER = /^[-‐]([\p{L}]+)(?:[-‐]([\p{L}]+))?/u;
const MONTH_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${MONTH_NAMES})\\.?\\s+$`, 'iu');
const MONTH_AFTER = new RegExp(`^\\s+(?:of\\s+)?(?:${MONTH_NAMES})(?![\\p{L}])`, 'iu');
const YEAR_CONTEXT_BEFORE =
  /(?:^|[^\p{L}])(?:in|since|by|from|until|till|of|before|after|during|early|late|mid|the|this|last|next|between|circa|c\.)\s+$/iu;
const ID_WORD_BEFORE =
  /(?:^|[^\p{L}])(?:article|section|resolution|flight|route|chapter|clause|paragraph|room|gate|highway|phase|round|stage|brigade|division|battalion|regiment|squadron|item|page|vol\.?|volume|part|sector|district|block|track|channel|episode|season|version|model|type|class|grade|category|no\.|nos\.|number|level|code|line|platform|terminal|building|floor|tier|act|title|rule|protocol|amendment)\s+$/iu;
// "sent Leopard 2 tanks", "a Boeing 737": a small number right after a name inside a sentence is
// part of the name; not after a verb that takes two objects ("gave Ukraine 31 tanks").
const NAME_BEFORE = /(?:(?:^|[^\p{L}])(\p{Ll}+)\s+|[,;:(]\s*)\p{Lu}[\p{L}-]*\s+$/u;
const TWO_OBJECT_VERBS = new Set(
  'gave give gives giving sent send sends sending offered offers provided provides promised promises sold sells supplied supplies handed hands granted grants delivered delivers lent lends shipped ships told tells showed shows cost costs owes owed'.split(
    ' ',
  ),
);
const TALLY_AFTER = /^(?:[-–]\d|\s+(?:in|out of)\s+(?:\d|ten\b|five\b|three\b|four\b))/iu;
const TALLY_BEFORE = /(?:\d[-–]|\d\s+(?:in|out of)\s+)$/iu;
const DEFINITE_BEFORE =
  /(?:^|[^\p{L}])(?:the|these|those|both|all|its|their|his|her|our|my|your|each|every|first|last|next|other)\s+$/iu;
const ONE_FOLLOWERS =
  /^[\s-]+(?:soldier|troop|person|civilian|man|woman|child|officer|fighter|member|worker|(?:kilomet(?:er|re)|km|mile|meter|metre|percent|per cent|dollar|euro|ton|tonne)\b)/iu;
const CONVERSION_AFTER =
  /^\s*\((?:about|around|some|roughly|approximately|nearly|almost|more than|over|up to)?\s*(?:US\$|[$€£])?\d[\d,.]*\s?[\p{L}%][\p{L}.\s]{0,20}\)/iu;

// Words before a number of hours, days or years that make it a duration claimed, not a date.
const DURATION_BEFORE =
  /(?:^|[^\p{L}])(?:less than|more than|fewer than|up to|at least|at most|within|sentenced to|jailed for|imprisoned for|detained for|held for|term of|sentence of|sentences of|served|serving|spent|nearly|almost|about|around|some|roughly|approximately|a further|another|an additional|extended by|extension of|ban of|for up to|for more than|for nearly|for almost|for about|for over)\s+$/iu;
// Words after it that do the same: "nine years in prison", "16 years behind bars".
const DURATION_AFTER = /^\s+(?:in|behind)\s+(?:prison|jail|custody|detention|captivity|bars)\b/iu;

/** A unit of time as a figure's unit, plural: "day" -> "days". */
const timeUnit = (word: string): string => (word.endsWith('s') ? word : word === 'century' ? 'centuries' : `${word}s`);

/** Whether a digits-only number reads as a year: "2022", "in 1953" (not "1,500" or "1500 troops"). */
function isYear(text: string, value: number, before: string, after: string): boolean {
  if (!/^\d{4}$/u.test(text) || value < 1000 || value > 2100) return false;
  if (YEAR_CONTEXT_BEFORE.test(before)) return true;
  // "1500 troops" is a count; "2024 election" and a lone "2024" are years.
  const next = /^\s+([\p{L}]+)/u.exec(after)?.[1] ?? '';
  return !/^[a-z]+s$/u.test(next) || TIME_UNITS.has(next);
}

/**
 * Reads a unit written with the number: a currency sign, an attached or following unit of
 * measure ("50km", "10 percent"), and a bracketed conversion after it ("50km (30 miles)").
 */
function readUnit(line: string, end: number, currency: string | null): { unit: string | null; unitEnd: number } | null {
  const after = line.slice(end);
  if (currency !== null) return { unit: CURRENCY_SIGNS.get(currency) ?? 'dollars', unitEnd: end };
  const attached = LETTERS_AFTER.exec(after)?.[0];
  if (attached !== undefined) {
    // "5G", "3D": one capital letter glued to digits is a name, not grams or litres.
    if (/^\p{Lu}$/u.test(attached)) return null;
    const unit = measureUnit(attached);
    // Letters glued to digits that are no unit make a name or a code ("5G", "3D", "T90").
    if (unit === null) return null;
    return withConversion(line, unit, end + attached.length);
  }
  const word = WORD_UNIT_AFTER.exec(after);
  if (word) {
    const unit = measureUnit(word[1]!);
    // "1 m" is too ambiguous to read as metres without the digits glued to it.
    if (unit !== null && (word[1]!.length > 1 || unit === '%')) return withConversion(line, unit, end + word[0].length);
  }
  return { unit: null, unitEnd: end };
}

function withConversion(line: string, unit: string, unitEnd: number): { unit: string; unitEnd: number } {
  const conversion = CONVERSION_AFTER.exec(line.slice(unitEnd));
  return { unit, unitEnd: conversion ? unitEnd + conversion[0].length : unitEnd };
}

const NUMBER_WORD_SET: ReadonlySet<string> = new Set(NUMBER_WORDS_SOURCE.split('|'));

/** Whether a sentence's words could hold a number at all: a cheap test before the full scan. */
export function mayHoldNumber(words: readonly { lower: string; kind: string }[]): boolean {
  return words.some((word) => {
    if (word.kind !== 'word') return word.kind === 'number';
    const hyphen = word.lower.indexOf('-');
    return NUMBER_WORD_SET.has(hyphen < 0 ? word.lower : word.lower.slice(0, hyphen));
  });
}

/** Every number in `line.slice(from, to)` that counts or measures something, in order. */
export function findNumbers(line: string, from: number, to: number): NumberMention[] {
  const mentions: NumberMention[] = [];
  const text = line.slice(0, to);
  NUMBER.lastIndex = from;
  for (let match = NUMBER.exec(text); match !== null; match = NUMBER.exec(text)) {
    const { mention, resume } = readMention(line, match, from);
    // Resume after the words actually read ("five and six" reads "five", then "six"), and
    // after a conversion ("(30 miles)"), whose numbers belong to the figure before them.
    NUMBER.lastIndex = Math.max(resume, mention?.unitEnd ?? 0);
    if (mention !== null) mentions.push(mention);
  }
  return mentions;
}

function readMention(
  line: string,
  match: RegExpExecArray,
  from: number,
): { mention: NumberMention | null; resume: number } {
  const digitsEnd = match.index + match[0].length;
  if (match.groups?.digits !== undefined) return { mention: readDigits(line, match, from), resume: digitsEnd };
  const written = match.groups?.words ?? '';
  const parsed = parseNumberWords(written.toLowerCase().split(/[\s-]+/u));
  if (parsed === null) return { mention: null, resume: digitsEnd };
  // Rebuild the end from the words actually used ("two and three" reads "two").
  const end = match.index + usedLength(written, parsed.used);
  return { mention: readWords(line, match.index, end, written, parsed.value, from), resume: end };
}

function readDigits(line: string, match: RegExpExecArray, from: number): NumberMention | null {
  const start = match.index;
  const digits = match.groups?.digits ?? '';
  const currency = match.groups?.currency ?? null;
  const before = line.slice(Math.max(from, start - 40), start);
  let value = parseNumeral(digits);
  if (value === null) return null;
  let end = start + match[0].length;
  const after = line.slice(end);
  if (ORDINAL_AFTER.test(after) || TIME_AFTER.test(after) || SLASH_AFTER.test(after)) return null;
  if (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after) || ID_WORD_BEFORE.test(before)) return null;
  const name = NAME_BEFORE.exec(before);
  if (
    name &&
    currency === null &&
    !digits.includes(',') &&
    Number(digits) < 1000 &&
    !TWO_OBJECT_VERBS.has(name[1] ?? '')
  )
    return null;
  // Scores and tallies ("voted 12-3") and ratios ("4 in 10") are not counts of anything.
  if (TALLY_AFTER.test(after) || TALLY_BEFORE.test(before)) return null;
  const scale =
    SCALE_AFTER.exec(after) ??
    (digits.includes('.') ? STRAY_STOP_SCALE.exec(after) : null) ??
    (currency !== null ? SHORT_SCALE_AFTER_MONEY.exec(after) : null);
  if (scale) {
    const word = scale[1]!.toLowerCase();
    value *= SCALES[word] ?? (word === 'm' ? 1e6 : word === 'k' ? 1e3 : 1e9);
    end += scale[0].length;
  } else if (currency === null && isYear(digits, value, before, after)) return null;
  return finish(line, start, end, value, 'digits', currency, before);
}

function readWords(
  line: string,
  start: number,
  end: number,
  written: string,
  value: number,
  from: number,
): NumberMention | null {
  const before = line.slice(Math.max(from, start - 40), start);
  const after = line.slice(end);
  // Capitalized number words inside a sentence are names ("Group of Seven", "Five Eyes").
  const atSentenceStart = /^[\s"“‘'(]*$/u.test(line.slice(from, start));
  if (/^\p{Lu}/u.test(written) && !atSentenceStart) return null;
  // "one" is a pronoun or an article far more often than a count: keep it only before a counted noun.
  if (value === 1 && !ONE_FOLLOWERS.test(after)) return null;
  // "the two leaders", "both ...": a reference back, not a count.
  if (value < 100 && DEFINITE_BEFORE.test(before)) return null;
  if (MONTH_AFTER.test(after)) return null;
  return finish(line, start, end, value, 'words', null, before);
}

function usedLength(written: string, usedWords: number): number {
  const parts = [...written.matchAll(/[\p{L}]+/gu)];
  const last = parts[usedWords - 1];
  return last === undefined ? written.length : last.index + last[0].length;
}

function finish(
  line: string,
  start: number,
  end: number,
  value: number,
  form: 'digits' | 'words',
  currency: string | null,
  before: string,
): NumberMention | null {
  const after = line.slice(end);
  const hyphen = HYPHEN_WORD_AFTER.exec(after);
  if (hyphen) {
    const word = hyphen[1]!.toLowerCase();
    // "a 90-day moratorium", "a 14-day period": a duration that is a claim; "10-year-old": an age.
    if (TIME_UNITS.has(word)) {
      if (hyphen[2]?.toLowerCase() === 'old')
        return { start, end, value, form, unit: 'years old', unitEnd: end + hyphen[0].length, compound: null };
      return { start, end, value, form, unit: timeUnit(word), unitEnd: end + 1 + word.length, compound: null };
    }
    // "two-thirds", "one-on-one": fractions and idioms.
    if (/^(?:thirds?|quarters?|halves|half|fifths?|tenths?|on|off|time|way|sided|party|state|child)$/u.test(word))
      return null;
    const unit = measureUnit(word);
    if (unit !== null) return { start, end, value, form, unit, unitEnd: end + hyphen[0].length, compound: null };
    return {
      start,
      end,
      value,
      form,
      unit: null,
      unitEnd: end + (hyphen[2] === undefined ? hyphen[0].length : hyphen[1]!.length + 1),
      compound: word,
    };
  }
  const unit = readUnit(line, end, currency);
  if (unit === null) return null;
  // "40 years", "three days": durations are not figures for comparison; "25 years old" is an age.
  const timeWord = /^\s+([\p{L}]+)(\s+old\b)?/u.exec(after);
  if (unit.unit === null && timeWord && TIME_UNITS.has(timeWord[1]!.toLowerCase())) {
    if (timeWord[2] !== undefined)
      return { start, end, value, form, unit: 'years old', unitEnd: end + timeWord[0].length, compound: null };
    // "40 years", "three days ago" say when; "sentenced to 16 years", "in less than 24 hours",
    // "nine years in prison" are durations that are claims.
    const claimed = DURATION_BEFORE.test(before) || DURATION_AFTER.test(after.slice(timeWord[0].length));
    if (!claimed) return null;
    const unitWord = timeWord[1]!.toLowerCase();
    return { start, end, value, form, unit: timeUnit(unitWord), unitEnd: end + timeWord[0].length, compound: null };
  }
  return { start, end, value, form, unit: unit.unit, unitEnd: unit.unitEnd, compound: null };
}
