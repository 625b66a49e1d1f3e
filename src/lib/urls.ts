/** The site's paths: stories, articles and their lines, claims, comparisons. No Node APIs: the browser's search uses them too. */

/** The page of one claim. */
export function claimPath(claimId: string): string {
  return `/claims/${claimId}/`;
}

/** The page of one comparison. */
export function comparePath(comparisonId: string): string {
  return `/compare/${comparisonId}/`;
}

/** The anchor of a source line on its reader page: 0-based `line` 3 is `#L4`, as people count lines. */
export function lineAnchor(line: number): string {
  return `L${line + 1}`;
}

/** The reader page of an article. */
export function articlePath(slug: string): string {
  return `/articles/${slug}/`;
}

/** The URL that shows one claim highlighted in place on its reader page. */
export function claimInPlacePath(slug: string, claimId: string): string {
  return `${articlePath(slug)}#${claimId}`;
}

/** The page of a primary source of a story (a transcript, a statement), every line anchored like an article's. */
export function primaryPath(storyId: string, slug: string): string {
  return `/stories/${storyId}/primary/${slug}/`;
}

/** The page of one story. */
export function storyPath(storyId: string): string {
  return `/stories/${storyId}/`;
}
