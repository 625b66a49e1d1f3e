import { describe, expect, test } from 'vitest';
import type { FigureClaim, PlaceClaim } from '../../../src/lib/schemas.ts';
import { figureNotes } from '../../../src/pipeline/compare/figure-notes.ts';
import { headlineConflicts } from '../../../src/pipeline/compare/headline-conflicts.ts';
import { parseArticleText } from '../../../src/pipeline/parse/parse-article.ts';

const figure = (id: string, attribution: string | null, subject: string): FigureClaim => ({
  id,
  articleId: id,
  kind: 'figure',
  text: 'up to 12,000',
  line: 0,
  start: 0,
  end: 12,
  value: 12_000,
  unit: 'troops',
  quantity: 'people',
  qualifier: 'max',
  subject,
  attribution,
});

describe('figureNotes', () => {
  test('notes one figure credited to two different people', () => {
    const notes = figureNotes(
      [figure('a', 'the minister', 'troops sent'), figure('b', 'the ambassador', 'troops sent')],
      (claim) => claim.articleId,
    );
    expect(notes).toEqual([
      '“up to 12,000 troops” is credited to different sources: the minister (a); the ambassador (b).',
    ]);
  });

  test('notes one value credited to two sources however each hedges it', () => {
    const exact = { ...figure('a', 'the minister', 'troops sent'), text: '12,000', qualifier: 'exact' as const };
    const notes = figureNotes([exact, figure('b', 'the ambassador', 'troops sent')], (claim) => claim.articleId);
    expect(notes[0]).toBe('“12,000 troops” is credited to different sources: the minister (a); the ambassador (b).');
  });

  test('says nothing when only one source names anyone', () => {
    expect(
      figureNotes(
        [figure('a', null, 'troops sent'), figure('b', 'the ambassador', 'troops sent')],
        (claim) => claim.articleId,
      ),
    ).toEqual([]);
  });

  test('says nothing when the sources credit the same person', () => {
    expect(
      figureNotes(
        [
          figure('a', 'South Korean official', 'troops sent'),
          figure('b', 'senior South Korean official', 'troops sent'),
        ],
        (claim) => claim.articleId,
      ),
    ).toEqual([]);
  });

  test('notes different descriptions of what is counted', () => {
    const notes = figureNotes(
      [figure('a', null, 'troops moved toward the front'), figure('b', null, 'troops reached the front')],
      (claim) => claim.articleId,
    );
    expect(notes[0]).toContain('“troops moved toward the front” (a); “troops reached the front” (b)');
  });
});

describe('headlineConflicts', () => {
  const text =
    'Officials Warn of Rebels in Spain\nOfficials said the rebels moved to Portugal last week.\nThe rebels are now in Portugal, they said.';
  const tree = parseArticleText(text);
  const lines = text.split('\n');
  const place = (line: number, name: string): PlaceClaim => {
    const start = lines[line]!.indexOf(name);
    return {
      id: `${line}-${name}`,
      articleId: 'a',
      kind: 'place',
      text: name,
      line,
      start,
      end: start + name.length,
      name,
      lat: null,
      lon: null,
    };
  };

  test('finds a headline that puts the subject in a place its body never does', () => {
    const conflicts = headlineConflicts(tree, [place(0, 'Spain'), place(1, 'Portugal'), place(2, 'Portugal')]);
    expect(conflicts).toEqual([
      {
        headline: 'Rebels in Spain',
        body: [
          { text: 'rebels moved to Portugal', line: 1 },
          { text: 'rebels are now in Portugal', line: 2 },
        ],
      },
    ]);
  });

  test('finds nothing when the body also puts the subject there', () => {
    const agreeing = parseArticleText('Rebels in Spain\nThe rebels moved to Spain.');
    const claims = [place(0, 'Spain'), { ...place(0, 'Spain'), id: 'b', line: 1, start: 21, end: 26 }];
    expect(headlineConflicts(agreeing, claims)).toEqual([]);
  });
});
