/** Site paths for claims and comparisons (article and line paths live with the renderer). */

/** The page of one claim. */
export function claimPath(claimId: string): string {
  return `/claims/${claimId}/`;
}

/** The page of one comparison. */
export function comparePath(comparisonId: string): string {
  return `/compare/${comparisonId}/`;
}
