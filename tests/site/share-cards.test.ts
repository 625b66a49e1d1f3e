import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { PUBLISHED_CARDS, cachedCard, publishCard, publishedCards } from '../../src/site/share/draw-card.ts';
import { cardPath, cardText, type ShareCard } from '../../src/site/share/card.ts';
import { claimShareCard, storyShareCard } from '../../src/site/share/site-cards.ts';
import { hasClaimPage } from '../../src/lib/claim-kinds.ts';
import { projectStory } from '../support/story.ts';

const card: ShareCard = {
  tone: 'quote',
  eyebrow: 'Quote · Yeni Şafak',
  title: 'Words',
  quoted: true,
  detail: null,
  footer: 'A story',
};

describe('cardPath', () => {
  test('names a card by its page and a hash of what it shows, so an unchanged card keeps its file', () => {
    expect(cardPath('claims', 'q-x', card)).toBe(cardPath('claims', 'q-x', { ...card }));
    expect(cardPath('claims', 'q-x', card)).toMatch(/^\/share\/claims\/q-x-[0-9a-f]{10}\.png$/);
    expect(cardPath('claims', 'q-x', { ...card, title: 'Other words' })).not.toBe(cardPath('claims', 'q-x', card));
  });
});

describe('the card cache', () => {
  const cache = mkdtempSync(join(tmpdir(), 'cards-'));
  afterAll(() => {
    rmSync(cache, { recursive: true, force: true });
  });

  test('draws a card once, as a PNG named by its hash, and finds it there afterwards', async () => {
    const file = await cachedCard(card, cache);
    expect(readdirSync(cache)).toEqual([file.split('/').at(-1)]);
    const drawn = statSync(file);
    expect(drawn.size).toBeGreaterThan(1000);
    expect(await cachedCard({ ...card }, cache)).toBe(file);
    expect(statSync(file).mtimeMs).toBe(drawn.mtimeMs);
  });

  test('publishCard, during a build, records each published path with its file in the cache, to be linked into dist/', async () => {
    const globals = globalThis as Record<symbol, unknown>;
    await publishCard('/share/claims/q-a.png', card, cache);
    expect(publishedCards(), 'outside a build nothing is recorded').toBeUndefined();
    globals[PUBLISHED_CARDS] = new Map<string, string>();
    try {
      await publishCard('/share/claims/q-a.png', card, cache);
      await publishCard('/share/claims/q-b.png', card, cache);
      const published = publishedCards()!;
      expect(published.get('/share/claims/q-a.png')).toBe(await cachedCard(card, cache));
      expect(published.get('/share/claims/q-b.png')).toBe(published.get('/share/claims/q-a.png'));
      expect(readdirSync(cache)).toHaveLength(1);
    } finally {
      Reflect.deleteProperty(globals, PUBLISHED_CARDS);
    }
  });
});

describe('cardText', () => {
  test('cuts long words at a word boundary with an ellipsis', () => {
    expect(cardText('one two three four', 12)).toBe('one two…');
    expect(cardText('  short   text ', 40)).toBe('short text');
  });
});

describe('the cards of a story', () => {
  test('a claim’s card says the claim in its words, its source and date, and its story', async () => {
    const story = await projectStory('north-korean-troops-in-russia');
    const quote = story.claims.filter(hasClaimPage).find((claim) => claim.kind === 'quote' && claim.speaker)!;
    const placed = claimShareCard(story, quote);
    expect(placed.card.quoted).toBe(true);
    expect(placed.card.eyebrow).toMatch(/^Quote · /);
    expect(placed.card.footer).toBe(story.title);
    expect(placed.alt).toContain(placed.card.title);
    expect(storyShareCard(story).card.title).toBe(story.title);
  });
});
