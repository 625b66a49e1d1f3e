import type { Root } from 'mdast';
import { toHtml } from 'hast-util-to-html';
import type { Claim } from '../../lib/schemas.ts';
import { articleToHast } from './article-to-hast.ts';
import type { MarkOptions } from './mark-claims.ts';

/** The HTML of an article, in two parts so the page can put its byline between them. */
export interface RenderedArticle {
  /** The headline line as the page's `<h1>`, or null when the article has none. */
  headline: string | null;
  /** Every other line. */
  body: string;
}

/**
 * Renders an article with `articleToHast` and serializes it with hast-util-to-html, which
 * escapes every character of article text. The first line, when it is a headline, comes apart.
 */
export function renderArticle(
  tree: Root,
  claims: readonly Claim[],
  anchors?: ReadonlyMap<number, readonly string[]>,
  marks: MarkOptions = {},
): RenderedArticle {
  const [first, ...rest] = tree.children;
  const hasHeadline = first?.data?.role === 'headline' && first.data.duplicateOf === undefined;
  const part = (children: Root['children'], headlineIsTitle: boolean) =>
    toHtml(articleToHast({ ...tree, children }, { claims, headlineIsTitle, anchors, ...marks }));
  return hasHeadline
    ? { headline: part([first], true), body: part(rest, false) }
    : { headline: null, body: part(tree.children, false) };
}
