/** When a story happened, as a sortable ISO 8601 date (or a year-month, or a year). */

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/**
 * The end of a period as people write it: "September–October 2024" -> "2024-10", "2024" ->
 * "2024", "Sept. 2024" -> "2024-09". The last year named is the year; the last month named
 * (full or three-letter) is the month. Null when no year is named.
 */
export function periodEnd(period: string | null): string | null {
  if (period === null) return null;
  const years = period.match(/\b(1[89]|2\d)\d\d\b/g);
  const year = years?.at(-1);
  if (year === undefined) return null;
  const words = period.toLowerCase().match(/\p{L}+/gu) ?? [];
  const months = words.flatMap((word) => {
    const index = MONTHS.findIndex(
      (month) => word.length >= 3 && month.startsWith(word.slice(0, Math.max(3, word.length))),
    );
    return index === -1 ? [] : [index + 1];
  });
  const month = months.at(-1);
  return month === undefined ? year : `${year}-${String(month).padStart(2, '0')}`;
}

/** The latest of the dates known in a story (ISO 8601, compared as text), else the end of its period. */
export function latestDate(period: string | null, dates: readonly (string | null)[]): string | null {
  const known = dates.flatMap((date) => (date === null ? [] : [date.slice(0, 10)])).sort();
  return known.at(-1) ?? periodEnd(period);
}
