import type { APIRoute } from 'astro';
import { jsonResponse, loadSearchIndex } from '../../site/search/site-index.ts';

/** `/search/index.json`: the search manifest (vocabulary, frequencies, shard boundaries), fetched on first use of search. */
export const GET: APIRoute = async () => jsonResponse((await loadSearchIndex()).manifest);
