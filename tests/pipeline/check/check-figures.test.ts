import { describe, expect, test } from 'vitest';
import { checkStory } from '../../../src/pipeline/check/check-story.ts';
import { sameQuantity } from '../../../src/pipeline/check/same-quantity.ts';
import type { FigureCheck, FigureClaim } from '../../../src/lib/schemas.ts';
import { articleOf, figureClaim, primaryOf } from '../../support/primary-fixtures.ts';

describe('sameQuantity', () => {
  // The article's figures; the primary's are made by `given`, in a text of their own.
  const cranes = figureClaim('12 cranes', 12, 'cranes', 'cranes on the pier');
  const given = (text: string, value: number, unit: string, subject: string | null) =>
    figureClaim(text, value, unit, subject, { articleId: 'primary' });
  test('reads the kind of quantity the extraction gives: people of any name, money, counted things', () => {
    expect(figureClaim('40 dockers', 40, 'workers', null).quantity).toBe('people');
    expect(figureClaim('40 sailors', 40, 'sailors', null).quantity).toBe('people');
    expect(figureClaim('$4 million', 4e6, 'dollars', null).quantity).toBe('money');
    expect(cranes.quantity).toBe('objects');
    expect(sameQuantity(figureClaim('40 sailors', 40, 'sailors', 'sailors'), given('$40', 40, 'dollars', null))).toBe(
      false,
    );
  });

  test('takes figures of one kind as one quantity with a subject word in common, or with close values', () => {
    expect(sameQuantity(cranes, given('15 cranes', 15, 'cranes', 'cranes'))).toBe(true);
    expect(sameQuantity(cranes, given('40 cranes', 40, 'cranes', 'cranes on the pier'))).toBe(true);
    expect(sameQuantity(cranes, given('40 cranes', 40, 'cranes', 'cranes ordered'))).toBe(false);
  });

  test('never takes different kinds, or subjects that name different things, for one quantity', () => {
    expect(sameQuantity(cranes, given('12 ships', 12, 'ships', 'ships on the pier'))).toBe(false);
    const north = figureClaim('17 berths', 17, 'berths', 'berths in Northport');
    expect(sameQuantity(north, given('17 berths', 17, 'berths', 'berths in Southport'))).toBe(false);
    expect(sameQuantity(north, given('16 berths', 16, 'berths', 'berths in Northport'))).toBe(true);
  });
});

describe('checking figures against the primaries', () => {
  const monday = primaryOf(
    'monday',
    [
      'Remarks on the port',
      'THE MINISTER:  So far, that’s over 3,600 workers deployed.  We have around 12 cranes on the pier.',
    ].join('\n'),
    { title: 'Remarks by Minister Okafor', publisher: 'Ministry of Ports', published: '2031-05-05' },
  );
  const wednesday = primaryOf(
    'wednesday',
    [
      'Briefing',
      'MR. RIEL:  More than 4,800 workers from across the port authority are deployed, and 12 cranes are on the pier.',
    ].join('\n'),
    { title: 'Briefing by Harbour Master Tomas Riel', publisher: 'Port Authority', published: '2031-05-07' },
  );
  const run = (claim: FigureClaim, facts = {}) =>
    checkStory([articleOf([claim], facts)], [monday, wednesday]).checks.get(claim.id) as FigureCheck | undefined;

  test('prefers the primary of the same day, and says what differs in the words of both', () => {
    const claim = figureClaim('More than 3,500 workers', 3500, 'workers', 'workers from across the port authority', {
      qualifier: 'min',
    });
    const found = run(claim, { published: '2031-05-05' });
    expect(found).toMatchObject({
      verdict: 'differs',
      primaryId: 'monday',
      value: 3600,
      qualifier: 'min',
      differences: ['value'],
    });
    expect(monday.lines[found!.line]!.slice(found!.start, found!.end)).toBe(found!.text);
    expect(found!.note).toBe(
      'Okafor in the transcript says “over 3,600 workers”; this article says “More than 3,500 workers”.',
    );
  });

  test('prefers the primary of the figure’s own source: the person the article credits it to', () => {
    const claim = figureClaim('12 cranes', 12, 'cranes', 'cranes on the pier', { attribution: 'Riel' });
    expect(run(claim, { published: '2031-05-05' })).toMatchObject({ primaryId: 'wednesday', verdict: 'same' });
  });

  test('says when the article drops the primary’s hedge', () => {
    const claim = figureClaim('12 cranes', 12, 'cranes', 'cranes on the pier', { attribution: 'Okafor' });
    expect(run(claim)).toMatchObject({ verdict: 'differs', differences: ['qualifier'] });
    expect(run(claim)!.note).toContain('this article drops “around”');
  });

  test('gives no check to a figure whose quantity no primary gives', () => {
    expect(run(figureClaim('5 tugboats', 5, 'tugboats', 'tugboats'))).toBeUndefined();
  });
});
