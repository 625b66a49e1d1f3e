import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonResponse, loadSearchIndex } from '../../../site/search/site-index.ts';

export const getStaticPaths = (async () => {
  const { postings } = await loadSearchIndex();
  return postings.map((shard, index) => ({ params: { shard: String(index) }, props: { shard } }));
}) satisfies GetStaticPaths;

/** `/search/p/<n>.json`: the posting lists of one range of the vocabulary. */
export const GET: APIRoute = ({ props }) => jsonResponse(props.shard);
