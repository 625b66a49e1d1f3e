import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { Heading, Paragraph, Root } from 'mdast';
import { toHast, type State } from 'mdast-util-to-hast';
import type { Claim } from '../../lib/schemas.ts';
import { blockText } from '../parse/title.ts';
import { lineAnchor } from '../../lib/urls.ts';
import { lineChecks, markClaims, type ClaimHref, type ClaimTag, type MarkOptions } from './mark-claims.ts';

/** Options for rendering one article. */
export interface RenderOptions {
  /** Claims of the article, marked in place. */
  claims: readonly Claim[];
  /** Whether the headline line is shown as the page's `<h1>` (false when the page prints its own title). */
  headlineIsTitle: boolean;
  /** Where each claim mark leads; without it marks are not links. */
  href?: ClaimHref | undefined;
  /** Extra anchors per 0-based line: ids of claims once published there, so that their links still land on the line. */
  anchors?: ReadonlyMap<number, readonly string[]> | undefined;
  /** Words shown after some claims' marks, by claim id: a quote's check against the primary source. */
  tags?: ReadonlyMap<string, ClaimTag> | undefined;
}

function anchorsAt(line: number, options: RenderOptions): Element[] {
  return (options.anchors?.get(line) ?? []).map((id) => element('span', ['claim-anchor'], [], { id }));
}

function lineNumber(line: number): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['ln'], href: `#${lineAnchor(line)}`, ariaLabel: `Line ${line + 1}` },
    children: [{ type: 'text', value: String(line + 1) }],
  };
}

function element(
  tagName: string,
  className: string[],
  children: ElementContent[],
  properties: Element['properties'] = {},
): Element {
  return {
    type: 'element',
    tagName,
    properties: className.length > 0 ? { className, ...properties } : properties,
    children,
  };
}

function content(node: Heading | Paragraph, claims: readonly Claim[], options: MarkOptions): ElementContent[] {
  const text = blockText(node);
  const line = node.data?.line ?? 0;
  const mine = claims.filter((claim) => claim.line === line);
  const { speechStart, markerLength, role } = node.data ?? {};
  const prefix = role === 'turn' ? speechStart : markerLength;
  if (prefix === undefined) return markClaims(text, mine, 0, text.length, options);
  const label =
    role === 'turn'
      ? element('b', ['speaker'], markClaims(text, mine, 0, prefix, options))
      : element('span', ['marker'], [{ type: 'text', value: text.slice(0, prefix) }]);
  return [label, ...markClaims(text, mine, prefix, text.length, options)];
}

// A subheading printed mid-article opens a section just as a heading does, so both are h2 (axe: heading-order).
const TAG: Record<string, string> = { heading: 'h2', subheading: 'h2' };

function block(node: Heading | Paragraph, options: RenderOptions): Element {
  const line = node.data?.line ?? 0;
  const role = node.data?.role ?? 'paragraph';
  const duplicateOf = node.data?.duplicateOf;
  const id = lineAnchor(line);
  const isTitle = role === 'headline' && options.headlineIsTitle && duplicateOf === undefined;
  const text = element(
    isTitle ? 'h1' : duplicateOf === undefined ? (TAG[role] ?? 'p') : 'p',
    ['text'],
    content(node, options.claims, options),
  );
  const classes = ['line', `line-${role}`];
  if (duplicateOf !== undefined) {
    const summary = element(
      'summary',
      [],
      [{ type: 'text', value: `Line ${line + 1} repeats line ${duplicateOf + 1}` }],
    );
    return element(
      'details',
      [...classes, 'line-duplicate'],
      [summary, ...anchorsAt(line, options), lineNumber(line), text],
      {
        id,
      },
    );
  }
  if (role === 'boilerplate') {
    const label = element('span', ['boilerplate-label'], [{ type: 'text', value: 'Not reporting' }]);
    return element('aside', classes, [...anchorsAt(line, options), lineNumber(line), label, text], {
      id,
      ariaLabel: `Line ${line + 1}, not reporting`,
    });
  }
  const checks = lineChecks(
    options.claims.filter((claim) => claim.line === line),
    options.tags,
  );
  return element('div', classes, [...anchorsAt(line, options), lineNumber(line), text, ...checks], { id });
}

/**
 * Renders an article tree to hast with the standard mdast-to-hast tool: one element per source
 * line carrying its line anchor (`#L4`) and number, claims wrapped in marks, repeated lines
 * folded into `<details>`, boilerplate set apart. Article text only ever becomes hast text.
 */
export function articleToHast(tree: Root, options: RenderOptions): HastRoot {
  const handle = (_state: State, node: Heading | Paragraph) => block(node, options);
  const result = toHast(tree, { handlers: { heading: handle, paragraph: handle } });
  return result.type === 'root' ? result : { type: 'root', children: [result] };
}
