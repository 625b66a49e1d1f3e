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
