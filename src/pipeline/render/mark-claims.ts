import type { Element, ElementContent } from 'hast';
import { kindInfo } from '../../lib/claim-kinds.ts';
import type { Claim } from '../../lib/schemas.ts';

interface Span {
  claim: Claim;
  start: number;
  end: number;
  children: Span[];
}

/** Nests claim spans: a place inside a quote becomes a child of the quote; a span that crosses another is cut at its end. */
function nest(claims: readonly Claim[]): Span[] {
  const sorted = [...claims].sort((a, b) => a.start - b.start || b.end - a.end);
  const roots: Span[] = [];
  const stack: Span[] = [];
  for (const claim of sorted) {
    while (stack.length > 0 && stack.at(-1)!.end <= claim.start) stack.pop();
    const parent = stack.at(-1);
    const span: Span = {
      claim,
      start: claim.start,
      end: parent ? Math.min(claim.end, parent.end) : claim.end,
      children: [],
    };
    if (span.end <= span.start) continue;
    (parent ? parent.children : roots).push(span);
    stack.push(span);
  }
  return roots;
}

/** A short description of a claim for its tooltip-free label, e.g. "Quote by Lloyd Austin". */
export function describeClaim(claim: Claim): string {
  switch (claim.kind) {
    case 'quote':
      return claim.speaker ? `Quote by ${claim.speaker}` : 'Quote, speaker not named';
    case 'figure':
      return claim.attribution ? `Figure, from ${claim.attribution}` : 'Figure, no source given';
    case 'place':
      return `Place: ${claim.name}`;
    case 'person':
      return `Person: ${claim.name}`;
  }
}

/** How a claim compares with the primary source: a word or two for its mark ("transcript: verbatim"), a sentence for its line, and its link. */
export interface ClaimTag {
  text: string;
  label: string;
  href: string;
}

/** Where a claim mark leads (its claim page, its comparison...), or null for a mark that is not a link. */
export type ClaimHref = (claim: Claim) => string | null;

/** What marks carry besides the claim: where each leads, and the tags of checked claims. */
export interface MarkOptions {
  href?: ClaimHref | undefined;
  tags?: ReadonlyMap<string, ClaimTag> | undefined;
}

function properties(claim: Claim, options: MarkOptions, extra: Element['properties'] = {}): Element['properties'] {
  return {
    id: claim.id === '' ? undefined : claim.id,
    className: ['claim', `claim-${claim.kind}`],
    dataKind: kindInfo(claim.kind).label,
    dataCheck: options.tags?.get(claim.id)?.text,
    title: describeClaim(claim),
    ...extra,
  };
}

const element = (tagName: string, props: Element['properties'], children: ElementContent[]): Element => ({
  type: 'element',
  tagName,
  properties: props,
  children,
});

/**
 * One claim as marked text. Without a link it is a `<mark>`. With one, it is an `<a>`; a claim
 * that holds other claims (a figure inside a quote) cannot be one link around theirs, since links
 * do not nest, so it becomes a `<span>` (its id, its colour) whose own stretches of text are links
 * to it, the first in the tab order and the rest reached by pointer only, with the inner claims'
 * links between them.
 */
function mark(text: string, span: Span, options: MarkOptions): Element {
  const to = options.href?.(span.claim) ?? null;
  if (to === null)
    return element('mark', properties(span.claim, options), render(text, span.start, span.end, span.children, options));
  if (span.children.length === 0)
    return element('a', properties(span.claim, options, { href: to }), [
      { type: 'text', value: text.slice(span.start, span.end) },
    ]);
  let first = true;
  const own = (from: number, until: number): ElementContent[] => {
    if (until <= from) return [];
    const props: Element['properties'] = { href: to, className: ['claim-part'] };
    if (!first) props.tabIndex = -1;
    first = false;
    return [element('a', props, [{ type: 'text', value: text.slice(from, until) }])];
  };
  const children: ElementContent[] = [];
  let cursor = span.start;
  for (const child of span.children) {
    children.push(...own(cursor, child.start), mark(text, child, options));
    cursor = child.end;
  }
  children.push(...own(cursor, span.end));
  return element('span', properties(span.claim, options), children);
}

function render(text: string, from: number, to: number, spans: Span[], options: MarkOptions): ElementContent[] {
  const out: ElementContent[] = [];
  let cursor = from;
  for (const span of spans) {
    if (span.start > cursor) out.push({ type: 'text', value: text.slice(cursor, span.start) });
    out.push(mark(text, span, options));
    cursor = span.end;
  }
  if (to > cursor) out.push({ type: 'text', value: text.slice(cursor, to) });
  return out;
}

/**
 * The hast children of one source line, `text.slice(from, to)`, with every claim of that line
 * marked with the claim id as its id, so `#<claim-id>` scrolls to it and highlights it; with
 * `href`, each mark is a link to where the claim leads. A claim with a tag (its check against a
 * primary source) carries it in `data-check`, which the page prints after the mark; the line says
 * it in full (`lineChecks`). Text stays text: hast-util-to-html escapes it, and the article's own
 * words are never interrupted.
 */
export function markClaims(
  text: string,
  claims: readonly Claim[],
  from = 0,
  to = text.length,
  options: MarkOptions = {},
): ElementContent[] {
  const inRange = claims.filter((claim) => claim.start >= from && claim.end <= to && claim.end > claim.start);
  return render(text, from, to, nest(inRange), options);
}

/** The checks of a line's claims, said in full under the line and linked, in the order of their claims. */
export function lineChecks(
  claims: readonly Claim[],
  tags: ReadonlyMap<string, ClaimTag> | undefined,
): ElementContent[] {
  const tagged =
    tags === undefined
      ? []
      : [...claims]
          .sort((a, b) => a.start - b.start)
          .flatMap((claim) => {
            const tag = tags.get(claim.id);
            return tag ? [tag] : [];
          });
  if (tagged.length === 0) return [];
  return [
    {
      type: 'element',
      tagName: 'ul',
      properties: { className: ['line-checks'] },
      children: tagged.map((tag) => ({
        type: 'element',
        tagName: 'li',
        properties: {},
        children: [
          {
            type: 'element',
            tagName: 'a',
            properties: { href: tag.href },
            children: [{ type: 'text', value: tag.label }],
          },
        ],
      })),
    },
  ];
}
