/**
 * The site's search index, built once per build from the assembled story and shared by the
 * endpoints that write its files.
 */
import { sourceLabel } from '../../lib/format.ts';
import { loadSite } from '../load-site.ts';
import { buildSearchIndex, type SearchIndexFiles } from './build-index.ts';
import type { SourceList } from '../../lib/search/engine.ts';

let index: Promise<SearchIndexFiles & { sources: SourceList }> | undefined;

async function assemble(): Promise<SearchIndexFiles & { sources: SourceList }> {
  const { articles } = await loadSite();
  const sources = articles.map((article) => ({
    slug: article.slug,
    source: sourceLabel(article),
    title: article.title,
  }));
  return { ...buildSearchIndex(articles), sources };
}

/** The search index files and the list of sources, built on first use. */
export function loadSearchIndex(): Promise<SearchIndexFiles & { sources: SourceList }> {
  index ??= assemble();
  return index;
}

/** A JSON response, compact: these files are for the browser, not for reading. */
export function jsonResponse(data: unknown): Response {
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
