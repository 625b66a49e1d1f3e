/**
 * Words that name a time: days, months, seasons, parts of the day, units of time. English
 * calendar vocabulary (Gregorian months and weekdays); lower case; wrapped lines (prettier-ignore).
 */

/** The days of the week. */
// prettier-ignore
export const WEEKDAYS: readonly string[] = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
];

/** The months of the year. */
// prettier-ignore
export const MONTHS: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december',
];

/** Months as abbreviated before a full stop or a day: "Oct. 30", "Sept 1". */
// prettier-ignore
export const MONTH_ABBREVIATIONS: readonly string[] = [
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
];

/** Days named from today. */
// prettier-ignore
export const RELATIVE_DAYS: readonly string[] = [
  'today', 'yesterday', 'tonight', 'tomorrow',
];

/** The seasons. */
// prettier-ignore
export const SEASONS: readonly string[] = [
  'spring', 'summer', 'autumn', 'fall', 'winter', 'season',
];

/** Nouns for stretches and points of time: "last week", "by the end", "in the morning". */
// prettier-ignore
export const TIME_NOUNS: readonly string[] = [
  'week', 'weekend', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'time', 'moment', 'end', 'start',
  'beginning', 'days', 'weeks', 'months', 'years', 'hours', 'minutes', 'decades',
];

/** Units of time: a number of them is a duration or a date, not a figure for comparison. */
// prettier-ignore
export const TIME_UNITS: readonly string[] = [
  'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months',
  'year', 'years', 'decade', 'decades', 'century', 'centuries',
];
