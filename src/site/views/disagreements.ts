/** "Where the sources differ": each figure's versions with who gives them, each quote's sources. */
import { figureWords } from '../../lib/format.ts';
import type { Comparison } from '../../lib/schemas.ts';
import { comparePath } from '../../lib/urls.ts';
import { claimsOf, type Story } from '../story.ts';
import { sourceRef, type SourceRef } from './source-ref.ts';

/** One version of a figure: its words, and who gives it in which sources. */
export interface FigureVersion {
  words: string;
  givers: { who: string; named: boolean; sources: SourceRef[] }[];
}

/** One comparison where the sources differ. */
export interface Disagreement {
  kind: Comparison['kind'];
  topic: string;
  href: string;
  /** A figure's versions, lowest first; empty for a quote. */
  versions: FigureVersion[];
  /** Every source that carries it. */
  sources: SourceRef[];
}

/** A comparison's versions, for the story page. */
export function disagreement(story: Story, comparison: Comparison): Disagreement {
  const byValue = new Map<string, { value: number; words: string; givers: Map<string, Set<string>> }>();
  for (const claim of claimsOf(story, comparison)) {
    if (claim.kind !== 'figure') continue;
    const key = `${claim.value}|${claim.qualifier}`;
    const entry = byValue.get(key) ?? {
      value: claim.value,
      words: figureWords(claim),
      givers: new Map<string, Set<string>>(),
    };
    const who = claim.attribution ?? '';
    entry.givers.set(who, (entry.givers.get(who) ?? new Set<string>()).add(claim.articleId));
    byValue.set(key, entry);
  }
  const source = (id: string) => sourceRef(story.articleById.get(id)!);
  return {
    kind: comparison.kind,
    topic: comparison.topic,
    href: comparePath(comparison.id),
    versions: [...byValue.values()]
      .sort((a, b) => a.value - b.value || a.words.localeCompare(b.words, 'en'))
      .map((entry) => ({
        words: entry.words,
        givers: [...entry.givers].map(([who, ids]) => ({
          who: who || 'no one named',
          named: who !== '',
          sources: [...ids].sort().map(source),
        })),
      })),
    sources: comparison.articleIds.map(source),
  };
}
