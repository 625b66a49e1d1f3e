import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visitParents } from 'unist-util-visit-parents';
import { describe, expect, test } from 'vitest';
import type { Claim } from '../../../src/lib/schemas.ts';
import { articlePage, claimHref } from '../../../src/site/views/article-page.ts';
import { projectStory } from '../../support/story.ts';

const story = await projectStory('north-korean-troops-in-russia');
const article = story.articles[0]!;

describe('claimHref', () => {
  test('leads a figure or quote to its page, a place to its mentions, a person to a search for the name', () => {
    const href = claimHref(story);
    const byKind = (kind: string) => article.claims.find((claim) => claim.kind === kind)!;
    expect(href(byKind('quote'))).toBe(`/claims/${byKind('quote').id}/`);
    expect(href(byKind('figure'))).toBe(`/claims/${byKind('figure').id}/`);
    expect(href(byKind('place'))).toBe(`/compare/${story.comparisonOfClaim.get(byKind('place').id)!.id}/`);
    const person = article.claims.find(
      (claim): claim is Extract<Claim, { kind: 'person' }> => claim.kind === 'person',
    )!;
    expect(href(person)).toBe(`/search/?q=${encodeURIComponent(person.name)}`);
  });
});

describe('articlePage', () => {
  test('marks every claim with a link: each text of a claim lies inside a link', () => {
    const { body, headline } = articlePage(story, article, undefined);
    const unlinked: string[] = [];
    for (const html of [body, headline ?? '']) {
      visitParents(fromHtml(html, { fragment: true }), 'text', (node, ancestors) => {
        const claim = ancestors.findLast(
          (parent): parent is Element =>
            parent.type === 'element' && String(parent.properties.className).includes('claim'),
        );
        if (
          claim &&
          !ancestors.some((parent) => parent.type === 'element' && parent.tagName === 'a' && parent.properties.href)
        )
          unlinked.push(node.value);
      });
    }
    expect(article.claims.length).toBeGreaterThan(10);
    expect(unlinked).toEqual([]);
  });

  test('names the source by outlet and lists the legend in the registry’s order, figures and quotes on', () => {
    const view = articlePage(story, article, undefined);
    expect(view.source.name).toBe('Yeni Şafak');
    expect(view.legend.map((entry) => [entry.kind, entry.markedByDefault])).toEqual([
      ['quote', true],
      ['figure', true],
      ['place', false],
      ['person', false],
    ]);
    expect(view.previous).toBeNull();
    expect(view.next?.source.name).toBe('DOD News');
  });
});
