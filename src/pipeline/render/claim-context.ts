import type { Root } from 'mdast';
import { toHtml } from 'hast-util-to-html';
import type { Claim } from '../../lib/schemas.ts';
import { blockText } from '../parse/title.ts';
import { splitSentences } from '../parse/language/sentences.ts';
import { markClaims } from './mark-claims.ts';

/** The text of a source line of an article tree, or '' when the line has no block. */
export function lineText(tree: Root, line: number): string {
  const block = tree.children.find((node) => node.data?.line === line);
  return block ? blockText(block) : '';
}

// Pages show the same claims many times (ledgers, other sources), so each is rendered once per
// article tree. Kept by tree: a claim id names only the claim's own words, and an edit around
// them (a reloaded story in `astro dev`) comes with a new tree.
const contexts = new WeakMap<Root, Map<string, string>>();

/**
 * The sentence (or sentences) a claim sits in, as HTML with the claim marked: its wording in
 * context. The mark carries no id, so it can appear on pages other than the article.
 */
export function claimInContext(tree: Root, claim: Claim): string {
  let byId = contexts.get(tree);
  if (!byId) contexts.set(tree, (byId = new Map<string, string>()));
  let html = byId.get(claim.id);
  if (html === undefined) byId.set(claim.id, (html = renderContext(tree, claim)));
  return html;
}

function renderContext(tree: Root, claim: Claim): string {
  const text = lineText(tree, claim.line);
  const sentences = splitSentences(text);
  const from = sentences.findLast((sentence) => sentence.start <= claim.start)?.start ?? 0;
  const to = sentences.find((sentence) => sentence.end >= claim.end)?.end ?? text.length;
  const marked = markClaims(text, [{ ...claim, id: '' }], from, to);
  const html = toHtml({ type: 'root', children: marked });
  return `${from > 0 ? '… ' : ''}${html}${to < text.trimEnd().length ? ' …' : ''}`;
}
