/** A comparison's page: its header, verdict and card; the body is the ledger, the wordings or the mentions. */
import { kindInfo } from '../../lib/claim-kinds.ts';
import { plural } from '../../lib/format.ts';
import type { Comparison } from '../../lib/schemas.ts';
import { comparePath } from '../../lib/urls.ts';
import { comparisonShareCard, type PlacedCard } from '../share/site-cards.ts';
import type { Story } from '../story.ts';
import { figureLedger, type FigureLedger } from './figure-ledger.ts';
import { placeMentions, type PlaceMentions } from './place-mentions.ts';
import { quoteVariants, type QuoteVariants } from './quote-variants.ts';
import { verdictView, type VerdictView } from './verdict.ts';

/** What a comparison page shows. */
export interface ComparisonPage {
  kindLabel: string;
  topic: string;
  href: string;
  description: string;
  verdict: VerdictView;
  /** "4 sources", "6 mentions" (a source may mention it more than once). */
  sources: string;
  mentions: string;
  share: PlacedCard;
  body:
    | { kind: 'figure'; ledger: FigureLedger }
    | { kind: 'quote'; variants: QuoteVariants }
    | { kind: 'place'; mentions: PlaceMentions };
}

/** The content of a comparison's page. */
export function comparisonPage(story: Story, comparison: Comparison): ComparisonPage {
  const sources = plural(comparison.articleIds.length, 'source');
  return {
    kindLabel: kindInfo(comparison.kind).label,
    topic: comparison.topic,
    href: comparePath(comparison.id),
    description: `How ${sources} of “${story.title}” report: ${comparison.topic}`,
    verdict: verdictView(story, comparison),
    sources,
    mentions: plural(comparison.claimIds.length, 'mention'),
    share: comparisonShareCard(story, comparison),
    body:
      comparison.kind === 'figure'
        ? { kind: 'figure', ledger: figureLedger(story, comparison) }
        : comparison.kind === 'quote'
          ? { kind: 'quote', variants: quoteVariants(story, comparison) }
          : { kind: 'place', mentions: placeMentions(story, comparison) },
  };
}
