/**
 * Hedges and qualifiers: the words that say how exact a figure is ("about", "up to", "more
 * than", "at least") and the verbs that hedge a statement ("believed", "estimated"). General
 * English usage, gathered by hand for this project from news copy; lower case.
 */

/** How exact a figure is said to be: `approx` (about), `max` (up to), `min` (more than), `exact` (no qualifier). */
export type QualifierClass = 'exact' | 'approx' | 'max' | 'min';

/** Qualifiers written before a number, with their class; longer phrases first ("just over" before "over"). */
export const QUALIFIERS_BEFORE: readonly (readonly [string, QualifierClass])[] = [
  ['greater than or equal to', 'min'],
  ['more than or equal to', 'min'],
  ['equal to or more than', 'min'],
  ['equal to or greater than', 'min'],
  ['at least or equal to', 'min'],
  ['higher or equal than', 'min'],
  ['greater or equal than', 'min'],
  ['bigger or equal than', 'min'],
  ['larger or equal than', 'min'],
  ['less than or equal to', 'max'],
  ['fewer than or equal to', 'max'],
  ['equal to or less than', 'max'],
  ['equal to or fewer than', 'max'],
  ['less or equal than', 'max'],
  ['smaller or equal than', 'max'],
  ['lower or equal than', 'max'],
  ['larger than', 'min'],
  ['bigger than', 'min'],
  ['higher than', 'min'],
  ['smaller than', 'max'],
  ['lower than', 'max'],
  ['exceeds', 'min'],
  ['exceed', 'min'],
  ['surpass', 'min'],
  ['surpasses', 'min'],
  ['equal to', 'exact'],
  ['equals to', 'exact'],
  ['equaling to', 'exact'],
  ['equalling', 'exact'],
  ['equals', 'exact'],
  ['no more than', 'max'],
  ['not more than', 'max'],
  ['no fewer than', 'min'],
  ['no less than', 'min'],
  ['just over', 'approx'],
  ['just under', 'approx'],
  ['a little over', 'approx'],
  ['a little more than', 'approx'],
  ['slightly more than', 'approx'],
  ['slightly less than', 'approx'],
  ['close to', 'approx'],
  ['an estimated', 'approx'],
  ['as many as', 'max'],
  ['as much as', 'max'],
  ['as high as', 'max'],
  ['up to', 'max'],
  ['at most', 'max'],
  ['a maximum of', 'max'],
  ['fewer than', 'max'],
  ['less than', 'max'],
  ['under', 'max'],
  ['below', 'max'],
  ['more than', 'min'],
  ['over', 'min'],
  ['at least', 'min'],
  ['in excess of', 'min'],
  ['upwards of', 'min'],
  ['upward of', 'min'],
  ['greater than', 'min'],
  ['above', 'min'],
  ['a minimum of', 'min'],
  ['exceeding', 'min'],
  ['about', 'approx'],
  ['around', 'approx'],
  ['some', 'approx'],
  ['roughly', 'approx'],
  ['approximately', 'approx'],
  ['nearly', 'approx'],
  ['almost', 'approx'],
  // "almost" as it is sometimes published, split and misspelt ("with also most 160 people dead").
  ['also most', 'approx'],
  ['perhaps', 'approx'],
  ['circa', 'approx'],
  ['approx.', 'approx'],
  ['estimated', 'approx'],
  ['~', 'approx'],
];

/** Qualifiers written after a number with "or": "10,000 or more", "or so", "or fewer", "or less". */
export const QUALIFIERS_AFTER_OR: readonly (readonly [string, QualifierClass])[] = [
  ['more', 'min'],
  ['greater', 'min'],
  ['higher', 'min'],
  ['above', 'min'],
  ['over', 'min'],
  ['lower', 'max'],
  ['below', 'max'],
  ['under', 'max'],
  ['so', 'approx'],
  ['fewer', 'max'],
  ['less', 'max'],
];

/** Participles that hedge a statement between a noun and its verb or number: "are believed to", "estimated to number". */
// prettier-ignore
export const HEDGE_VERBS: readonly string[] = [
  'reported', 'believed', 'thought', 'said', 'estimated', 'expected', 'understood', 'known',
];
