import type { Article, Claim } from '../lib/schemas.ts';

/** A schema.org `Claim` for a claim page: its text, where it appeared, and who made it where known. */
export function claimJsonLd(claim: Claim, article: Article, pageUrl: URL, articleUrl: URL): Record<string, unknown> {
  const author =
    claim.kind === 'quote' && claim.speaker ? claim.speaker : claim.kind === 'figure' ? claim.attribution : null;
  return {
    '@context': 'https://schema.org',
    '@type': 'Claim',
    url: pageUrl.href,
    text: claim.kind === 'quote' ? claim.quote : claim.text,
    ...(author ? { author: { '@type': claim.kind === 'quote' ? 'Person' : 'Thing', name: author } } : {}),
    appearance: {
      '@type': 'NewsArticle',
      headline: article.title,
      url: articleUrl.href,
      ...(article.outlet ? { publisher: { '@type': 'Organization', name: article.outlet } } : {}),
      ...(article.published ? { datePublished: article.published } : {}),
      ...(article.url ? { sameAs: article.url } : {}),
    },
  };
}

/** JSON for a `<script type="application/ld+json">`, with `<` escaped so no text can close the element. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
