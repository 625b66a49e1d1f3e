import { describe, expect, test } from 'vitest';
import { claimsOf } from '../../../src/site/story.ts';
import { verdictView } from '../../../src/site/views/verdict.ts';
import { projectStory } from '../../support/story.ts';

const story = await projectStory('north-korean-troops-in-russia');
const find = (kind: string, test: (topic: string) => boolean) =>
  story.comparisons.find((comparison) => comparison.kind === kind && test(comparison.topic))!;

describe('verdictView', () => {
  test('a place is named by its sources, never agreed on', () => {
    const place = find('place', (topic) => topic === 'Russia');
    expect(verdictView(story, place)).toEqual({
      tone: 'mention',
      label: `Named by ${place.articleIds.length} sources`,
    });
  });

  test('the same number with different words for what it counts says so ("moved toward" vs "reached")', () => {
    const comparison = story.comparisons.find(
      (candidate) =>
        candidate.kind === 'figure' &&
        claimsOf(story, candidate).some((claim) => claim.kind === 'figure' && claim.value === 3000),
    )!;
    expect(comparison.verdict).toBe('agree');
    expect(verdictView(story, comparison)).toEqual({
      tone: 'caution',
      label: 'Same number, counted in different words',
    });
  });

  test('figures that differ, quotes worded differently, and what one source alone carries say so', () => {
    const figure = story.comparisons.find(
      (comparison) => comparison.kind === 'figure' && comparison.verdict === 'differ',
    )!;
    const quote = story.comparisons.find(
      (comparison) => comparison.kind === 'quote' && comparison.verdict === 'differ',
    )!;
    const single = story.comparisons.find(
      (comparison) => comparison.kind !== 'place' && comparison.verdict === 'single-source',
    )!;
    expect(verdictView(story, figure).label).toBe('Figures differ');
    expect(verdictView(story, quote).label).toBe('Worded differently');
    expect(verdictView(story, single).label).toBe('One source only');
  });

  test('a quote that other sources give only in part, in the same words, says so (the partial verdict)', () => {
    const quote = story.comparisons.find((comparison) => comparison.kind === 'quote')!;
    expect(verdictView(story, { ...quote, verdict: 'partial' })).toEqual({
      tone: 'partial',
      label: 'Quoted in part, same words',
    });
  });
});
