/**
 * Words that say what happened to the people a number counts ("killed", "injured", "missing")
 * and that a count is an addition to another ("another 500", "600 additional"). General English
 * news usage, gathered by hand for this project; lower case; wrapped lines (prettier-ignore).
 */

/** Words that make a count of people a count of deaths: "160 people dead", "killed 8", "the death toll". */
// prettier-ignore
export const DEATH_WORDS: readonly string[] = [
  'dead', 'died', 'die', 'dies', 'dying', 'killed', 'kill', 'kills', 'killing', 'deaths', 'death', 'fatalities',
  'fatality', 'lives', 'bodies', 'perished', 'drowned', 'slain', 'executed', 'toll',
];

/** Words that make a count of people a count of the injured: "25 injured", "wounding 12". */
// prettier-ignore
export const INJURY_WORDS: readonly string[] = [
  'injured', 'injuring', 'injure', 'injures', 'injuries', 'injury', 'wounded', 'wounding', 'wounds', 'hurt',
  'hospitalised', 'hospitalized',
];

/** Words that make a count of people a count of the missing. */
// prettier-ignore
export const MISSING_WORDS: readonly string[] = [
  'missing', 'unaccounted', 'disappeared',
];

/** Words before a number that make it an addition to another count: "another 500 soldiers". */
// prettier-ignore
export const ADDITION_BEFORE: readonly string[] = [
  'another', 'additional', 'extra', 'further',
];

/** Words right after a number that make it an addition: "600 additional personnel", "500 more troops". */
// prettier-ignore
export const ADDITION_AFTER: readonly string[] = [
  'additional', 'more', 'extra', 'further', 'new', 'fresh',
];

/** Counted nouns that news uses for the same people or things, each group led by the word it folds to. */
// prettier-ignore
export const COUNTED_SYNONYMS: readonly (readonly string[])[] = [
  ['troop', 'troops', 'soldier', 'force', 'forces', 'serviceman', 'servicemember', 'fighter', 'military'],
  ['prisoner', 'detainee', 'captive', 'inmate', 'hostage'],
  ['refugee', 'evacuee', 'displaced'],
  ['death', 'dead', 'fatality', 'body', 'life'],
  ['injury', 'injured', 'wounded'],
];

/** Nouns whose news sense WordNet 3.1 lacks or ranks below another, with the kind a count of them is. */
export const NEWS_NOUN_KINDS: readonly (readonly [string, 'objects' | 'people' | 'places'])[] = [
  ['drone', 'objects'],
  ['drones', 'objects'],
  ['nation', 'places'],
  ['nations', 'places'],
];

/** Counted nouns that say only that people are counted, not which people: "160 people dead". */
// prettier-ignore
export const GENERIC_PEOPLE: readonly string[] = [
  'people', 'person', 'persons', 'individuals', 'individual', 'others',
];
