import { describe, expect, test } from 'vitest';
import { figureWords as figureWordsOf } from '../../../src/lib/format.ts';
import { storyCard } from '../../../src/site/views/story-card.ts';
import { projectStory } from '../../support/story.ts';

describe('storyCard', () => {
  test('gives the period, the outlets by name, the first and last dates, and the sharpest difference with who gives each end', async () => {
    const card = storyCard(await projectStory('north-korean-troops-in-russia'));
    expect(card.period).toBe('October 2024');
    expect(card.outlets).toEqual([
      'Yeni Şafak',
      'DOD News',
      'South China Morning Post',
      'The News and Views',
      'Time.news',
    ]);
    expect(card.first).toEqual({ iso: '2024-10-23', label: '23 October 2024' });
    expect(card.last).toEqual({ iso: '2024-10-31', label: '31 October 2024' });
    expect(card.sharpest?.topic).toBe('North Korean troops in Russia');
    expect(card.sharpest?.low).toMatchObject({ words: '10,000 soldiers', outlets: ['Yeni Şafak'] });
    expect(card.sharpest?.high.words).toBe('up to 12,000 troops');
    expect(card.sharpest?.high.outlets).toEqual(['The News and Views']);
    expect(card.differing).toMatch(/^\d+ of \d+ figures and quotes differ between sources$/);
  });

  test('credits each end of the sharpest difference only with the outlets that name that source', async () => {
    const story = await projectStory('north-korean-troops-in-russia');
    const card = storyCard(story);
    const figures = story.claims.filter((claim) => claim.kind === 'figure');
    for (const end of [card.sharpest!.low, card.sharpest!.high])
      for (const outlet of end.outlets) {
        const given = figures.filter(
          (claim) => story.articleById.get(claim.articleId)?.outlet === outlet && figureWordsOf(claim) === end.words,
        );
        expect(given.length, `${outlet} gives ${end.words}`).toBeGreaterThan(0);
        expect(
          given.some((claim) => claim.attribution === end.who),
          `${outlet} credits ${end.who}`,
        ).toBe(true);
      }
  });
});
