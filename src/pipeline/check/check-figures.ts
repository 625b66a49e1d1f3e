/**
 * Checks each figure of a story against the figures its primaries give for the same quantity
 * (`sameQuantity`): of those, the primary of the figure's own source first (the person the
 * article credits, speaking; else the outlet itself, publishing), then the one nearest in date,
 * with the closer words and value; `same` when value and hedge agree, else `differs`.
 */
import type { FigureCheck, FigureClaim } from '../../lib/schemas.ts';
import { nameKey, sameNameKey } from '../compare/compare-quotes.ts';
import { figureNote } from './check-notes.ts';
import { daysApart, type CheckedPrimary } from './check-quotes.ts';
import type { Speaker } from './resolve-speakers.ts';
import { sameQuantity, subjectSimilarity, valueCloseness } from './same-quantity.ts';

/** A figure a primary gives, with who gives it. */
export interface PrimaryFigureEntry {
  figure: FigureClaim;
  primary: CheckedPrimary & { publisher: string | null };
  speaker: Speaker | null;
}

/** What the check knows of the article a figure is in. */
export interface FigureSource {
  outlet: string | null;
  published: string | null;
}

// How much each reason to prefer a primary weighs. The figure's own source decides first; then a
// primary of the same day (counts change from day to day); then the words and the value, the
// value weighing more than a day's difference: a running total a day later and a quarter higher
// is likelier the same count than a figure of the same day at a third of it.
const WEIGHT = { speaker: 4, publisher: 2, date: 1.5, subject: 1, value: 2 };
const UNKNOWN_DATE = 0.25;

const organisation = (name: string): string =>
  name
    .toLowerCase()
    .replace(/\([^)]*\)/gu, ' ')
    .replace(/\bthe\b/gu, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Whether an outlet and a publisher are one organisation ("The White House", "White House"). */
function sameOrganisation(outlet: string | null, publisher: string | null): boolean {
  if (outlet === null || publisher === null) return false;
  const [a, b] = [organisation(outlet), organisation(publisher)];
  return a !== '' && b !== '' && (a === b || ` ${a} `.includes(` ${b} `) || ` ${b} `.includes(` ${a} `));
}

function score(claim: FigureClaim, source: FigureSource, entry: PrimaryFigureEntry): number {
  const credited = claim.attribution === null ? [] : nameKey(claim.attribution);
  const bySpeaker = entry.speaker !== null && credited.length > 0 && sameNameKey(credited, entry.speaker.key);
  const days = daysApart(source.published, entry.primary.published);
  return (
    (bySpeaker ? WEIGHT.speaker : 0) +
    (sameOrganisation(source.outlet, entry.primary.publisher) ? WEIGHT.publisher : 0) +
    WEIGHT.date * (days === null ? UNKNOWN_DATE : 1 / (1 + days)) +
    WEIGHT.subject * subjectSimilarity(claim, entry.figure) +
    WEIGHT.value * valueCloseness(claim.value, entry.figure.value)
  );
}

/** Checks one figure; undefined when no primary of its story gives the same quantity. */
export function checkFigure(
  claim: FigureClaim,
  source: FigureSource,
  entries: readonly PrimaryFigureEntry[],
): FigureCheck | undefined {
  let best: { entry: PrimaryFigureEntry; score: number } | undefined;
  for (const entry of entries) {
    if (!sameQuantity(claim, entry.figure)) continue;
    const value = score(claim, source, entry);
    if (!best || value > best.score) best = { entry, score: value };
  }
  if (!best) return undefined;
  const { figure, primary, speaker } = best.entry;
  const differences: FigureCheck['differences'] = [];
  if (figure.value !== claim.value) differences.push('value');
  if (figure.qualifier !== claim.qualifier) differences.push('qualifier');
  return {
    verdict: differences.length === 0 ? 'same' : 'differs',
    primaryId: primary.id,
    line: figure.line,
    start: figure.start,
    end: figure.end,
    text: figure.text,
    more: [],
    value: figure.value,
    qualifier: figure.qualifier,
    unit: figure.unit,
    speaker: speaker?.name ?? null,
    differences,
    note: figureNote(claim, figure, primary.kind, speaker?.name ?? null),
  };
}
