import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../site/load-site.ts';
import { cardPng, publishedCards } from '../../site/share/draw-card.ts';
import type { ShareCard } from '../../site/share/card.ts';
import { siteCards } from '../../site/share/site-cards.ts';

/**
 * Share cards as routes, for the dev server only: a build links each page's card into `dist/`
 * after the pages are written (`publishCard`, and the share-cards integration in astro.config.mjs),
 * which costs a file link a card instead of a route rendered and copied.
 */
export const getStaticPaths = (async () =>
  publishedCards() !== undefined
    ? []
    : siteCards(await loadSite()).map((placed) => ({
        params: { card: placed.path.slice('/share/'.length, -'.png'.length) },
        props: { card: placed.card },
      }))) satisfies GetStaticPaths;

/** A share card as PNG, drawn or taken from the card cache. */
export const GET: APIRoute<{ card: ShareCard }> = ({ props }) =>
  new Response(new Uint8Array(cardPng(props.card)), { headers: { 'Content-Type': 'image/png' } });
