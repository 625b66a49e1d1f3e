import type { ElementContent } from 'hast';
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

function render(text: string, from: number, to: number, spans: Span[]): ElementContent[] {
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
        dataKind: kindInfo(span.claim.kind).label,
        title: describeClaim(span.claim),
      },
      children: render(text, span.start, span.end, span.children),
    });
    cursor = span.end;
  }
  if (to > cursor) out.push({ type: 'text', value: text.slice(cursor, to) });
  return out;
}

/**
 * The hast children of one source line, `text.slice(from, to)`, with every claim of that line
 * wrapped in a `<mark>` whose id is the claim id, so `#<claim-id>` scrolls to it and highlights it.
 * Text stays text: hast-util-to-html escapes it.
 */
export function markClaims(text: string, claims: readonly Claim[], from = 0, to = text.length): ElementContent[] {
  const inRange = claims.filter((claim) => claim.start >= from && claim.end <= to && claim.end > claim.start);
  return render(text, from, to, nest(inRange));
}
