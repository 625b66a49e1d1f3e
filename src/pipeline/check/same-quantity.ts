/**
 * Whether a figure of an article and a figure of a primary give the same quantity: the same
 * kind of thing counted or measured, about the same subject. One small predicate, so that it can
 * follow the compare stage when figures come to carry kinds of quantity of their own.
 *
 * Today's kinds are read from a figure's unit: a currency, a percentage, a length, another
 * measure; people (any noun for people: soldiers, personnel, civilians); or the counted noun
 * itself ("generators", "meals"). A figure without a unit has no kind, and is never checked.
 */
import type { FigureClaim } from '../../lib/schemas.ts';
import { contentStems, overlap, stem } from '../compare/content-words.ts';
import { PERSON_NOUNS } from '../extract/figures/lexicon.ts';
import { CURRENCY_SIGNS, LENGTH_UNITS, MEASURE_UNITS, measureUnit } from '../extract/figures/units.ts';

type Figure = Pick<FigureClaim, 'value' | 'unit' | 'subject'>;

const CURRENCIES: ReadonlySet<string> = new Set(CURRENCY_SIGNS.values());
const MEASURES: ReadonlySet<string> = new Set(MEASURE_UNITS.values());
// Values of one quantity given the same day or a few days apart stay within this ratio: close
// values are evidence of one quantity when the words around them say little.
const CLOSE_RATIO = 1.5;

/** The kind of quantity a figure gives, from its unit, or null when it has none. */
export function quantityKind(figure: Figure): string | null {
  const written = figure.unit?.toLowerCase().trim();
  if (!written) return null;
  // A unit of measure in any of its spellings ("liters" read in a transcript's repaired words, "l").
  const unit = measureUnit(written) ?? written;
  if (unit === '%') return 'percent';
  if (CURRENCIES.has(unit)) return `money:${unit}`;
  if (LENGTH_UNITS.has(unit)) return 'length';
  if (MEASURES.has(unit)) return unit;
  const noun = unit.split(/\s+/u).at(-1)!;
  if (PERSON_NOUNS.has(noun)) return 'people';
  return `count:${stem(noun)}`;
}

/** The words that say what a figure is about, beyond its kind: "active-duty", "federal", "water". */
export function subjectStems(figure: Figure): Set<string> {
  const stems = contentStems(`${figure.subject ?? ''} ${figure.unit ?? ''}`);
  for (const noun of PERSON_NOUNS) stems.delete(stem(noun));
  const kind = quantityKind(figure);
  if (kind?.startsWith('count:')) stems.delete(kind.slice('count:'.length));
  return stems;
}

/** Names in a figure's subject ("Florida", "National Guard"): two subjects naming different things are different quantities. */
function names(figure: Figure): Set<string> {
  return new Set(
    (figure.subject ?? '').match(/(?<=\s|^)\p{Lu}\p{Ll}[\p{L}-]*/gu)?.map((word) => word.toLowerCase()) ?? [],
  );
}

/** How alike two figures' subjects are, 0 to 1 (a subject of no words says nothing either way: 0). */
export function subjectSimilarity(a: Figure, b: Figure): number {
  return overlap(subjectStems(a), subjectStems(b)).jaccard;
}

/** How close two values are, 1 when equal, 0 at a ratio of three or more. */
export function valueCloseness(a: number, b: number): number {
  if (a <= 0 || b <= 0) return a === b ? 1 : 0;
  return Math.max(0, 1 - Math.abs(Math.log(a / b)) / Math.log(3));
}

/**
 * Whether two figures give the same quantity: the same kind, subjects that do not name
 * different things, and either a word of subject in common or values close to each other.
 */
export function sameQuantity(a: Figure, b: Figure): boolean {
  const kind = quantityKind(a);
  if (kind === null || kind !== quantityKind(b)) return false;
  const namesA = names(a);
  const namesB = names(b);
  if (namesA.size > 0 && namesB.size > 0 && ![...namesA].some((name) => namesB.has(name))) return false;
  if (subjectSimilarity(a, b) > 0) return true;
  return Math.max(a.value, b.value) / Math.min(a.value, b.value) <= CLOSE_RATIO;
}
