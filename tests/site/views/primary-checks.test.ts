import { describe, expect, test } from 'vitest';
import { articlePage } from '../../../src/site/views/article-page.ts';
import { claimPage } from '../../../src/site/views/claim-page.ts';
import { figureLedger } from '../../../src/site/views/figure-ledger.ts';
import { checkView, quoteCheckTags, storyPrimaries } from '../../../src/site/views/primary-checks.ts';
import { primaryPage } from '../../../src/site/views/primary-page.ts';
import { quoteVariants } from '../../../src/site/views/quote-variants.ts';
import { projectStory } from '../../support/story.ts';

const korea = await projectStory('north-korean-troops-in-russia');
const helene = await projectStory('hurricane-helene-federal-response-2024');
const outfit = korea.claims.find((claim) => claim.kind === 'quote' && claim.quote.includes('outfit it'))!;
const PRESS_CONFERENCE = 'dod-transcript-austin-kim-20241030-opening';

describe('checkView', () => {
  test('a variant quote: the verdict in words, the passage with its speaker and lines, the word diff', () => {
    const view = checkView(korea, outfit.id)!;
    expect(view).toMatchObject({ verdict: 'Variant wording', tone: 'differs', alsoSearched: null });
    expect(view.primary.href).toBe(`/stories/north-korean-troops-in-russia/primary/${PRESS_CONFERENCE}/#${outfit.id}`);
    expect(view.passage).toEqual({
      text: expect.stringContaining('outfitted with Russian uniforms') as string,
      speaker: 'Lloyd J. Austin III',
      where: 'lines 5–6',
    });
    expect(view.diff).toContain('<del title="The primary’s words">outfitted</del>');
  });

  test('a figure that drops a hedge differs, and says what the transcript says', () => {
    const figure = korea.claims.find((claim) => claim.kind === 'figure' && claim.text === '10,000 soldiers')!;
    const view = checkView(korea, figure.id)!;
    expect(view).toMatchObject({ verdict: 'Differs from the primary source', tone: 'differs', diff: null });
    expect(view.note).toContain('drops “around”');
    expect(view.passage).toMatchObject({ text: 'around 10,000 soldiers', where: 'line 5' });
  });

  test('a quote not in a partial transcript is never said to be not said, and links to the primary’s top', () => {
    const [claimId] = [...korea.primaryChecks].find(([, check]) => check.verdict === 'not-found' && check.partial)!;
    const view = checkView(korea, claimId)!;
    expect(view).toMatchObject({ verdict: 'Not in the part of the transcript we have', tone: 'missing' });
    expect(view.passage).toBeNull();
    expect(view.primary.href).toMatch(/\/primary\/[a-z0-9_-]+\/$/u);
  });

  test('a claim with no check has none, and its page shows none', () => {
    const unchecked = korea.claims.find((claim) => claim.kind === 'quote' && !korea.primaryChecks.has(claim.id))!;
    expect(checkView(korea, unchecked.id)).toBeNull();
    expect(
      claimPage(korea, outfit as typeof outfit & { kind: 'quote' }, new URL('https://example.org/')).check?.verdict,
    ).toBe('Variant wording');
  });
});

describe('quoteCheckTags', () => {
  test('tags each checked quote with the primary’s kind and the verdict, linked to the check on its claim page', () => {
    const article = korea.articleById.get(outfit.articleId)!;
    const tag = quoteCheckTags(korea, article.claims).get(outfit.id);
    expect(tag).toEqual({
      text: 'transcript: variant',
      label: expect.stringMatching(/^Variant wording: “Some of these DPRK/u) as string,
      href: `/claims/${outfit.id}/#primary-check`,
    });
  });

  test('a reader page carries the tag on the quote’s mark and the check under its line, and the quote still leads to its page', () => {
    const article = korea.articleById.get(outfit.articleId)!;
    const { body } = articlePage(korea, article, undefined);
    // The quote holds places, so it is a span whose own stretches are links to its page.
    expect(body).toMatch(new RegExp(`id="${outfit.id}" [^>]*data-check="transcript: variant"`, 'u'));
    expect(body).toContain(`<a href="/claims/${outfit.id}/" class="claim-part">`);
    expect(body).toContain(
      `<ul class="line-checks"><li><a href="/claims/${outfit.id}/#primary-check">Variant wording:`,
    );
  });
});

describe('quoteVariants with a primary source', () => {
  test('takes what the speaker said as the reference, no article’s wording as the reference, each wording with its check', () => {
    const biden = helene.comparisons.find(
      (comparison) => comparison.kind === 'quote' && comparison.topic.includes('scared to death'),
    )!;
    const { primary, variants } = quoteVariants(helene, biden);
    expect(primary).toMatchObject({
      speaker: 'Joe Biden',
      text: expect.stringContaining('People wonder whether they’re going to make it.') as string,
    });
    expect(variants.some((variant) => variant.reference)).toBe(false);
    expect(variants.every((variant) => variant.checked !== null && variant.diff !== null)).toBe(true);
    expect(variants[0]!.diff).toContain('[joined without an ellipsis]');
  });
});

describe('figureLedger with a primary source', () => {
  test('puts the primary’s figure first, named by its publisher and date and linked to its line', () => {
    const troops = korea.comparisons.find((comparison) => comparison.topic === 'North Korean troops in Russia')!;
    const [row, ...others] = figureLedger(korea, troops).primaryRows;
    expect(others).toEqual([]);
    expect(row).toMatchObject({
      kindLabel: 'Transcript',
      value: '≈ 10,000',
      qualifier: 'approximate (about, around)',
      speaker: 'Lloyd J. Austin III',
    });
    expect(row!.source).toMatchObject({ name: 'U.S. Department of Defense', date: '30 October 2024' });
    expect(row!.source.href).toBe(`/stories/north-korean-troops-in-russia/primary/${PRESS_CONFERENCE}/#L5`);
    expect(row!.context).toContain('<mark class="claim claim-figure">around 10,000 soldiers</mark>');
  });
});

describe('storyPrimaries', () => {
  test('lists every primary with what it is, and counts the checks by verdict in words', () => {
    const { entries, verdicts } = storyPrimaries(korea);
    expect(entries.map((entry) => entry.href)).toContain(
      `/stories/north-korean-troops-in-russia/primary/${PRESS_CONFERENCE}/`,
    );
    expect(entries.find((entry) => entry.href.includes(PRESS_CONFERENCE))!.facts).toMatch(
      /^Transcript · U\.S\. Department of Defense · 30 October 2024 · only part of it at hand · cited by \d+ claims$/u,
    );
    expect(verdicts.reduce((sum, verdict) => sum + verdict.count, 0)).toBe(korea.primaryChecks.size);
    expect(verdicts.map((verdict) => verdict.label)).toContain('Verbatim');
  });
});

describe('primaryPage', () => {
  const primary = korea.primaries.find((entry) => entry.id === PRESS_CONFERENCE)!;
  const page = primaryPage(korea, primary);

  test('names the primary by its kind, publisher and date, and says only part of it is at hand', () => {
    expect(page).toMatchObject({ kindLabel: 'Transcript', partial: true, statement: false });
    expect(page.source).toMatchObject({ name: 'U.S. Department of Defense', date: '30 October 2024' });
    expect(page.meta).toMatch(/^7 lines, cited by \d+ claims$/u);
  });

  test('says who each label is, and a label no article names keeps its own name', () => {
    expect(page.speakers).toEqual([
      { label: 'PENTAGON PRESS SECRETARY MAJOR GENERAL PAT RYDER', who: 'Pat Ryder', known: true, turns: '1 turn' },
      { label: 'SECRETARY OF DEFENSE LLOYD AUSTIN', who: 'Lloyd J. Austin III', known: true, turns: '1 turn' },
    ]);
  });

  test('marks each cited passage with the claim’s id and lists the claim under its line by outlet, with the verdict', () => {
    expect(page.html).toContain(`<mark class="cited" id="${outfit.id}">`);
    expect(page.html).toMatch(
      new RegExp(
        `<a href="/claims/${outfit.id}/">${korea.articleById.get(outfit.articleId)!.outlet}[^<]*: “Some of these DPRK`,
        'u',
      ),
    );
    expect(page.html).toContain('<span class="check-verdict">variant</span>');
  });
});
