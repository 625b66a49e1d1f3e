/**
 * The built pages that show checks against primary sources, read from a build's export: the
 * layout and accessibility tests visit them as templates of their own.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExportDocument } from '../../src/lib/export-schema.ts';

/** A primary's page, claim pages with a quote's and a figure's check, and comparisons against a primary, as paths. */
export function primaryCheckPages(dist: string): string[] {
  const file = join(dist, 'data/claims.json');
  if (!existsSync(file)) return [];
  const data = JSON.parse(readFileSync(file, 'utf8')) as ExportDocument;
  const checked = data.claims.flatMap((claim) =>
    (claim.kind === 'quote' || claim.kind === 'figure') && claim.primaryCheck
      ? [{ id: claim.id, verdict: claim.primaryCheck.verdict, primary: claim.primaryCheck.primaryId }]
      : [],
  );
  const claimWith = (verdicts: string[]) => checked.find((claim) => verdicts.includes(claim.verdict))?.id;
  const comparisonWith = (verdicts: string[]) =>
    data.comparisons.find((comparison) =>
      comparison.claimIds.some((id) => checked.some((claim) => claim.id === id && verdicts.includes(claim.verdict))),
    )?.permalink;
  const cited = (primaryId: string) => checked.filter((claim) => claim.primary === primaryId).length;
  return [
    // The primary most checks cite: the most passages marked and claims listed under its lines.
    [...data.primaries].sort((a, b) => cited(b.id) - cited(a.id))[0]?.permalink,
    ...[['variant'], ['not-found'], ['same', 'differs']].map((verdicts) => {
      const id = claimWith(verdicts);
      return id && `/claims/${id}/`;
    }),
    comparisonWith(['variant', 'verbatim']),
    comparisonWith(['same', 'differs']),
  ].filter((path): path is string => path !== undefined);
}
