/**
 * Draws a share card as a 1200 x 630 PNG at build time: satori lays the words out as SVG with
 * fonts shipped in npm packages (Source Serif 4 and Source Sans 3, read from node_modules, so no
 * network is needed), and resvg turns the SVG into pixels. Both are deterministic, so two builds
 * write the same bytes. Cards are kept in the build cache by their hash: a card whose words and
 * design did not change is copied, not drawn again.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import { cardHash, type ShareCard } from './card.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

const require = createRequire(import.meta.url);
function fontFile(family: string, subset: string, weight: number, style: 'normal' | 'italic'): Buffer {
  const folder = join(dirname(require.resolve(`@fontsource/${family}/package.json`)), 'files');
  return readFileSync(join(folder, `${family}-${subset}-${weight}-${style}.woff`));
}

let fonts: Font[] | undefined;
/** The card's fonts: Latin and Latin Extended (Ş, ł, ő...) of each weight; satori falls back from one to the next. */
function cardFonts(): Font[] {
  fonts ??= [
    ...(['latin', 'latin-ext'] as const).flatMap((subset) => {
      const suffix = subset === 'latin' ? '' : ' Ext';
      return [
        {
          name: `Serif${suffix}`,
          data: fontFile('source-serif-4', subset, 400, 'normal'),
          weight: 400,
          style: 'normal',
        },
        {
          name: `Serif${suffix}`,
          data: fontFile('source-serif-4', subset, 600, 'normal'),
          weight: 600,
          style: 'normal',
        },
        {
          name: `Serif${suffix}`,
          data: fontFile('source-serif-4', subset, 400, 'italic'),
          weight: 400,
          style: 'italic',
        },
        { name: `Sans${suffix}`, data: fontFile('source-sans-3', subset, 400, 'normal'), weight: 400, style: 'normal' },
        { name: `Sans${suffix}`, data: fontFile('source-sans-3', subset, 700, 'normal'), weight: 700, style: 'normal' },
      ] as const;
    }),
  ];
  return fonts;
}

// The site's light colours (src/styles/global.css), by the card's tone.
const COLOURS = { text: '#1c1b19', muted: '#5b5850', rule: '#dedad0', bg: '#fbfaf7', surface: '#ffffff' };
const TONES: Record<ShareCard['tone'], string> = {
  quote: '#9a4408',
  figure: '#1d4ed8',
  place: '#047857',
  person: '#7c3aed',
  story: '#1e3a8a',
};

interface Node {
  type: string;
  props: { style?: Record<string, string | number>; children?: (Node | string)[] | Node | string };
}
const div = (style: Record<string, string | number>, ...children: (Node | string)[]): Node => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

/** The card as satori's element tree. */
function layout(card: ShareCard): Node {
  const size = card.title.length > 140 ? 44 : card.title.length > 80 ? 52 : 62;
  return div(
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      background: COLOURS.bg,
      fontFamily: 'Sans, Sans Ext',
      color: COLOURS.text,
    },
    div({ width: 24, height: CARD_HEIGHT, background: TONES[card.tone] }),
    div(
      {
        // satori sizes a box without its padding.
        width: CARD_WIDTH - 24 - 64 - 72,
        height: CARD_HEIGHT - 56 - 48,
        padding: '56px 72px 48px 64px',
        flexDirection: 'column',
        justifyContent: 'space-between',
      },
      div(
        { flexDirection: 'column' },
        div(
          {
            fontSize: 28,
            fontWeight: 700,
            letterSpacing: 1,
            textTransform: 'uppercase',
            color: TONES[card.tone],
            marginBottom: 28,
          },
          card.eyebrow,
        ),
        div(
          {
            fontFamily: 'Serif, Serif Ext',
            fontSize: size,
            lineHeight: 1.2,
            fontWeight: card.quoted ? 400 : 600,
            fontStyle: card.quoted ? 'italic' : 'normal',
          },
          card.quoted ? `“${card.title}”` : card.title,
        ),
        ...(card.detail ? [div({ fontSize: 32, color: COLOURS.muted, marginTop: 28 }, card.detail)] : []),
      ),
      div(
        {
          borderTop: `2px solid ${COLOURS.rule}`,
          paddingTop: 24,
          justifyContent: 'space-between',
          alignItems: 'flex-end',
          fontSize: 26,
          color: COLOURS.muted,
        },
        div({ maxWidth: 820 }, card.footer),
        div({ fontWeight: 700, color: COLOURS.text }, 'Claim by Claim'),
      ),
    ),
  );
}

/** The PNG of a card, drawn now. */
export async function drawCard(card: ShareCard): Promise<Buffer> {
  const svg = await satori(layout(card), {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: cardFonts(),
  });
  return new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
}

/**
 * The folder of drawn cards, by hash. Shared by every build on the machine (the test suite's
 * builds too): a card's file name is the hash of everything it shows, so a card found there is
 * the card that would be drawn.
 */
export const CARD_CACHE = process.env.SHARE_CARD_CACHE ?? 'node_modules/.astro/share-cards';

/** The file of a card in the cache, drawn and written there first when no card with its hash was. */
export async function cachedCard(card: ShareCard, cache = CARD_CACHE): Promise<string> {
  const file = resolve(cache, `${cardHash(card)}.png`);
  if (existsSync(file)) return file;
  const png = await drawCard(card);
  mkdirSync(cache, { recursive: true });
  // Written under another name and renamed, so that a build stopped midway leaves no half card.
  const partial = `${file}.${process.pid}.part`;
  writeFileSync(partial, png);
  renameSync(partial, file);
  return file;
}

/** The PNG of a card, for the dev server's card route. */
export async function cardPng(card: ShareCard, cache = CARD_CACHE): Promise<Buffer> {
  return readFileSync(await cachedCard(card, cache));
}

/**
 * The cards the pages of a build use, by the path each is published at, with its file in the
 * cache. The `share-cards` integration in astro.config.mjs puts this map on `globalThis`, under a
 * registered symbol, when a build starts, and links each card into `dist/` when it is done (same
 * process): a card is then one file link, not a route Astro renders and copies. Outside a build
 * (the dev server) there is no map, and cards are served by their route.
 */
export const PUBLISHED_CARDS = Symbol.for('claim-compare.share-cards');

/** The cards recorded so far when a build is running, else undefined. */
export function publishedCards(): Map<string, string> | undefined {
  const published = (globalThis as Record<symbol, unknown>)[PUBLISHED_CARDS];
  return published instanceof Map ? (published as Map<string, string>) : undefined;
}

/** During a build, records a page's card for publishing, drawing it into the cache if it is not there. */
export async function publishCard(path: string, card: ShareCard, cache = CARD_CACHE): Promise<void> {
  const published = publishedCards();
  if (published !== undefined && !published.has(path)) published.set(path, await cachedCard(card, cache));
}
