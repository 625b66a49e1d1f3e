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
  /** The low or high end of a range ("1,000-5,000", "20 to 100"). */
  range?: 'low' | 'high';
}

// Month names and their abbreviations, longest first: "September", "Sept", "Sep".
const MONTH_NAMES = [...MONTHS, ...MONTH_ABBREVIATIONS].sort((a, b) => b.length - a.length).join('|');
// Digits not glued to a word ("G-7", "F16", "COVID-19"), a slash or a decimal point.
// A minus sign not glued to a word or number ("-9.2", "<-30"); a currency sign or code before the
// digits ("$", "HK$", "A$", "USD 200", "EUR125").
const DIGITS = String.raw`(?<![\p{L}\p{N}_/@.,:$€£¥₩₽₴₹]|\p{L}[-‐–])(?<sign>[-−](?=(?:[$€£]|[A-Z]{1,2}\$)?\d))?(?<currency>(?:(?:[A-Z]{1,2}|US|NZ|AU|CA|NT)\$|[$€£¥₩₽₴₹]|USD|EUR|GBP|JPY|CNY|RMB|INR|CHF|AUD|CAD|NZD|HKD)\s?)?(?<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?: \d{3})+(?![\d,])(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+|[½¼¾⅓⅔⅛⅜⅝⅞])(?![\d,]\d)`;
const WORDS = String.raw`(?<![\p{L}-])(?<words>(?:an?\s+(?=(?:${NUMBER_WORDS_SOURCE})\b))?(?:${NUMBER_WORDS_SOURCE})(?:(?:\s*-\s*|\s+|\s+and\s+(?:an?\s+)?|\s+an?\s+)(?:${NUMBER_WORDS_SOURCE}))*)(?![\p{L}])`;
const NUMBER = new RegExp(`${DIGITS}|${WORDS}`, 'giu');

const SCALE_AFTER = new RegExp(`^[\\s\\u00a0]?(${Object.keys(SCALES).join('|')})(?![\\p{L}])`, 'iu');
// A stray full stop before a lower-case scale word, as published: "over 7.1. million meals".
const STRAY_STOP_SCALE = new RegExp(`^\\.[\\s\\u00a0](${Object.keys(SCALES).join('|')})(?![\\p{L}])`, 'u');
const SHORT_SCALE_AFTER_MONEY = /^(m|k|b)(?![\p{L}])/iu;
// Scales written as letters after the digits: "10k", "2.33 k", "1.2b", "10M", "2bn", "5 bln".
const LETTER_SCALE_AFTER = /^(?:(k|K|b|B|M|bn|mn|mln|bln|tln|mil|MM)|\s(k|K|bn|mn|mln|bln|tln))(?![\p{L}\d])/u;
// "2.5m euros": a lower-case m glued to digits before a currency is a million, not metres.
const MILLION_BEFORE_MONEY = /^(m)\s+(?:euros?|dollars?|pounds?|yuan|yen|rupees?|francs?|usd|eur|gbp)\b/iu;
const LETTER_SCALES: Readonly<Record<string, number>> = {
  k: 1e3,
  b: 1e9,
  bn: 1e9,
  bln: 1e9,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  mil: 1e6,
  mm: 1e6,
  tln: 1e12,
};
const ORDINAL_AFTER = /^(?:st|nd|rd|th)(?![\p{L}])/iu;
const TIME_AFTER = /^(?::\d|\.\d\d\s?[ap]\.?m\b|\s?[ap]\.?m\.?(?![\p{L}])|\s?o['’]clock)/iu;
const SLASH_AFTER = /^\/\d/u;
const CHAIN_BEFORE = /(?:\d[-–.]\d+[-–.]|\+\d+[-–.]?)$/u;
const CHAIN_AFTER = /^[-–.]\d+[-–.][\dA-Z]/u;
const MIXED_FRACTION_AFTER = /^\s+(\d)\/(2|3|4|8)(?![\d/])/u;
const DOZENS_AFTER = /^\s(?:dozens?|dzs?|dozs?)(?![\p{L}])/iu;
const CODE_SCALE_AFTER = /^\s(?:USD|EUR|GBP|JPY|AUD|CAD)\s(million|billion)\b/u;
// Financial copy's millions of a currency: "120 MEUR", "MAUD 60".
const MILLION_CODE_AFTER = /^\s?M(?:USD|EUR|GBP|AUD|CAD|CHF)\b/u;
const MILLION_CODE_BEFORE = /M(USD|EUR|GBP|AUD|CAD|CHF)\s$/u;
const AND_FRACTION_AFTER = /^\s+and\s+(?:a|one)\s+(half|quarter)\b/iu;
const FRACTION_AFTER = /^\/(2|3|4|5|6|8|10|100)(?![\d/])/u;
const FRACTION_FOLLOWERS = /^\s*(?:of\b|$|[.,;:!?)])/u;
const NEGATIVE_BEFORE = /(?:^|[^\p{L}])((?:minus|negative)\s+)$/iu;
// Between the two ends of a range: "1,000-5,000", "20 to 100", "20 through 100", "20~100".
const RANGE_GAP = /^\s*(?:-|–|—|~|to|through|thru)\s*$/iu;
// A change, not a range: "rose from 10 to 20".
const CHANGE_BEFORE =
  /(?:^|[^\p{L}])(?:rose|risen|rising|rise|increased|increasing|fell|fallen|falling|dropped|declined|grew|grown|jumped|climbed|surged|soared|cut|raised|reduced|lowered|went|gone|changed|up|down)\s+(?:\S+\s+){0,2}from\s+$/iu;
const LETTERS_AFTER = /^[\p{L}%][\p{L}\d/²]*/u;
const WORD_UNIT_AFTER =
  /^[\s\u00a0]*(per cent|percent|square (?:kilomet(?:er|re)s?|miles?)|sq\.? (?:km|mi)|nautical miles?|[\p{L}%]+)/iu;
const HYPHEN_WORD_AFTER = /^[-‐]([\p{L}]+)(?:[-‐]([\p{L}]+))?/u;
const MONTH_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${MONTH_NAMES})\\.?\\s+$`, 'iu');
const MONTH_AFTER = new RegExp(`^\\s+(?:of\\s+)?(?:${MONTH_NAMES})(?![\\p{L}])`, 'iu');
const YEAR_CONTEXT_BEFORE =
  /(?:^|[^\p{L}])(?:in|since|by|from|until|till|of|before|after|during|early|late|mid|the|this|last|next|between|circa|c\.)\s+$/iu;
const ID_WORD_BEFORE =
  /(?:^|[^\p{L}])(?:article|section|resolution|flight|route|chapter|clause|paragraph|room|gate|highway|phase|round|stage|brigade|division|battalion|regiment|squadron|item|page|vol\.?|volume|part|sector|district|block|track|channel|episode|season|version|model|type|class|grade|category|no\.|nos\.|number|level|code|line|platform|terminal|building|floor|tier|act|title|rule|protocol|amendment|region|zone|call|dial|text|extension|ext\.)\s+$/iu;
// "sent Leopard 2 tanks", "a Boeing 737": a small number right after a name inside a sentence is
// part of the name; not after a verb that takes two objects ("gave Ukraine 31 tanks").
const NAME_BEFORE = /(?:(?:^|[^\p{L}])(\p{Ll}+)\s+|[,;:(]\s*)\p{Lu}[\p{L}-]*\s+$/u;
const TWO_OBJECT_VERBS = new Set(
  'gave give gives giving sent send sends sending offered offers provided provides promised promises sold sells supplied supplies handed hands granted grants delivered delivers lent lends shipped ships told tells showed shows cost costs owes owed'.split(
    ' ',
  ),
);
// "4 in 10", "one out of five": ratios; not "30,000 in 2009" (a year) or "$10,000 in 3 years".
const RATIO_AFTER =
  /^\s+(?:in|out of)\s+(?:\d{1,3}(?![\d,.])(?!\s+(?:years?|months?|weeks?|days?|hours?|decades?)\b)|(?:ten|five|three|four)\b)/iu;
const RATIO_BEFORE = /\d\s+(?:in|out of)\s+$/iu;
// "voted 12-3": a score, when the second number is not larger; "1,000-5,000" is a range.
const DASH_AFTER = /^\s?[-–]\s?(\d[\d,]*(?:\.\d+)?)(k|K)?/u;
const DASH_BEFORE = /(\d[\d,]*(?:\.\d+)?)(k|K)?\s?[-–]\s?$/u;
const DEFINITE_BEFORE =
  /(?:^|[^\p{L}])(?:the|these|those|both|all|its|their|his|her|our|my|your|each|every|first|last|next|other)\s+$/iu;
const ONE_FOLLOWERS =
  /^[\s-]+(?:soldier|troop|person|civilian|man|woman|child|officer|fighter|member|worker|(?:kilomet(?:er|re)|km|mile|meter|metre|foot|percent|per cent|dollar|euro|pound|penny|cent|yen|yuan|rupee|ton|tonne)\b)/iu;
const CONVERSION_AFTER =
  /^\s*\((?:about|around|some|roughly|approximately|nearly|almost|more than|over|up to)?\s*(?:US\$|[$€£])?\d[\d,.]*\s?[\p{L}%][\p{L}.\s]{0,20}\)/iu;

// Words before a number of hours, days or years that make it a duration claimed, not a date.
const DURATION_BEFORE =
  /(?:^|[^\p{L}])(?:less than|more than|fewer than|up to|at least|at most|within|sentenced to|jailed for|imprisoned for|detained for|held for|term of|sentence of|sentences of|served|serving|spent|nearly|almost|about|around|some|roughly|approximately|a further|another|an additional|extended by|extension of|ban of|for up to|for more than|for nearly|for almost|for about|for over)\s+$/iu;
// Words after it that do the same: "nine years in prison", "16 years behind bars".
const DURATION_AFTER = /^\s+(?:in|behind)\s+(?:prison|jail|custody|detention|captivity|bars)\b/iu;

/** A unit of time as a figure's unit, plural: "day" -> "days". */
const timeUnit = (word: string): string => (word.endsWith('s') ? word : word === 'century' ? 'centuries' : `${word}s`);

const COMPARED_BEFORE =
  /(?:^|[^\p{L}])(?:above|below|over|under|than|about|around|nearly|almost|some|up to|at least|at most|exceeding|[<>=])\s*$/iu;

/** Whether a number belongs to a score or tally ("12-3"): a dash with a number not larger after it, or not smaller before it. */
function isTally(value: number, before: string, after: string): boolean {
  const next = DASH_AFTER.exec(after);
  if (next) return dashValue(next) <= value;
  const previous = DASH_BEFORE.exec(before);
  return previous !== null && dashValue(previous) >= value;
}
const dashValue = (match: RegExpExecArray): number =>
  Number(match[1]!.replaceAll(',', '')) * (match[2] === undefined ? 1 : 1e3);

/** Whether a digits-only number reads as a year: "2022", "in 1953" (not "1,500" or "1500 troops"). */
function isYear(text: string, value: number, before: string, after: string): boolean {
  if (!/^\d{4}$/u.test(text) || value < 1000 || value > 2100) return false;
  if (YEAR_CONTEXT_BEFORE.test(before)) return true;
  // "above 1000 and below 1500", "more than 1500": a count, as is a number below 1900 said alone.
  if (COMPARED_BEFORE.test(before) || value < 1900) return false;
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
    if (word.kind === 'number' || /[\d½¼¾⅓⅔⅛⅜⅝⅞]/u.test(word.lower)) return true;
    if (word.kind !== 'word') return false;
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
    if (mention !== null) mentions.push(negated(line, from, mention));
  }
  markRanges(line, mentions);
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
  // "a third of the vote" is a fraction; "a third term" is not.
  if (parsed.fractionOnly === true && !FRACTION_FOLLOWERS.test(line.slice(end))) return { mention: null, resume: end };
  return { mention: readWords(line, match.index, end, written, parsed.value, from), resume: end };
}

/** "minus 5 percent", "negative ten": the number with its sign. */
function negated(line: string, from: number, mention: NumberMention): NumberMention {
  const sign = NEGATIVE_BEFORE.exec(line.slice(from, mention.start));
  return sign ? { ...mention, start: mention.start - sign[1]!.length, value: -mention.value } : mention;
}

/** Marks the two ends of a range written "1,000-5,000", "20 to 100", "from 200 to 3000" (not "rose from 10 to 20"). */
function markRanges(line: string, mentions: NumberMention[]): void {
  for (let index = 1; index < mentions.length; index++) {
    const [low, high] = [mentions[index - 1]!, mentions[index]!];
    if (!RANGE_GAP.test(line.slice(low.unitEnd, high.start)) || high.value <= low.value) continue;
    if (CHANGE_BEFORE.test(line.slice(Math.max(0, low.start - 60), low.start))) continue;
    mentions[index - 1] = { ...low, range: 'low' };
    mentions[index] = { ...high, range: 'high' };
  }
}

/**
 * What may follow a number and its scale: "3 dozens" (x12), "75 USD million" (a code, then a
 * scale), "120 MEUR" (millions of a currency), "3 million and a half" (+ half of the scale).
 */
function scaledMore(after: string, scale: number): { factor: number; add: number; length: number } {
  const dozens = DOZENS_AFTER.exec(after);
  if (dozens) return { factor: 12, add: 0, length: dozens[0].length };
  const coded = CODE_SCALE_AFTER.exec(after);
  if (coded) return { factor: SCALES[coded[1]!.toLowerCase()] ?? 1, add: 0, length: 0 };
  const millions = MILLION_CODE_AFTER.exec(after);
  if (millions) return { factor: 1e6, add: 0, length: 0 };
  const half = AND_FRACTION_AFTER.exec(after);
  if (half && scale > 1) return { factor: 1, add: scale / (half[1] === 'half' ? 2 : 4), length: half[0].length };
  return { factor: 1, add: 0, length: 0 };
}

function readDigits(line: string, match: RegExpExecArray, from: number): NumberMention | null {
  const start = match.index;
  const digits = match.groups?.digits ?? '';
  const currency = match.groups?.currency?.trim() ?? null;
  const before = line.slice(Math.max(from, start - 40), start);
  let value = parseNumeral(digits);
  if (value === null) return null;
  let end = start + match[0].length;
  let after = line.slice(end);
  // "3/4", "1/4 mile": a proper fraction; "5/17/2018" and "24/7" are not figures.
  const slash = FRACTION_AFTER.exec(after);
  if (slash && !/\d\/$/u.test(before) && Number.isInteger(value) && value < Number(slash[1])) {
    value /= Number(slash[1]);
    end += slash[0].length;
    after = line.slice(end);
  } else if (ORDINAL_AFTER.test(after) || TIME_AFTER.test(after) || SLASH_AFTER.test(after)) return null;
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
  // A phone number or a code of three groups ("833-997-6237", "+1-222-2222").
  if (CHAIN_BEFORE.test(before) || CHAIN_AFTER.test(after) || (/\d[-–]$/u.test(before) && /^[-–]\d/u.test(after)))
    return null;
  // Ratios ("4 in 10") are not counts of anything.
  if (RATIO_AFTER.test(after) || RATIO_BEFORE.test(before)) return null;
  // "10 1/2 miles": a whole number and a fraction.
  const mixed = MIXED_FRACTION_AFTER.exec(after);
  if (mixed && Number.isInteger(value)) {
    value += Number(mixed[1]) / Number(mixed[2]);
    end += mixed[0].length;
    after = line.slice(end);
  }
  const letters = LETTER_SCALE_AFTER.exec(after) ?? MILLION_BEFORE_MONEY.exec(after);
  const scale =
    SCALE_AFTER.exec(after) ??
    (digits.includes('.') ? STRAY_STOP_SCALE.exec(after) : null) ??
    (currency !== null ? SHORT_SCALE_AFTER_MONEY.exec(after) : null);
  if (scale) {
    const word = scale[1]!.toLowerCase();
    value *= SCALES[word] ?? LETTER_SCALES[word] ?? 1e9;
    end += scale[0].length;
  } else if (letters) {
    value *= LETTER_SCALES[(letters[1] ?? letters[2])!.toLowerCase()]!;
    // "10k", " k", "bn"; of "2.5m euros" only the "m".
    end += letters[0].startsWith('m ') || /^m\s/u.test(letters[0]) ? 1 : letters[0].length;
  } else if (currency === null && isYear(digits, value, before, after)) return null;
  const more = scaledMore(line.slice(end), scale === null ? 1 : (SCALES[scale[1]!.toLowerCase()] ?? 1));
  value = value * more.factor + more.add;
  end += more.length;
  // Scores and tallies ("voted 12-3") are not counts; "1,000-5,000" and "5k-20k" are ranges.
  if (isTally(value, before, line.slice(end))) return null;
  if (match.groups?.sign !== undefined) value = -value;
  const code = MILLION_CODE_BEFORE.exec(before);
  if (code && currency === null) {
    value *= 1e6;
    return finish(line, start - code[0].length, end, value, 'digits', code[1]!.toUpperCase(), before);
  }
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
  // "one" is a pronoun or an article far more often than a count: keep it only before a counted
  // noun, or with its sign ("minus one").
  if (value === 1 && !ONE_FOLLOWERS.test(after) && !NEGATIVE_BEFORE.test(before)) return null;
  // "the two leaders", "both ...": a reference back, not a count; "the six-mile trip" measures.
  const measured = HYPHEN_WORD_AFTER.exec(after)?.[1];
  if (value < 100 && DEFINITE_BEFORE.test(before) && (measured === undefined || measureUnit(measured) === null))
    return null;
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
