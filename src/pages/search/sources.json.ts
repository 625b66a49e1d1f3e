import type { APIRoute } from 'astro';
import { jsonResponse, loadSearchIndex } from '../../site/search/site-index.ts';

/** `/search/sources.json`: every source's slug, outlet and title, for the search page's source filter. */
export const GET: APIRoute = async () => jsonResponse((await loadSearchIndex()).sources);
