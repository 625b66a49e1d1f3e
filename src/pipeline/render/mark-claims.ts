import type { ElementContent } from 'hast';
import type { Claim } from '../../lib/schemas.ts';

interface Span {
  claim: Claim;
  start: number;
  end: number;
  children: Span[];
}

const KIND_LABEL: Record<Claim['kind'], string> = {
  figure: 'Figure',
  quote: 'Quote',
  place: 'Place',
  person: 'Person',
  date: 'Date',
};

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
    case 'date':
      return 'Date';
  }
}

/** How a claim compares with the primary source: a word or two for its mark ("transcript: verbatim"), a sentence for its line, and its link. */
export interface ClaimTag {
  text: string;
  label: string;
  href: string;
}

function render(
  text: string,
  from: number,
  to: number,
  spans: Span[],
  tags?: ReadonlyMap<string, ClaimTag>,
): ElementContent[] {
  const out: ElementContent[] = [];
  let cursor = from;
  for (const span of spans) {
    if (span.start > cursor) out.push({ type: 'text', value: text.slice(cursor, span.start) });
    out.push({
      type: 'element',
      tagName: 'mark',
      properties: {
        id: span.claim.id === '' ? undefined : span.claim.id,
        className: ['claim', `claim-${span.claim.kind}`],
        dataKind: KIND_LABEL[span.claim.kind],
        dataCheck: tags?.get(span.claim.id)?.text,
        title: describeClaim(span.claim),
      },
      children: render(text, span.start, span.end, span.children, tags),
    });
    cursor = span.end;
  }
  if (to > cursor) out.push({ type: 'text', value: text.slice(cursor, to) });
  return out;
}

/**
 * The hast children of one source line, `text.slice(from, to)`, with every claim of that line
 * wrapped in a `<mark>` whose id is the claim id, so `#<claim-id>` scrolls to it and highlights it.
 * A claim with a tag (its check against a primary source) carries it in `data-check`, which the
 * stylesheet prints after the mark; the line says it in full (`lineChecks`). Text stays text:
 * hast-util-to-html escapes it, and the article's own words are never interrupted.
 */
export function markClaims(
  text: string,
  claims: readonly Claim[],
  from = 0,
  to = text.length,
  tags?: ReadonlyMap<string, ClaimTag>,
): ElementContent[] {
  const inRange = claims.filter((claim) => claim.start >= from && claim.end <= to && claim.end > claim.start);
  return render(text, from, to, nest(inRange), tags);
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
