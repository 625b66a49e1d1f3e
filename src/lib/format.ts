import { CLAIM_KINDS } from './claim-kinds.ts';
import type { Article, FigureClaim } from './schemas.ts';

/** A publication date for people ("22 October 2024"), or null when unknown. */
export function dateLabel(iso: string | null): string | null {
  if (iso === null) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/**
 * A count with thousands separators, "15,487", as `toLocaleString('en-US')` writes it but
 * without it: in the browser, the first use of number formatting loads locale data, which holds
 * the page up for tens of milliseconds (the search page counts results as the reader types).
 */
export function formatCount(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** "1 quote", "3 quotes", "1,200 quotes". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : pluralForm}`;
}

/** Counts of an article's claims by kind, only kinds it has: "4 quotes, 2 figures". */
export function claimSummary(article: Pick<Article, 'claims'>): string {
  const parts = CLAIM_KINDS.flatMap(({ kind, one, many }) => {
    const count = article.claims.filter((claim) => claim.kind === kind).length;
    return count > 0 ? [plural(count, one, many)] : [];
  });
  return parts.length > 0 ? parts.join(', ') : 'no claims found';
}

/** A short name for a source in tables and charts: its outlet, or the start of its title. */
export function sourceLabel(article: Pick<Article, 'outlet' | 'title'>): string {
  if (article.outlet) return article.outlet;
  const words = article.title.replace(/[‘’'"“”]/g, '').split(/\s+/);
  return words.length > 3 ? `${words.slice(0, 3).join(' ')}…` : article.title;
}

const QUALIFIER_SIGN: Record<FigureClaim['qualifier'], string> = { exact: '', approx: '≈ ', max: '≤ ', min: '≥ ' };
const QUALIFIER_WORDS: Record<FigureClaim['qualifier'], string> = {
  exact: '',
  approx: 'about ',
  max: 'up to ',
  min: 'more than ',
};

/** What each qualifier means, for people: "upper bound (up to, as many as)". */
export const QUALIFIER_LABELS: Record<FigureClaim['qualifier'], string> = {
  exact: 'exact figure',
  approx: 'approximate (about, around)',
  max: 'upper bound (up to, as many as)',
  min: 'lower bound (more than, over)',
};

/** A number as people write it in English: "12,000", "7.1" (build time only: see formatCount). */
export function formatNumber(value: number): string {
  return value.toLocaleString('en-US');
}

/** "≤ 12,000": a figure's value with its qualifier as a sign, for tables and charts. */
export function figureValue(claim: Pick<FigureClaim, 'qualifier' | 'value'>): string {
  return `${QUALIFIER_SIGN[claim.qualifier]}${formatNumber(claim.value)}`;
}

// Units the figures store in short canonical forms, as a reader expects them written out.
const UNIT_WORDS: Readonly<Record<string, readonly [string, string]>> = {
  l: ['liter', 'liters'],
  ml: ['milliliter', 'milliliters'],
  m: ['meter', 'meters'],
  cm: ['centimeter', 'centimeters'],
  mm: ['millimeter', 'millimeters'],
  g: ['gram', 'grams'],
  'square m': ['square meter', 'square meters'],
};

/** A figure's value with its unit as a reader writes it: "65%", "7,000,000 liters", "12,000 troops". */
function withUnit(value: string, number: number, unit: string | null): string {
  if (unit === null || unit === '') return value;
  if (unit === '%') return `${value}%`;
  const words = UNIT_WORDS[unit];
  return `${value} ${words ? words[number === 1 ? 0 : 1] : unit}`;
}

/** "up to 12,000 troops": a figure in words, for text alternatives. */
export function figureWords(claim: Pick<FigureClaim, 'qualifier' | 'value' | 'unit'>): string {
  return withUnit(`${QUALIFIER_WORDS[claim.qualifier]}${formatNumber(claim.value)}`, claim.value, claim.unit);
}
