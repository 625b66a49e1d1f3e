import type { FigureClaim } from '../../lib/schemas.ts';
import { figureWords } from '../../lib/format.ts';
import { contentStems, overlap } from './content-words.ts';
import { groupBy } from '../../lib/group-by.ts';

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
  // One value is one figure however it is hedged: "10,000" (Austin) and "about 10,000" (the US).
  const byFigure = groupBy(claims, (claim) => String(claim.value));
  for (const same of byFigure.values()) {
    // Distinct wordings first (a Map), then the word-overlap rule only among those few.
    const byWording = new Map<string, FigureClaim>();
    for (const claim of same)
      if (claim.attribution !== null && !byWording.has(claim.attribution.toLowerCase()))
        byWording.set(claim.attribution.toLowerCase(), claim);
    const distinct: FigureClaim[] = [];
    for (const claim of byWording.values())
      if (!distinct.some((other) => sameAttribution(other.attribution!, claim.attribution!))) distinct.push(claim);
    if (distinct.length < 2) continue;
    notes.push(
      `“${figureWords(same[0]!)}” is credited to different sources: ${distinct.map((claim) => `${claim.attribution} (${locate(claim)})`).join('; ')}.`,
    );
  }
  const phrasings = describedDifferently(claims);
  if (phrasings.length > 1 && phrasings.length <= 6) {
    notes.push(
      `The sources describe what is counted in different words: ${phrasings.map((claim) => `“${claim.subject}” (${locate(claim)})`).join('; ')}.`,
    );
  }
  return notes;
}

/** The first figure of each distinct description of what is counted ("moved toward" vs "reached" combat zones). */
export function describedDifferently(claims: readonly FigureClaim[]): FigureClaim[] {
  const bySubject = new Map<string, FigureClaim>();
  for (const claim of claims)
    if (claim.subject !== null && !bySubject.has(claim.subject.toLowerCase()))
      bySubject.set(claim.subject.toLowerCase(), claim);
  return [...bySubject.values()];
}
