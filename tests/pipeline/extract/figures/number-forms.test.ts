import { describe, expect, test } from 'vitest';
import type { FigureClaim } from '../../../../src/lib/schemas.ts';
import { processArticle } from '../../../../src/pipeline/process-article.ts';

/** The figures of a one-paragraph article. */
const figures = (text: string): FigureClaim[] =>
  processArticle('forms', `A headline\n${text}\n`).claims.flatMap((claim) => (claim.kind === 'figure' ? [claim] : []));
const read = (text: string) => figures(text).map(({ value, qualifier, quantity }) => [value, qualifier, quantity]);

describe('numbers as news writes them', () => {
  test.each([
    ['Aid reached half a million people.', 500_000, 'exact', 'people'],
    ['It houses five and a half million residents.', 5_500_000, 'exact', 'people'],
    ['Officials counted three dozen boats.', 36, 'exact', 'objects'],
    ['Output fell by minus 5 percent.', -5, 'exact', 'percentage'],
    ['The index closed at -9.2.', -9.2, 'exact', 'other'],
    ['Some 10k runners took part.', 10_000, 'approx', 'people'],
    ['The club paid 2.5m euros for him.', 2_500_000, 'exact', 'money'],
    ['The fund is worth USD 200 in all.', 200, 'exact', 'money'],
    ['The deal is worth HK$10.05 billion.', 10_050_000_000, 'exact', 'money'],
    ['Canberra pledged A$5 billion.', 5_000_000_000, 'exact', 'money'],
    ['The parcel weighed 200lbs.', 200, 'exact', 'weight'],
    ['Each dose holds 75ml of serum.', 75, 'exact', 'volume'],
    ['There were more than 30,000 cases in 2009.', 30_000, 'min', 'other'],
    ['She wants to earn $10,000 in 3 years.', 10_000, 'exact', 'money'],
    ['Over 7.1. million meals were shipped.', 7_100_000, 'min', 'objects'],
    ['With also most 160 people dead, the storm was deadly.', 160, 'approx', 'deaths'],
  ])('%s', (text, value, qualifier, quantity) => {
    expect(read(text)).toContainEqual([value, qualifier, quantity]);
  });

  test.each([
    ['The figure is above 1000 and below 1500.', [1000, 'min'], [1500, 'max']],
    ['Between 20 and 100 people were trapped.', [20, 'min'], [100, 'max']],
    ['Estimates run at 1,000-5,000 fighters.', [1000, 'min'], [5000, 'max']],
    ['Shelters took 20 through 100 families each.', [20, 'min'], [100, 'max']],
    ['Teams of 500 or more volunteers and at least 30 doctors arrived.', [500, 'min'], [30, 'min']],
  ])('a range or bound: %s', (text, ...ends) => {
    const found = read(text).map(([value, qualifier]) => [value, qualifier]);
    for (const end of ends) expect(found).toContainEqual(end);
  });

  test('a score, a phone number and a name with a number are not figures', () => {
    expect(read('The council voted 12-3 after callers dialled 833-997-6237 about Region 10.')).toEqual([]);
  });

  test('a change from one value to another is no range', () => {
    expect(read('The toll rose from 10 to 20 overnight.').map(([value, qualifier]) => [value, qualifier])).toEqual([
      [10, 'exact'],
      [20, 'exact'],
    ]);
  });
});
