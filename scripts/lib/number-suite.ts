/**
 * A public suite of number expressions (Microsoft Recognizers-Text's English specs, MIT, copied
 * into tests/fixtures/number-suite/ with their licence) run through the figure extraction, each
 * expression as a one-paragraph article, and through the Recognizers-Text npm packages for
 * comparison.
 *
 * In scope: every expected number, percentage, amount of money, measure and range end of the
 * Number, Percent, NumberRange, Currency and Dimension specs (a range "[20,100)" gives 20 as a
 * minimum and 100 as a maximum), except what `outOfScope` leaves out. A number is found when a figure of its expression has its value;
 * a range end's qualifier is right when that figure says min or max as the range does. An
 * expression with no expected result and no digit has no number: it must give no figure.
 */
import { readFileSync } from 'node:fs';
import type { Qualifier } from '../../src/pipeline/extract/figures/qualifier.ts';

const SUITE = new URL('../../tests/fixtures/number-suite/', import.meta.url);
const FILES = [
  'Number-NumberModel.json',
  'Number-PercentModel.json',
  'Number-NumberRangeModel.json',
  'NumberWithUnit-CurrencyModel.json',
  'NumberWithUnit-DimensionModel.json',
];

interface SpecCase {
  Input: string;
  Results?: { TypeName: string; Text: string; Resolution?: { value?: string | null } }[];
}

/** One expected number of an expression; `qualifier` for the ends of a range. */
export interface Expected {
  value: number;
  qualifier?: Qualifier;
  text: string;
}

/** One expression of the suite with the numbers it holds. */
export interface SuiteCase {
  file: string;
  input: string;
  expected: Expected[];
  /** True when the expression holds no number at all: no figure may come from it. */
  noNumber: boolean;
}

const parseValue = (text: string): number | null => {
  const value = Number(text.replace(/%$/u, ''));
  return Number.isFinite(value) ? value : null;
};

/** The numbers of a range resolution: "[20,100)" -> 20 (min) and 100 (max); "(,500]" -> 500 (max). */
function rangeEnds(resolution: string, text: string): Expected[] {
  const match = /^[[(]([^,]*),([^,]*)[\])]$/u.exec(resolution);
  if (!match) return [];
  const [low, high] = [match[1]!.trim(), match[2]!.trim()];
  if (low !== '' && low === high) return [{ value: Number(low), qualifier: 'exact', text }];
  const ends: Expected[] = [];
  if (low !== '' && parseValue(low) !== null) ends.push({ value: parseValue(low)!, qualifier: 'min', text });
  if (high !== '' && parseValue(high) !== null) ends.push({ value: parseValue(high)!, qualifier: 'max', text });
  return ends;
}

/**
 * Why a number of the suite is not one news reports as a figure, or null when it is in scope:
 * mathematical notation (powers, exponents, "one over three", spoken decimals "point five"),
 * identifiers (addresses, dates, phone numbers, codes, numbered items), ratios ("one out of
 * three", "2 in 5") and ordinals ("between the tenth and the fifteenth"), which the extraction
 * leaves out on purpose.
 */
export function outOfScope(input: string, text: string): string | null {
  if (/\^|\d\s*[eE][+-]?\d|x10|\bover\s+(?:\d|one|two|three|twenty|a)\b/u.test(text)) return 'mathematical notation';
  if (/\b(?:point|nought|naught)\b/iu.test(text)) return 'spoken decimals';
  if (/\d+\.\d+\.\d+|\d+\/\d+\/\d+|\+\d[-\d]|nrs?\.|[A-Z]{2,}-\d/u.test(input)) return 'identifier';
  if (/\b(?:out of|in)\b/u.test(text) || /\d\s+in\s+\d/u.test(input) || /\bout of\b/u.test(input)) return 'ratio';
  if (/\bthe\s+\p{L}+(?:th|st|nd|rd)\b/u.test(text)) return 'ordinal';
  return null;
}

/** Every expression of the suite, with what it holds. */
export function loadSuite(): SuiteCase[] {
  return FILES.flatMap((file) =>
    (JSON.parse(readFileSync(new URL(file, SUITE), 'utf8')) as SpecCase[]).map((spec) => {
      const expected = (spec.Results ?? []).flatMap((result): Expected[] => {
        const value = result.Resolution?.value;
        if (outOfScope(spec.Input, result.Text) !== null) return [];
        if (value === undefined || value === null) return [];
        if (result.TypeName === 'numberrange') return rangeEnds(value, result.Text);
        const number = parseValue(value);
        return number === null ? [] : [{ value: number, text: result.Text }];
      });
      return {
        file,
        input: spec.Input,
        expected,
        noNumber: (spec.Results ?? []).length === 0 && !/\d/u.test(spec.Input),
      };
    }),
  );
}

/** What a reader of numbers found in one expression: values with their qualifiers. */
export type Reading = { value: number; qualifier: Qualifier | null }[];

const same = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

/** The suite's measures for one reader. */
export interface SuiteScore {
  numbers: number;
  found: number;
  rangeEnds: number;
  rangeRight: number;
  noNumberCases: number;
  falseFigures: string[];
  missed: string[];
}

/** Scores a reader of numbers (an expression in, values out) on the suite. */
export function scoreSuite(cases: readonly SuiteCase[], read: (input: string) => Reading): SuiteScore {
  const score: SuiteScore = {
    numbers: 0,
    found: 0,
    rangeEnds: 0,
    rangeRight: 0,
    noNumberCases: 0,
    falseFigures: [],
    missed: [],
  };
  for (const suiteCase of cases) {
    const reading = read(suiteCase.input);
    if (suiteCase.noNumber) {
      score.noNumberCases++;
      if (reading.length > 0)
        score.falseFigures.push(`${suiteCase.input} -> ${reading.map((r) => r.value).join(', ')}`);
    }
    for (const expected of suiteCase.expected) {
      score.numbers++;
      const hits = reading.filter((found) => same(found.value, expected.value));
      if (hits.length > 0) score.found++;
      else score.missed.push(`${suiteCase.file}: ${suiteCase.input} (${expected.text} = ${expected.value})`);
      if (expected.qualifier === undefined) continue;
      score.rangeEnds++;
      if (hits.some((hit) => hit.qualifier === expected.qualifier)) score.rangeRight++;
    }
  }
  return score;
}
