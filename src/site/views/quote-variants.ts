/** A quote comparison: each wording, a word diff against the reference wording, notes on brackets. */
import { toHtml } from 'hast-util-to-html';
import { capped, LIMITS } from '../../lib/limits.ts';
import type { Comparison, QuoteClaim } from '../../lib/schemas.ts';
import { claimInPlacePath, claimPath } from '../../lib/urls.ts';
import { bracketNotes, quoteDiff } from '../../pipeline/render/quote-diff.ts';
import { articleOf, claimsOf, type Story } from '../story.ts';
import { sourceLine, sourceRef, type SourceRef } from './source-ref.ts';

/** One wording. */
export interface QuoteVariant {
  source: SourceRef;
  speaker: string | null;
  partial: boolean;
  /** True for the reference wording (the longest), which the others are compared with. */
  reference: boolean;
  quote: string;
  /** The word diff against the reference, as HTML; null for the reference itself. */
  diff: string | null;
  claimHref: string;
  inPlaceHref: string;
}

/** What a quote comparison page shows. */
export interface QuoteVariants {
  notes: string[];
  variants: QuoteVariant[];
  hidden: number;
}

/** The wordings of a quote comparison, the reference first among them always shown. */
export function quoteVariants(story: Story, comparison: Comparison): QuoteVariants {
  const all = claimsOf(story, comparison).filter((claim): claim is QuoteClaim => claim.kind === 'quote');
  // The reference wording is the longest of all, so that the others show as omissions and changes
  // against it; it is always among those shown, even when the list is cut.
  const reference = [...all].sort((a, b) => b.quote.length - a.quote.length || a.id.localeCompare(b.id, 'en'))[0]!;
  const { shown, hidden } = capped(
    all.filter((claim) => claim !== reference),
    LIMITS.quoteVariants - 1,
  );
  const variants = all
    .filter((claim) => claim === reference || shown.includes(claim))
    .map((claim): QuoteVariant => {
      const article = articleOf(story, claim);
      return {
        source: sourceRef(article),
        speaker: claim.speaker,
        partial: claim.partial,
        reference: claim === reference,
        quote: claim.quote,
        diff: claim === reference ? null : toHtml({ type: 'root', children: quoteDiff(reference.quote, claim.quote) }),
        claimHref: claimPath(claim.id),
        inPlaceHref: claimInPlacePath(article.slug, claim.id),
      };
    });
  const notes = bracketNotes(
    variants.map((variant) => ({
      label: sourceLine(variant.source),
      quote: variant.quote,
      articleId: variant.source.articleId,
    })),
    (word, articleId) => [...(story.wordArticles.get(word) ?? [])].some((id) => id !== articleId),
  );
  return { notes, variants, hidden };
}
