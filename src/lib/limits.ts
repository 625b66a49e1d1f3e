/**
 * How much one page shows, so that pages stay readable and the build stays linear when a story
 * has hundreds of articles. What is cut is said on the page and is complete in /data/claims.json
 * and on /compare/.
 */
export const LIMITS = {
  /** Rows of the home page's coverage matrix (and of its single-source list). */
  matrixRows: 30,
  /** Source columns of the coverage matrix: the sources that share the most claims. */
  matrixColumns: 12,
  /** Comparisons under "Where the sources differ". */
  disagreements: 8,
  /** Rows of a figure ledger; the chart shows fewer bars. */
  ledgerRows: 100,
  chartBars: 40,
  /** Wordings on a quote comparison page. */
  quoteVariants: 40,
  /** Mentions on a place comparison page. */
  placeMentions: 50,
  /** Other sources' versions on a claim page, one per source. */
  otherSources: 12,
  /** Sources named in a row of the places table. */
  placeSources: 12,
} as const;

/** The first `limit` items and how many were left out. */
export function capped<T>(items: readonly T[], limit: number): { shown: T[]; hidden: number } {
  return { shown: items.slice(0, limit), hidden: Math.max(0, items.length - limit) };
}
