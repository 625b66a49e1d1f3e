/**
 * Share cards: the picture a chat or a social network shows for a link to a story, a comparison
 * or a claim. A card is data (what it says); its file name carries a hash of that data and of the
 * design, so a page names its card before it is drawn, and a card that did not change keeps its
 * name and is not drawn again (see draw-card.ts).
 */
import { createHash } from 'node:crypto';
import type { ClaimKind } from '../../lib/schemas.ts';

/** What a card says. */
export interface ShareCard {
  /** The colour of its edge: a kind of claim, or the site's accent for a story. */
  tone: ClaimKind | 'story';
  /** A small line above: "Quote · South China Morning Post, 31 October 2024". */
  eyebrow: string;
  /** The main words: the claim as written, a comparison's topic, a story's title. */
  title: string;
  /** True when the title is a quotation (set in quote marks, in italics). */
  quoted: boolean;
  /** A line under it: who said it, what the sources say. */
  detail: string | null;
  /** The story it belongs to, at the foot. */
  footer: string;
}

/** Bumped whenever draw-card.ts draws differently, so that every card is drawn anew. */
export const CARD_DESIGN = 3;

/** Where a page's card is published: `/share/<section>/<id>-<hash>.png`. */
export function cardPath(section: 'stories' | 'compare' | 'claims' | 'site', id: string, card: ShareCard): string {
  return `/share/${section}/${id}-${cardHash(card).slice(0, 10)}.png`;
}

// A page names its card's file (cardPath) and records it (publishCard): hashed once.
const hashes = new WeakMap<ShareCard, string>();

/** The hash a card is cached and named by: its words and the design's version. */
export function cardHash(card: ShareCard): string {
  let hash = hashes.get(card);
  if (hash === undefined) {
    hash = createHash('sha256')
      .update(JSON.stringify([CARD_DESIGN, card]))
      .digest('hex');
    hashes.set(card, hash);
  }
  return hash;
}

/** Text cut short, without the spaces and marks it ends on, for an ellipsis to follow ("troops, " -> "troops"). */
export function trimCut(text: string): string {
  return text.replace(/[\s,;:.–—-]+$/u, '');
}

/** Words cut at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function cardText(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  return `${trimCut(cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)))}…`;
}
