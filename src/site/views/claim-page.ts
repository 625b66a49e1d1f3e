/** One figure's or quote's page: the claim in its paragraph, the facts, the other sources' versions. */
import { kindInfo, type PagedKind } from '../../lib/claim-kinds.ts';
import { figureWords, plural, QUALIFIER_LABELS } from '../../lib/format.ts';
import { LIMITS } from '../../lib/limits.ts';
import type { Claim } from '../../lib/schemas.ts';
import { articlePath, claimInPlacePath, claimPath, comparePath, lineAnchor } from '../../lib/urls.ts';
import { claimInContext } from '../../pipeline/render/claim-context.ts';
import { claimJsonLd, serializeJsonLd } from '../json-ld.ts';
import { claimShareCard, type PlacedCard } from '../share/site-cards.ts';
import { articleOf, claimsOf, type Story } from '../story.ts';
import { checkView, type CheckView } from './primary-checks.ts';
import { sourceLine, sourceRef, type SourceRef } from './source-ref.ts';
import { verdictView, type VerdictView } from './verdict.ts';

/** One fact in the page's list: a term and its value (`unknown` when the text does not say). */
export interface Fact {
  term: string;
  value: string;
  unknown?: boolean;
}

/** Another source's version of the claim. */
export interface OtherVersion {
  source: SourceRef;
  context: string;
  href: string;
}

/** What a claim page shows. */
export interface ClaimPage {
  kind: PagedKind;
  kindLabel: string;
  /** The page's heading: the quotation in marks, or the figure in words. */
  headline: string;
  /** "Said by Lloyd Austin", "According to South Korea's spy agency", or null. */
  byline: string | null;
  description: string;
  source: SourceRef;
  context: { html: string; inPlaceHref: string; lineHref: string; line: number };
  facts: Fact[];
  href: string;
  /** Its check against the story's primary sources, or null when it has none. */
  check: CheckView | null;
  /** Its comparison: the verdict, a link, and up to a dozen other sources' versions. */
  comparison: {
    href: string;
    topic: string;
    verdict: VerdictView;
    others: OtherVersion[];
    /** Sources of the comparison not shown here. */
    moreSources: string | null;
    /** True when no other source has it but this one mentions it again. */
    repeated: boolean;
  } | null;
  share: PlacedCard;
  jsonLd: string;
}

/** The content of the page of `claim`, a figure or a quote; `site` is the site's origin. */
export function claimPage(story: Story, claim: Claim & { kind: PagedKind }, site: URL | undefined): ClaimPage {
  const article = articleOf(story, claim);
  const source = sourceRef(article);
  const comparison = story.comparisonOfClaim.get(claim.id);
  // The other sources' versions: one per article (the first), at most a dozen; the comparison page has them all.
  const others: OtherVersion[] = [];
  const seen = new Set<string>([claim.articleId]);
  for (const other of comparison ? claimsOf(story, comparison) : []) {
    if (others.length === LIMITS.otherSources) break;
    if (seen.has(other.articleId)) continue;
    seen.add(other.articleId);
    const otherArticle = articleOf(story, other);
    others.push({
      source: sourceRef(otherArticle),
      context: claimInContext(otherArticle.tree, other),
      href: claimPath(other.id),
    });
  }
  const more = comparison ? comparison.articleIds.filter((id) => id !== claim.articleId).length - others.length : 0;
  const { label } = kindInfo(claim.kind);
  const headline = claim.kind === 'quote' ? `“${claim.quote}”` : figureWords(claim);
  const who = claim.kind === 'quote' ? claim.speaker : claim.attribution;
  const facts: Fact[] =
    claim.kind === 'figure'
      ? [
          { term: 'Value', value: figureWords(claim) },
          { term: 'Kind', value: QUALIFIER_LABELS[claim.qualifier] },
          ...(claim.subject ? [{ term: 'Counts', value: claim.subject }] : []),
          {
            term: 'Attributed to',
            value: claim.attribution ?? 'No one named in the text',
            unknown: claim.attribution === null,
          },
        ]
      : [
          { term: 'Speaker', value: claim.speaker ?? 'Not named in the text', unknown: claim.speaker === null },
          {
            term: 'Quotation',
            value: claim.partial ? 'Partial: a fragment quoted inside reported speech' : 'Full quotation',
          },
        ];
  const pageUrl = new URL(claimPath(claim.id), site);
  return {
    kind: claim.kind,
    kindLabel: label,
    headline,
    byline: who ? (claim.kind === 'quote' ? `Said by ${who}` : `According to ${who}`) : null,
    description: `${label} in ${sourceLine(source)}${who ? `, from ${who}` : ''}: ${claim.text}`,
    source,
    context: {
      html: claimInContext(article.tree, claim),
      inPlaceHref: claimInPlacePath(article.slug, claim.id),
      lineHref: `${articlePath(article.slug)}#${lineAnchor(claim.line)}`,
      line: claim.line + 1,
    },
    facts,
    href: claimPath(claim.id),
    check: checkView(story, claim.id),
    comparison: comparison
      ? {
          href: comparePath(comparison.id),
          topic: comparison.topic,
          verdict: verdictView(story, comparison),
          others,
          moreSources: more > 0 ? plural(more, 'more source') : null,
          repeated: others.length === 0 && comparison.claimIds.length > 1,
        }
      : null,
    share: claimShareCard(story, claim),
    jsonLd: serializeJsonLd(claimJsonLd(claim, article, pageUrl, new URL(articlePath(article.slug), site))),
  };
}
