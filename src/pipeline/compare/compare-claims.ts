import type { Claim, Comparison } from '../../lib/schemas.ts';

/** Groups claims from different articles that are about the same thing. (Grouping arrives with the comparison issue.) */
export function compareClaims(_claims: readonly Claim[]): Comparison[] {
  return [];
}
