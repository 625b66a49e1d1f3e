/** Site paths for claims and comparisons (article and line paths live with the renderer). */

/** The page of one claim. */
export function claimPath(claimId: string): string {
  return `/claims/${claimId}/`;
}

/** The page of one comparison. */
export function comparePath(comparisonId: string): string {
  return `/compare/${comparisonId}/`;
}

/**
 * Whether a claim has a page of its own: figures and quotes, the claims people cite. Places and
 * people are many (most mentions of "Russia"), so they link to their comparison or their place
 * in the article instead; a page each would multiply the site's size for no reader.
 */
export function hasClaimPage<T extends { kind: string }>(claim: T): claim is T & { kind: 'figure' | 'quote' } {
  return claim.kind === 'figure' || claim.kind === 'quote';
}
