/** The search index of the hand-made test stories, in small shards, served from memory as the site serves its files. */
import { buildSearchIndex } from '../../../src/site/search/build-index.ts';
import type { FetchJson } from '../../../src/lib/search/engine.ts';
import { STORIES } from './corpus.ts';

export const index = buildSearchIndex(STORIES, { postingShardChars: 40, docShardChars: 10 });

/** A `FetchJson` over the index's files, and every path it was asked for. */
export function serveIndex(): { fetchJson: FetchJson; fetched: string[] } {
  const fetched: string[] = [];
  const fetchJson: FetchJson = async (path) => {
    fetched.push(path);
    const [file] = path.split('?');
    if (file === 'index.json') return index.manifest;
    if (file === 'sources.json') return index.sources;
    const [, kind, n] = /^(p|d)\/(\d+)\.json$/.exec(file!)!;
    return kind === 'p' ? index.postings[Number(n)] : index.docs[Number(n)];
  };
  return { fetchJson, fetched };
}
