import { describe, expect, test } from 'vitest';
import { latestDate, periodEnd } from '../../src/site/story-dates.ts';

describe('periodEnd', () => {
  test.each([
    ['October 2024', '2024-10'],
    ['September–October 2024', '2024-10'],
    ['Sept. 2024', '2024-09'],
    ['2023', '2023'],
    ['March 2023 – May 2024', '2024-05'],
    ['early summer', null],
  ])('reads "%s" as %s', (period, expected) => {
    expect(periodEnd(period)).toBe(expected);
  });
});

describe('latestDate', () => {
  test('is the latest date known in the story, a date-time read as its day', () => {
    expect(latestDate('May 2020', ['2024-10-01', null, '2024-10-23T08:00:00Z', '2024-09-30'])).toBe('2024-10-23');
  });

  test('falls back to the end of the period when no date is known', () => {
    expect(latestDate('September–October 2024', [null, null])).toBe('2024-10');
    expect(latestDate(null, [])).toBeNull();
  });
});
