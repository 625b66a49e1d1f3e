import type { APIRoute } from 'astro';
import { buildExport } from '../../lib/export.ts';
import { loadStory } from '../../lib/story.ts';

/** `/data/claims.json`: every article, claim and comparison, for people who reuse the data. */
export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(buildExport(await loadStory()), null, 1)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
