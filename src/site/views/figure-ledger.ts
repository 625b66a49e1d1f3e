/** A figure comparison: notes, the chart and the ledger of each source's words, a primary source's first. */
import { toHtml } from 'hast-util-to-html';
import { figureValue, figureWords, QUALIFIER_LABELS } from '../../lib/format.ts';
import { capped, LIMITS } from '../../lib/limits.ts';
import type { Comparison, FigureClaim } from '../../lib/schemas.ts';
import { claimInPlacePath, claimPath } from '../../lib/urls.ts';
import { figureNotes } from '../../pipeline/compare/figure-notes.ts';
import { claimInContext } from '../../pipeline/render/claim-context.ts';
import { figureChart } from '../../pipeline/render/figure-chart.ts';
import { articleOf, claimsOf, type Story } from '../story.ts';
import { primaryLedgerRows, type PrimaryLedgerRow } from './primary-checks.ts';
import { sourceLine, sourceRef, type SourceRef } from './source-ref.ts';

/** One source's figure in the ledger. */
export interface LedgerRow {
  source: SourceRef;
  /** The sentence it is in, as HTML with the figure marked. */
  context: string;
  claimHref: string;
  inPlaceHref: string;
  /** "≤ 12,000" and "up to 12,000 troops". */
  value: string;
  words: string;
  qualifier: string;
  attribution: string | null;
  subject: string | null;
}

/** What a figure comparison page shows. */
export interface FigureLedger {
  notes: string[];
  /** The chart as SVG markup, and what its caption says about bars left out. */
  chart: string;
  chartNote: string | null;
  /** The same quantity as the story's primary sources give it, shown before the articles' rows. */
  primaryRows: PrimaryLedgerRow[];
  rows: LedgerRow[];
  hidden: number;
}

/** The ledger of a figure comparison. */
export function figureLedger(story: Story, comparison: Comparison): FigureLedger {
  const figures = claimsOf(story, comparison).filter((claim): claim is FigureClaim => claim.kind === 'figure');
  const all = figures.map((claim) => ({ claim, source: sourceRef(articleOf(story, claim)) }));
  const { shown, hidden } = capped(all, LIMITS.ledgerRows);
  const bars = capped(all, LIMITS.chartBars);
  const locate = (claim: FigureClaim) => `${sourceLine(sourceRef(articleOf(story, claim)))}, line ${claim.line + 1}`;
  return {
    notes: figureNotes(figures, locate),
    chart: toHtml(
      figureChart(
        `chart-${comparison.id}`,
        `Values given for: ${comparison.topic}`,
        bars.shown.map(({ claim, source }) => ({ label: source.name, claim })),
      ),
    ),
    chartNote: bars.hidden > 0 ? `the first ${bars.shown.length} of ${all.length}` : null,
    primaryRows: primaryLedgerRows(story, comparison.claimIds),
    rows: shown.map(({ claim, source }) => ({
      source,
      context: claimInContext(articleOf(story, claim).tree, claim),
      claimHref: claimPath(claim.id),
      inPlaceHref: claimInPlacePath(articleOf(story, claim).slug, claim.id),
      value: figureValue(claim),
      words: figureWords(claim),
      qualifier: QUALIFIER_LABELS[claim.qualifier],
      attribution: claim.attribution,
      subject: claim.subject,
    })),
    hidden,
  };
}
