/** The coverage matrix: comparisons down, sources across, each cell the source's version or nothing. */
import { kindInfo } from '../../lib/claim-kinds.ts';
import { figureValue } from '../../lib/format.ts';
import { groupBy } from '../../lib/group-by.ts';
import { LIMITS } from '../../lib/limits.ts';
import type { Claim, Comparison } from '../../lib/schemas.ts';
import { claimInPlacePath, comparePath } from '../../lib/urls.ts';
import { claimsOf, type Story } from '../story.ts';
import { sourceRef, type SourceRef } from './source-ref.ts';
import { verdictView, type VerdictView } from './verdict.ts';

/** One cell's entry: what the source says, linked to the claim in its article. */
export interface MatrixEntry {
  text: string;
  href: string;
}

/** One row: a comparison and, per column, the source's entries (none: the source does not report it). */
export interface MatrixRow {
  kindLabel: string;
  kind: Comparison['kind'];
  topic: string;
  href: string;
  verdict: VerdictView;
  cells: MatrixEntry[][];
}

/** The matrix of a set of comparisons. */
export interface CoverageMatrix {
  columns: SourceRef[];
  /** Sources left out of the columns (with many sources, those that carry the fewest of these rows). */
  hiddenColumns: number;
  rows: MatrixRow[];
}

function cellText(claim: Claim): string {
  if (claim.kind === 'figure') return figureValue(claim);
  if (claim.kind === 'quote') return claim.partial ? 'quoted in part' : 'quoted';
  return 'named';
}

/** The matrix of `rows`, with columns for the story's sources (the dozen that carry the most of them, with many). */
export function coverageMatrix(story: Story, rows: readonly Comparison[]): CoverageMatrix {
  const carried = new Map(story.articles.map((article) => [article.id, 0]));
  for (const row of rows) for (const id of row.articleIds) carried.set(id, (carried.get(id) ?? 0) + 1);
  const order = new Map(story.articles.map((article, index) => [article.id, index]));
  const columns =
    story.articles.length <= LIMITS.matrixColumns
      ? story.articles
      : [...story.articles]
          .sort((a, b) => carried.get(b.id)! - carried.get(a.id)! || order.get(a.id)! - order.get(b.id)!)
          .slice(0, LIMITS.matrixColumns)
          .sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  return {
    columns: columns.map(sourceRef),
    hiddenColumns: story.articles.length - columns.length,
    rows: rows.map((comparison) => {
      const byArticle = groupBy(claimsOf(story, comparison), (claim) => claim.articleId);
      return {
        kind: comparison.kind,
        kindLabel: kindInfo(comparison.kind).label,
        topic: comparison.topic,
        href: comparePath(comparison.id),
        verdict: verdictView(story, comparison),
        cells: columns.map((article) =>
          (byArticle.get(article.id) ?? []).map((claim) => ({
            text: cellText(claim),
            href: claimInPlacePath(article.slug, claim.id),
          })),
        ),
      };
    }),
  };
}
