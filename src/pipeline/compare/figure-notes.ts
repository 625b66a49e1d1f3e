import type { FigureClaim } from '../../lib/schemas.ts';
import { figureWords } from '../render/figure-chart.ts';
import { contentStems, overlap } from './words.ts';

/** Where a claim is: the source's name and the 1-based line. */
type Locate = (claim: FigureClaim) => string;

function sameAttribution(a: string, b: string): boolean {
  const { containment } = overlap(contentStems(a), contentStems(b));
  return containment >= 0.5;
}

/**
 * Notes on one figure comparison, only from what the texts say: the same figure credited to
 * different people (within one source or across sources), and the same quantity described in
 * different words ("moved toward" vs "reached" combat zones).
 */
export function figureNotes(claims: readonly FigureClaim[], locate: Locate): string[] {
  const notes: string[] = [];
  const byFigure = new Map<string, FigureClaim[]>();
  for (const claim of claims) byFigure.set(`${claim.qualifier}|${claim.value}`, [...(byFigure.get(`${claim.qualifier}|${claim.value}`) ?? []), claim]);
  for (const same of byFigure.values()) {
    const credited = same.filter((claim) => claim.attribution !== null);
    const distinct = credited.filter((claim, index) => credited.findIndex((other) => sameAttribution(other.attribution!, claim.attribution!)) === index);
    if (distinct.length < 2) continue;
    notes.push(`“${figureWords(same[0]!)}” is credited to different sources: ${distinct.map((claim) => `${claim.attribution} (${locate(claim)})`).join('; ')}.`);
  }
  const subjects = claims.filter((claim) => claim.subject !== null);
  const phrasings = subjects.filter((claim, index) => subjects.findIndex((other) => other.subject!.toLowerCase() === claim.subject!.toLowerCase()) === index);
  if (phrasings.length > 1 && phrasings.length <= 6) {
    notes.push(`The sources describe what is counted in different words: ${phrasings.map((claim) => `“${claim.subject}” (${locate(claim)})`).join('; ')}.`);
  }
  return notes;
}
