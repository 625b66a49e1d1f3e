import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonResponse, loadSearchIndex } from '../../../site/search/site-index.ts';

export const getStaticPaths = (async () => {
  const { docs } = await loadSearchIndex();
  return docs.map((shard, index) => ({ params: { shard: String(index) }, props: { shard } }));
}) satisfies GetStaticPaths;

/** `/search/d/<n>.json`: what results show for one range of articles. */
export const GET: APIRoute = ({ props }) => jsonResponse(props.shard);
