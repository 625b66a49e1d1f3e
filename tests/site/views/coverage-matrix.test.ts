import { describe, expect, test } from 'vitest';
import { coverageMatrix } from '../../../src/site/views/coverage-matrix.ts';
import { projectStory, storyOf } from '../../support/story.ts';

describe('coverageMatrix', () => {
  test('has a column per source, named by outlet, and a cell per source: its version linked in place, or nothing', async () => {
    const story = await projectStory('north-korean-troops-in-russia');
    const troops = story.comparisons.find((comparison) => comparison.topic === 'North Korean troops in Russia')!;
    const matrix = coverageMatrix(story, [troops]);
    expect(matrix.columns.map((column) => column.name)).toEqual([
      'Yeni Şafak',
      'DOD News',
      'South China Morning Post',
      'The News and Views',
      'Time.news',
    ]);
    const [row] = matrix.rows;
    expect(row?.verdict.label).toBe('Figures differ');
    expect(row?.cells[0]?.map((entry) => entry.text)).toEqual(['10,000']);
    expect(row?.cells[1]).toEqual([]);
    expect(row?.cells[3]?.map((entry) => entry.text)).toContain('≤ 12,000');
    expect(row?.cells[0]?.[0]?.href).toMatch(/^\/articles\/000_[^/]+\/#f-/);
  });

  test('with more sources than columns, keeps those that carry the most rows and counts the rest', () => {
    const articles = Object.fromEntries(
      Array.from({ length: 14 }, (_, index) => [
        `a${String(index).padStart(2, '0')}`,
        {
          text: `Headline ${index}\n${index < 2 ? 'Officials said 5,000 troops were sent.' : 'Nothing to count here.'}`,
        },
      ]),
    );
    const story = storyOf('many', articles);
    const troops = story.comparisons.filter((comparison) => comparison.kind === 'figure');
    const matrix = coverageMatrix(story, troops);
    expect(matrix.columns).toHaveLength(12);
    expect(matrix.hiddenColumns).toBe(2);
    expect(matrix.columns.slice(0, 2).map((column) => column.articleId)).toEqual(['a00', 'a01']);
  });
});
