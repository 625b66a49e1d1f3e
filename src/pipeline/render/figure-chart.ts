import type { Element } from 'hast';
import { s } from 'hastscript';
import { figureLabel, figureWords } from '../../lib/format.ts';
import type { FigureClaim } from '../../lib/schemas.ts';

/** One bar of the chart: a source's figure. */
export interface ChartRow {
  label: string;
  claim: FigureClaim;
}

const WIDTH = 640;
const LABEL = 190;
const ROW = 34;
const BAR = 18;

/**
 * A horizontal bar chart of the values sources give for one quantity, as static SVG (hast).
 * Bars of upper bounds are drawn open-ended, lower bounds with an arrow, approximations hatched
 * by a lighter fill; the SVG carries a title and a description listing every value.
 */
export function figureChart(id: string, title: string, rows: readonly ChartRow[]): Element {
  const max = Math.max(...rows.map((row) => row.claim.value), 1);
  const plot = WIDTH - LABEL - 110;
  const height = rows.length * ROW + 28;
  const description = rows.map((row) => `${row.label}: ${figureWords(row.claim)}`).join('; ');
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((share) => ({ x: LABEL + share * plot, value: Math.round(share * max) }));
  return s(
    'svg',
    {
      viewBox: `0 0 ${WIDTH} ${height}`,
      role: 'img',
      ariaLabelledby: `${id}-title ${id}-desc`,
      className: ['figure-chart'],
    },
    [
      s('title', { id: `${id}-title` }, title),
      s('desc', { id: `${id}-desc` }, description),
      ...ticks.map((tick) =>
        s('g', { className: ['tick'] }, [
          s('line', { x1: tick.x, x2: tick.x, y1: 4, y2: height - 22 }),
          s('text', { x: tick.x, y: height - 6, textAnchor: 'middle' }, tick.value.toLocaleString('en-US')),
        ]),
      ),
      ...rows.map((row, index) => {
        const y = 8 + index * ROW;
        const width = Math.max(2, (row.claim.value / max) * plot);
        return s('g', { className: ['bar', `bar-${row.claim.qualifier}`] }, [
          s(
            'text',
            { x: LABEL - 10, y: y + BAR / 2 + 5, textAnchor: 'end', className: ['bar-label'] },
            row.label.length > 28 ? `${row.label.slice(0, 27)}…` : row.label,
          ),
          s('rect', { x: LABEL, y, width, height: BAR, rx: 3 }),
          s(
            'text',
            { x: LABEL + width + 8, y: y + BAR / 2 + 5, className: ['bar-value'] },
            figureLabel(row.claim).replace(` ${row.claim.unit ?? ''}`, ''),
          ),
        ]);
      }),
    ],
  );
}
