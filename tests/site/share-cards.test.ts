import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
  CARD_COLUMN,
  CARD_HEIGHT,
  CARD_WIDTH,
  PUBLISHED_CARDS,
  cachedCard,
  drawCard,
  layoutCard,
  publishCard,
  publishedCards,
  type CardRegister,
} from '../../src/site/share/draw-card.ts';
import { cardPath, cardText, type ShareCard } from '../../src/site/share/card.ts';
import { CardPainters } from '../../src/site/share/card-painters.ts';
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

  test('draws a card once, as a PNG named by its hash, and finds it there afterwards', () => {
    const file = cachedCard(card, cache);
    expect(readdirSync(cache)).toEqual([file.split('/').at(-1)]);
    const drawn = statSync(file);
    expect(drawn.size).toBeGreaterThan(1000);
    expect(cachedCard({ ...card }, cache)).toBe(file);
    expect(statSync(file).mtimeMs).toBe(drawn.mtimeMs);
  });

  test('publishCard, during a build, records each published path with its file in the cache and has a missing card drawn once by the painters, without making the page wait', async () => {
    const globals = globalThis as Record<symbol, unknown>;
    const other = { ...card, title: 'Words never drawn before' };
    publishCard('/share/claims/q-a.png', other, cache);
    expect(publishedCards(), 'outside a build nothing is recorded').toBeUndefined();
    const painters = new CardPainters(2);
    const register: CardRegister = { cards: new Map(), drawing: [], draw: (file, shown) => painters.draw(file, shown) };
    globals[PUBLISHED_CARDS] = register;
    try {
      publishCard('/share/claims/q-a.png', other, cache);
      publishCard('/share/claims/q-b.png', other, cache);
      publishCard('/share/claims/q-c.png', card, cache);
      expect(register.drawing, 'the card already in the cache is not drawn again').toHaveLength(2);
      const files = await Promise.all(register.drawing);
      expect(new Set(files).size, 'two pages with one card: it is drawn once').toBe(1);
      expect(painters.drawn).toBe(1);
      expect(register.cards.get('/share/claims/q-a.png')).toBe(files[0]);
      expect(register.cards.get('/share/claims/q-b.png')).toBe(files[0]);
      expect(register.cards.get('/share/claims/q-c.png')).toBe(cachedCard(card, cache));
      expect(readFileSync(files[0]!).equals(drawCard(other)), 'a painter draws what this thread draws').toBe(true);
      expect(readdirSync(cache).filter((name) => name.endsWith('.png'))).toHaveLength(2);
    } finally {
      Reflect.deleteProperty(globals, PUBLISHED_CARDS);
      await painters.close();
    }
  });

  test('a card a painter cannot write fails with the file named, and the painters go on', async () => {
    const painters = new CardPainters(1);
    const notAFolder = join(cache, 'not-a-folder');
    writeFileSync(notAFolder, '');
    try {
      await expect(painters.draw(join(notAFolder, 'card.png'), card)).rejects.toThrow(
        /not-a-folder\/card\.png could not be drawn: .*(ENOTDIR|EEXIST)/,
      );
      const file = join(cache, 'after-a-failure.png');
      await expect(painters.draw(file, card)).resolves.toBe(file);
    } finally {
      await painters.close();
    }
  });
});

describe('drawing a card', () => {
  const long: ShareCard = {
    tone: 'figure',
    eyebrow: `Figure · ${'The Very Long Name of a Regional Newspaper '.repeat(3)}, 31 October 2024`,
    title: 'Officials in Łódź and Győr said the number of people who had left their homes was rising '.repeat(6).trim(),
    quoted: true,
    detail: 'Said by a spokesperson for the regional emergency management agency '.repeat(3).trim(),
    footer: 'A story whose title runs on well past the room its footer has on the card',
  };
  const cards: [string, ShareCard][] = [
    ['short', card],
    ['long in every part', long],
    ['one unbroken word', { ...card, quoted: false, title: 'x'.repeat(300), detail: null }],
    ['long, no detail', { ...long, quoted: false, detail: null }],
  ];

  test.each(cards)(
    'a %s card keeps every line inside its column, above the foot, with no two lines on each other',
    (_name, shown) => {
      const layout = layoutCard(shown);
      for (const run of layout.runs) {
        const [left, right] = run.align === 'left' ? [run.x, run.x + run.width] : [run.x - run.width, run.x];
        expect(left, run.text).toBeGreaterThanOrEqual(CARD_COLUMN.left);
        expect(right, run.text).toBeLessThanOrEqual(CARD_COLUMN.right + 0.5);
        expect(run.top + run.lineHeight, run.text).toBeLessThanOrEqual(CARD_COLUMN.bottom);
      }
      const [name, footer] = layout.runs.slice(-2);
      const body = layout.runs.slice(0, -2);
      for (const run of body) expect(run.top + run.lineHeight, run.text).toBeLessThanOrEqual(CARD_COLUMN.rule);
      body.slice(1).forEach((run, index) => {
        expect(run.top + 1e-6).toBeGreaterThanOrEqual(body[index]!.top + body[index]!.lineHeight);
      });
      expect(footer!.top).toBe(name!.top);
      expect(footer!.x + footer!.width, 'the story and the site name do not touch').toBeLessThan(name!.x - name!.width);
    },
  );

  test('a short title is set large; a long one smaller, and cut with an ellipsis only when even the smallest size cannot hold it', () => {
    const short = layoutCard(card);
    expect(short.titleSize).toBe(62);
    expect(short.runs.map((run) => run.text)).toContain('“Words”');
    const cut = layoutCard(long);
    expect(cut.titleSize).toBeLessThan(short.titleSize);
    const title = cut.runs.filter((run) => run.font.includes('italic')).map((run) => run.text);
    expect(title.at(-1)).toMatch(/…”$/);
    expect(long.title.startsWith(title.join(' ').slice(1, -2))).toBe(true);
    const medium = layoutCard({ ...card, title: long.title.slice(0, 150) });
    expect(
      medium.runs
        .filter((run) => run.font.includes('italic'))
        .map((run) => run.text)
        .join(' '),
    ).toBe(`“${long.title.slice(0, 150)}”`);
  });

  test('draws a 1200 x 630 PNG, the same bytes every time', () => {
    const [png, again] = [drawCard(long), drawCard({ ...long })];
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
    expect(Buffer.compare(png, again)).toBe(0);
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
