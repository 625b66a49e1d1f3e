import type { FigureClaim } from '../../lib/schemas.ts';
import { articlesOf, mode, type ClaimGroup } from './group.ts';
import { contentStems, overlap, stem, words } from './content-words.ts';

// Counted things that name the same kind of quantity in news copy.
const UNIT_CLASSES: Record<string, string> = {
  soldier: 'troops',
  troop: 'troops',
  force: 'troops',
  fighter: 'troops',
  personnel: 'troops',
  serviceman: 'troops',
  servicemen: 'troops',
  kilometer: 'km',
  kilometre: 'km',
  km: 'km',
  mile: 'mi',
  mi: 'mi',
};
// Values of one quantity reported by different sources stay within this ratio (10,000 vs 12,000);
// a larger spread is a different quantity (3,000 of them moved to the front, not 10,000 in all).
const MAX_VALUE_RATIO = 1.5;
// Share of the smaller subject's content words the other must have.
const MIN_SUBJECT_CONTAINMENT = 0.3;

/** The kind of quantity a figure counts: its unit folded to a class ("soldiers" and "troops" are one). */
export function unitClass(unit: string | null): string {
  if (unit === null) return '';
  const last = words(unit).at(-1) ?? '';
  return UNIT_CLASSES[stem(last)] ?? UNIT_CLASSES[last] ?? stem(unit.toLowerCase().replace(/\s+/g, ' '));
}

function subjectStems(claim: FigureClaim): Set<string> {
  const stems = contentStems(claim.subject ?? '');
  for (const word of contentStems(claim.unit ?? '')) stems.delete(word);
  return stems;
}

interface Cluster {
  unit: string;
  claims: FigureClaim[];
  stems: Set<string>;
  min: number;
  max: number;
}

/**
 * Groups figures that count or measure the same thing: the same unit class, values within a
 * ratio of each other (checked against every member, so chains cannot drift), and subjects
 * that share content words. The verdict is `agree` when all values are equal, else `differ`.
 */
export function compareFigures(figures: readonly FigureClaim[]): ClaimGroup<FigureClaim>[] {
  const clusters: Cluster[] = [];
  // The clusters of each unit class: a figure is only ever compared with clusters of its own.
  const byUnit = new Map<string, Cluster[]>();
  const ordered = [...figures].sort((a, b) => a.value - b.value || a.id.localeCompare(b.id, 'en'));
  for (const claim of ordered) {
    const unit = unitClass(claim.unit);
    const stems = subjectStems(claim);
    let best: Cluster | undefined;
    let bestScore = 0;
    const candidates = byUnit.get(unit) ?? [];
    for (const cluster of candidates) {
      if (claim.value <= 0 || cluster.min <= 0) continue;
      if (Math.max(cluster.max, claim.value) / Math.min(cluster.min, claim.value) > MAX_VALUE_RATIO) continue;
      const { shared, containment } = overlap(stems, cluster.stems);
      const score = stems.size === 0 || cluster.stems.size === 0 ? MIN_SUBJECT_CONTAINMENT : containment;
      if ((shared > 0 || score === MIN_SUBJECT_CONTAINMENT) && score >= MIN_SUBJECT_CONTAINMENT && score > bestScore) {
        best = cluster;
        bestScore = score;
      }
    }
    if (best) {
      best.claims.push(claim);
      for (const word of stems) best.stems.add(word);
      best.min = Math.min(best.min, claim.value);
      best.max = Math.max(best.max, claim.value);
    } else {
      const cluster = { unit, claims: [claim], stems: new Set(stems), min: claim.value, max: claim.value };
      clusters.push(cluster);
      candidates.push(cluster);
      byUnit.set(unit, candidates);
    }
  }
  return clusters.map(({ claims, unit }) => ({
    kind: 'figure',
    topic: mode(claims.flatMap((claim) => (claim.subject ? [claim.subject] : []))) ?? (unit || 'Unlabelled figure'),
    claims,
    verdict:
      articlesOf(claims).length < 2
        ? 'single-source'
        : new Set(claims.map((claim) => claim.value)).size === 1
          ? 'agree'
          : 'differ',
  }));
}
