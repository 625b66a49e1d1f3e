import type { Element } from 'hast';
import { nice, ticks } from 'd3-array';
import { s } from 'hastscript';
import { figureValue, figureWords, formatNumber } from '../../lib/format.ts';
import type { FigureClaim } from '../../lib/schemas.ts';

/** One bar of the chart: a source's figure. */
export interface ChartRow {
  label: string;
  claim: Pick<FigureClaim, 'qualifier' | 'value' | 'unit'>;
}

// Pixel sizes: the SVG has no viewBox, so its text keeps these sizes at any width (never under
// 12 px on a phone) while bars and ticks are laid out in percentages of the width it is given.
const LABEL_Y = 15;
const BAR_Y = 22;
const BAR = 14;
const ROW = 46;
const AXIS = 24;
// The plot stops short of the right edge so that the last tick's label fits.
const PLOT = 94;

const COMPACT = new Intl.NumberFormat('en-US', { notation: 'compact' });

/** A tick's label: "5,000"; in millions and beyond, short ("2M", "10M"), so that five fit a phone's width. */
function tickLabel(value: number, top: number): string {
  return top >= 1_000_000 ? COMPACT.format(value) : formatNumber(value);
}

/** Round tick values from 0 to a round maximum at or above the largest value: 0, 5,000, 10,000, 15,000. */
export function chartTicks(max: number): number[] {
  const [, top] = nice(0, Math.max(max, 1), 4);
  return ticks(0, top, 4);
}

const pct = (value: number, top: number) => `${((value / top) * PLOT).toFixed(2)}%`;

/**
 * A bar chart of the values sources give for one quantity, as static SVG (hast): each source's
 * name and value on a line, its bar below, ticks on round numbers. Upper and lower bounds are
 * drawn open (dashed), approximations lighter; the SVG has a title and a description listing
 * every value.
 */
export function figureChart(id: string, title: string, rows: readonly ChartRow[]): Element {
  const values = chartTicks(Math.max(...rows.map((row) => row.claim.value), 1));
  const top = values.at(-1)!;
  const height = rows.length * ROW + AXIS;
  const description = rows.map((row) => `${row.label}: ${figureWords(row.claim)}`).join('; ');
  return s(
    'svg',
    {
      width: '100%',
      height,
      role: 'img',
      ariaLabelledby: `${id}-title ${id}-desc`,
      className: ['figure-chart'],
    },
    [
      s('title', { id: `${id}-title` }, title),
      s('desc', { id: `${id}-desc` }, description),
      ...values.map((value, index) =>
        s('g', { className: ['tick'] }, [
          s('line', { x1: pct(value, top), x2: pct(value, top), y1: 0, y2: height - AXIS + 4 }),
          s(
            'text',
            {
              x: pct(value, top),
              y: height - 6,
              textAnchor: index === 0 ? 'start' : 'middle',
            },
            tickLabel(value, top),
          ),
        ]),
      ),
      ...rows.map((row, index) => {
        const y = index * ROW;
        return s('g', { className: ['bar', `bar-${row.claim.qualifier}`] }, [
          s('text', { x: 0, y: y + LABEL_Y, className: ['bar-label'] }, [
            row.label,
            s('tspan', { className: ['bar-value'], dx: 8 }, figureValue(row.claim)),
          ]),
          s('rect', {
            x: 0,
            y: y + BAR_Y,
            width: pct(Math.max(row.claim.value, top / 200), top),
            height: BAR,
            rx: 2,
          }),
        ]);
      }),
    ],
  );
}
