/**
 * The three cases issue 13 names on the first story: seed 000's "outfit it" (the Pentagon
 * transcript says "outfitted"), its "10,000" (the transcript: "around 10,000"), and a quote from
 * the question-and-answer part, which only the missing part of the transcript could hold.
 */
import { describe, expect, test } from 'vitest';
import { checkStory } from '../../../src/pipeline/check/check-story.ts';
import { storyContent } from '../../support/story-content.ts';

const { articles, primaries } = await storyContent('north-korean-troops-in-russia');
const { checks, speakers } = checkStory(articles, primaries);
const seed = articles.find((article) => article.id.startsWith('000_'))!;
const claimOf = (kind: 'quote' | 'figure', words: string) =>
  seed.claims.find((claim) => claim.kind === kind && claim.text.includes(words))!;
const transcript = primaries.find((primary) => primary.partial && primary.id.includes('austin'))!;

describe('the first story’s quotes and figures against the Pentagon transcript', () => {
  test('reads the transcript’s mid-line label as the Secretary of Defense the articles quote, by the name the story gives him', () => {
    const names = speakers.get(transcript.id)!.map((speaker) => speaker?.name ?? null);
    expect(names).toContain('Lloyd J. Austin III');
  });

  test('“outfit it” is a variant of “outfitted”, with the outlet’s parenthesis said in words', () => {
    const check = checks.get(claimOf('quote', 'outfit it').id)!;
    expect(check).toMatchObject({ verdict: 'variant', primaryId: transcript.id });
    const differing = check.verdict === 'variant' ? check.diff.filter((part) => part.op !== 'same') : [];
    expect(differing).toContainEqual({ op: 'changed', primary: 'outfitted', quote: 'outfit it' });
    expect(differing).toContainEqual({
      op: 'inserted',
      primary: null,
      quote: "(Democratic People's Republic of Korea)",
    });
    expect(transcript.lines[check.line!]!.slice(check.start!, check.end!)).toBe(check.text);
  });

  test('“10,000 soldiers” differs from the transcript’s “around 10,000 soldiers”: the article drops “around”', () => {
    const check = checks.get(claimOf('figure', '10,000').id)!;
    expect(check).toMatchObject({ verdict: 'differs', primaryId: transcript.id, value: 10000, qualifier: 'approx' });
    expect(check.verdict === 'differs' && check.differences).toEqual(['qualifier']);
    expect(check.note).toContain('this article drops “around”');
  });

  test('a quote from the questions is not in the part of the transcript we have, and never “not said”', () => {
    const check = checks.get(claimOf('quote', 'Whether or not').id)!;
    expect(check).toMatchObject({ verdict: 'not-found', primaryId: transcript.id, partial: true });
    expect(check.note).toMatch(/^Not in the part of the transcript we have/u);
  });

  test('no quote of a speaker without words in a primary is given a verdict', () => {
    const unchecked = seed.claims.filter(
      (claim) => claim.kind === 'quote' && claim.speaker !== null && !claim.speaker.includes('Austin'),
    );
    expect(unchecked.length).toBeGreaterThan(0);
    expect(unchecked.filter((claim) => checks.has(claim.id))).toEqual([]);
  });
});
