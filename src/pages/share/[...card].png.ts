import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../site/load-site.ts';
import { cardPng } from '../../site/share/draw-card.ts';
import type { ShareCard } from '../../site/share/card.ts';
import { siteCards } from '../../site/share/site-cards.ts';

export const getStaticPaths = (async () =>
  siteCards(await loadSite()).map((placed) => ({
    params: { card: placed.path.slice('/share/'.length, -'.png'.length) },
    props: { card: placed.card },
  }))) satisfies GetStaticPaths;

/** A share card as PNG, drawn at build time or taken from the card cache. */
export const GET: APIRoute<{ card: ShareCard }> = async ({ props }) =>
  new Response(new Uint8Array(await cardPng(props.card)), { headers: { 'Content-Type': 'image/png' } });
