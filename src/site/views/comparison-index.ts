/** /compare/: every comparison of every story, by kind, differing first. */
import { CLAIM_KINDS } from '../../lib/claim-kinds.ts';
import { plural } from '../../lib/format.ts';
import type { ClaimKind } from '../../lib/schemas.ts';
import { comparePath, storyPath } from '../../lib/urls.ts';
import type { Story } from '../story.ts';
import { byInterest } from './story-page.ts';
import { verdictView, type VerdictView } from './verdict.ts';

/** One comparison in the list. */
export interface ComparisonRow {
  topic: string;
  href: string;
  verdict: VerdictView;
  sources: number;
}

/** One story's comparisons, by kind. */
export interface ComparisonSection {
  id: string;
  title: string;
  href: string;
  kinds: { kind: ClaimKind; heading: string; count: string; label: string; rows: ComparisonRow[] }[];
}

/** Every story's comparisons, and a line that counts them. */
export function comparisonIndex(stories: readonly Story[]): { lede: string; sections: ComparisonSection[] } {
  const total = stories.reduce((sum, story) => sum + story.comparisons.length, 0);
  return {
    lede: `${plural(total, 'comparison')} in ${plural(stories.length, 'story', 'stories')}, each within one story: where the sources differ first, then where they agree, then what only one source carries.`,
    sections: stories.map((story) => ({
      id: story.id,
      title: story.title,
      href: storyPath(story.id),
      kinds: CLAIM_KINDS.filter((info) => info.compared).flatMap((info) => {
        const rows = story.comparisons.filter((comparison) => comparison.kind === info.kind).sort(byInterest);
        return rows.length === 0
          ? []
          : [
              {
                kind: info.kind,
                heading: info.labelMany,
                count: plural(rows.length, 'comparison'),
                label: info.label,
                rows: rows.map((comparison) => ({
                  topic: comparison.topic,
                  href: comparePath(comparison.id),
                  verdict: verdictView(story, comparison),
                  sources: comparison.articleIds.length,
                })),
              },
            ];
      }),
    })),
  };
}
