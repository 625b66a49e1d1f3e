import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkStory } from '../../../src/pipeline/check/check-story.ts';
import { foldText } from '../../../scripts/lib/score-extraction.ts';
import { storyContent } from '../../support/story-content.ts';

/** A hand label of the Helene story: a quote (by a substring of its words) or a figure (by its value), checked against a primary. */
interface PrimaryCheckLabel {
  article: string;
  line: number;
  text?: string;
  value?: number;
  primary: string;
  verdict: 'verbatim' | 'variant' | 'not-found' | 'same' | 'differs';
  note: string;
}

const STORY = 'hurricane-helene-federal-response-2024';
const labels = (
  JSON.parse(readFileSync(new URL(`../../fixtures/gold/${STORY}.json`, import.meta.url), 'utf8')) as {
    primaryChecks: PrimaryCheckLabel[];
  }
).primaryChecks;
const { articles, primaries } = await storyContent(STORY);
const { checks } = checkStory(articles, primaries);

describe('checks against the primaries of the Helene story, by its hand labels', () => {
  const run = (label: PrimaryCheckLabel) => {
    const claim = articles
      .find((article) => article.id === label.article)
      ?.claims.find(
        (claim) =>
          claim.line === label.line &&
          (label.value === undefined
            ? claim.kind === 'quote' && foldText(claim.quote).includes(label.text!)
            : claim.kind === 'figure' && claim.value === label.value),
      );
    expect(claim, 'the labelled claim is extracted').toBeDefined();
    const check = checks.get(claim!.id);
    expect(check, 'it is checked').toBeDefined();
    expect([check!.primaryId, check!.verdict]).toEqual([label.primary, label.verdict]);
  };
  for (const label of labels)
    test(`${label.article} line ${label.line} (${label.text ?? label.value}) is ${label.verdict} against ${label.primary}`, () => {
      run(label);
    });
});
