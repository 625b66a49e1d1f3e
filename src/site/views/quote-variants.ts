/**
 * A quote comparison: each wording, a word diff against the reference wording (what the speaker
 * said, when a primary source of the story has it; else the longest wording), notes on brackets.
 */
import { toHtml } from 'hast-util-to-html';
import { capped, LIMITS } from '../../lib/limits.ts';
import type { Comparison, QuoteClaim } from '../../lib/schemas.ts';
import { claimInPlacePath, claimPath } from '../../lib/urls.ts';
import { bracketNotes, quoteDiff } from '../../pipeline/render/quote-diff.ts';
import { articleOf, claimsOf, type Story } from '../story.ts';
import { quoteReference, type QuoteAgainst, type QuoteReference } from './primary-checks.ts';
import { sourceLine, sourceRef, type SourceRef } from './source-ref.ts';

/** One wording. */
export interface QuoteVariant {
  source: SourceRef;
  speaker: string | null;
  partial: boolean;
  /** True for the reference wording (the longest), which the others are compared with; never when a primary is the reference. */
  reference: boolean;
  quote: string;
  /** The word diff against the reference, as HTML; null for the reference itself, or a quote verbatim to the primary. */
  diff: string | null;
  /** Its check against the primary source that is the reference, when one is. */
  checked: Omit<QuoteAgainst, 'diff'> | null;
  claimHref: string;
  inPlaceHref: string;
}

/** What a quote comparison page shows. */
export interface QuoteVariants {
  notes: string[];
  /** What the speaker said, from a primary source, when one has it: the reference of every diff. */
  primary: Omit<QuoteReference, 'against'> | null;
  variants: QuoteVariant[];
  hidden: number;
}

/** The wordings of a quote comparison, the reference first among them always shown. */
export function quoteVariants(story: Story, comparison: Comparison): QuoteVariants {
  const all = claimsOf(story, comparison).filter((claim): claim is QuoteClaim => claim.kind === 'quote');
  // The reference wording is what the speaker said, when a primary source of the story has it;
  // else the longest of all, so that the others show as omissions and changes against it. It is
  // always among those shown, even when the list is cut.
  const primary = quoteReference(story, all);
  const reference = [...all].sort((a, b) => b.quote.length - a.quote.length || a.id.localeCompare(b.id, 'en'))[0]!;
  const { shown, hidden } = capped(
    all.filter((claim) => claim !== reference),
    LIMITS.quoteVariants - 1,
  );
  const variants = all
    .filter((claim) => claim === reference || shown.includes(claim))
    .map((claim): QuoteVariant => {
      const article = articleOf(story, claim);
      const against = primary?.against.get(claim.id);
      return {
        source: sourceRef(article),
        speaker: claim.speaker,
        partial: claim.partial,
        reference: primary === null && claim === reference,
        quote: claim.quote,
        diff: against
          ? against.diff
          : claim === reference
            ? null
            : toHtml({ type: 'root', children: quoteDiff(reference.quote, claim.quote) }),
        checked: against ? { verdict: against.verdict, tone: against.tone } : null,
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
  const shownPrimary = primary && { text: primary.text, speaker: primary.speaker, primary: primary.primary };
  return { notes, primary: shownPrimary, variants, hidden };
}
