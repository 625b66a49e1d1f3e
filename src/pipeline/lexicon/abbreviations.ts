/**
 * Words written with a full stop that does not end a sentence. Common English abbreviations,
 * listed by hand for this project; lower case, without the full stop.
 */

/** Abbreviated titles and name suffixes: "Dr.", "Lt. Gen.", "Sen.", "Jr.". */
// prettier-ignore
export const TITLE_ABBREVIATIONS: readonly string[] = [
  'dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'cmdr', 'sen', 'rep',
  'gov', 'pres', 'st', 'jr', 'sr',
];

/** Other abbreviations that news writes with a full stop: "No. 10", "vs.", "Inc.", "approx.". */
// prettier-ignore
export const OTHER_ABBREVIATIONS: readonly string[] = [
  'no', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'dept', 'est', 'approx', 'fig', 'mt', 'ft',
];

/** Abbreviated titles and the word each stands for, so that "Gov. Lane" is "the governor". */
// prettier-ignore
export const TITLE_ABBREVIATION_WORDS: readonly (readonly [string, string])[] = [
  ['gov.', 'governor'], ['gov', 'governor'], ['sen.', 'senator'], ['rep.', 'representative'], ['gen.', 'general'],
  ['lt.', 'lieutenant'], ['col.', 'colonel'], ['maj.', 'major'], ['capt.', 'captain'], ['sgt.', 'sergeant'],
  ['adm.', 'admiral'], ['cmdr.', 'commander'], ['pres.', 'president'], ['prof.', 'professor'], ['dr.', 'doctor'],
  ['supt.', 'superintendent'], ['insp.', 'inspector'], ['amb.', 'ambassador'], ['sec.', 'secretary'],
  ['atty.', 'attorney'], ['dept.', 'department'], ['fm', 'minister'],
];
