/** The share card of each page that has one: the site, each story, each comparison, each claim page. */
import { kindInfo, hasClaimPage } from '../../lib/claim-kinds.ts';
import { figureWords, plural } from '../../lib/format.ts';
import type { Claim, Comparison } from '../../lib/schemas.ts';
import type { Site } from '../load-site.ts';
import { articleOf, type Story } from '../story.ts';
import { sourceLine, sourceRef } from '../views/source-ref.ts';
import { verdictView } from '../views/verdict.ts';
import { cardPath, cardText, type ShareCard } from './card.ts';

/** A card and the path it is published at. */
export interface PlacedCard {
  path: string;
  card: ShareCard;
  /** Its text alternative (`og:image:alt`). */
  alt: string;
}

const place = (section: Parameters<typeof cardPath>[0], id: string, card: ShareCard): PlacedCard => ({
  path: cardPath(section, id, card),
  card,
  alt: [card.eyebrow, card.quoted ? `“${card.title}”` : card.title, card.detail].filter(Boolean).join('. '),
});

// The site's card says the same on every page: made (and hashed) once.
let ownCard: PlacedCard | undefined;

/** The site's own card, for the home page and pages without one of their own. */
export function siteCard(): PlacedCard {
  ownCard ??= place('site', 'claim-by-claim', {
    tone: 'story',
    eyebrow: 'News stories compared',
    title: 'What each outlet reported: figures, quotes and places, claim by claim',
    quoted: false,
    detail: 'Who gave which number, who said which words, and where the sources differ.',
    footer: 'News coverage compared',
  });
  return ownCard;
}

/** A story's card: its title and who reported it. */
export function storyShareCard(story: Story): PlacedCard {
  const differ = story.comparisons.filter((comparison) => comparison.verdict === 'differ').length;
  return place('stories', story.id, {
    tone: 'story',
    eyebrow: ['Story', story.period].filter(Boolean).join(' · '),
    title: cardText(story.title, 120),
    quoted: false,
    detail: `${plural(story.outletCount, 'outlet')} compared claim by claim; ${plural(differ, 'figure or quote', 'figures and quotes')} where they differ`,
    footer: cardText(story.summary ?? '', 90),
  });
}

/** A comparison's card: its topic and what the verdict says. */
export function comparisonShareCard(story: Story, comparison: Comparison): PlacedCard {
  return place('compare', comparison.id, {
    tone: comparison.kind,
    eyebrow: `${kindInfo(comparison.kind).label} across ${plural(comparison.articleIds.length, 'source')}`,
    title: cardText(comparison.topic, 160),
    quoted: false,
    detail: verdictView(story, comparison).label,
    footer: cardText(story.title, 70),
  });
}

function claimWords(claim: Claim & { kind: 'figure' | 'quote' }): { title: string; detail: string | null } {
  if (claim.kind === 'quote')
    return { title: cardText(claim.quote, 200), detail: claim.speaker ? `Said by ${claim.speaker}` : null };
  return {
    title: cardText(claim.text, 160),
    detail: [figureWords(claim), claim.attribution && `according to ${claim.attribution}`].filter(Boolean).join(', '),
  };
}

/** A claim page's card: the claim in its words, its source and its story. */
export function claimShareCard(story: Story, claim: Claim & { kind: 'figure' | 'quote' }): PlacedCard {
  const { title, detail } = claimWords(claim);
  return place('claims', claim.id, {
    tone: claim.kind,
    eyebrow: `${kindInfo(claim.kind).label} · ${sourceLine(sourceRef(articleOf(story, claim)))}`,
    title,
    quoted: claim.kind === 'quote',
    detail,
    footer: cardText(story.title, 70),
  });
}

/** Every card of the site, once each. */
export function siteCards(site: Site): PlacedCard[] {
  return [
    siteCard(),
    ...site.stories.flatMap((story) => [
      storyShareCard(story),
      ...story.comparisons.map((comparison) => comparisonShareCard(story, comparison)),
      ...story.claims.filter(hasClaimPage).map((claim) => claimShareCard(story, claim)),
    ]),
  ];
}
