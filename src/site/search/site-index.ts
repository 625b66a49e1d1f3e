/**
 * The site's search index, built once per build from the assembled site (every story, in the
 * order the home page lists them) and shared by the endpoints that write its files.
 */
import { primaryPath } from '../../lib/urls.ts';
import { loadSite } from '../load-site.ts';
import { buildSearchIndex, type SearchIndexFiles } from './build-index.ts';

let index: Promise<SearchIndexFiles> | undefined;

/** The search index files and the list of sources, built on first use. */
export function loadSearchIndex(): Promise<SearchIndexFiles> {
  index ??= loadSite().then(({ stories }) =>
    buildSearchIndex(
      stories.map((story) => ({
        ...story,
        primarySources: story.primaries.map((primary) => ({
          ...primary,
          speakers: (story.primarySpeakers.get(primary.id) ?? []).map((speaker) => speaker?.name ?? null),
          path: primaryPath(story.id, primary.slug),
        })),
      })),
    ),
  );
  return index;
}

/** A JSON response, compact: these files are for the browser, not for reading. */
export function jsonResponse(data: unknown): Response {
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
