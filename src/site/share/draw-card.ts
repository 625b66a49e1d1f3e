/**
 * Draws a share card as a 1200 x 630 PNG at build time with Skia (`@napi-rs/canvas`): the words
 * are set in the site's type (Source Serif 4 and Source Sans 3, read from their npm packages, so
 * no network is needed), wrapped by their measured width, and the title's size is the largest
 * that fits. Skia is deterministic, so two builds write the same bytes. Cards are kept in the
 * build cache by their hash: a card whose words and design did not change is linked, not drawn.
 *
 * Why Skia: satori and resvg, used before, took about 45 ms a card on one core (12 ms laying the
 * words out as SVG paths, 24 ms rasterizing them, 9 ms encoding); Skia lays out, rasterizes and
 * encodes the same card in about 5 ms. A build draws its new cards in worker threads
 * (card-painters.ts) while it goes on rendering pages.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { threadId } from 'node:worker_threads';
import { createCanvas, GlobalFonts, PngFilter, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { cardHash, trimCut, type ShareCard } from './card.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

const require = createRequire(import.meta.url);

interface Face {
  family: 'source-serif-4' | 'source-sans-3';
  weight: 400 | 600 | 700;
  style: 'normal' | 'italic';
}
const SERIF_BOLD: Face = { family: 'source-serif-4', weight: 600, style: 'normal' };
const SERIF_ITALIC: Face = { family: 'source-serif-4', weight: 400, style: 'italic' };
const SANS: Face = { family: 'source-sans-3', weight: 400, style: 'normal' };
const SANS_BOLD: Face = { family: 'source-sans-3', weight: 700, style: 'normal' };

/**
 * The scripts a card can show, in the order Skia looks for a glyph: each is a subset file of the
 * face (where the family has it), registered under a name of its own, so that a card in these
 * scripts never depends on the machine's fonts. (A character outside them, Arabic or Chinese
 * say, is drawn in whatever font the machine has for it, or as a blank box.)
 */
const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'greek-ext', 'vietnamese'];

const families = new Map<Face, string>();
/** The CSS font-family list of a face, its subsets registered with Skia on first use. */
function familyList(face: Face): string {
  let list = families.get(face);
  if (list === undefined) {
    const folder = join(dirname(require.resolve(`@fontsource/${face.family}/package.json`)), 'files');
    const names: string[] = [];
    for (const subset of SUBSETS) {
      const file = join(folder, `${face.family}-${subset}-${face.weight}-${face.style}.woff`);
      if (!existsSync(file)) continue;
      const name = `card-${face.family}-${face.weight}-${face.style}-${subset}`;
      GlobalFonts.register(readFileSync(file), name);
      names.push(name);
    }
    if (names.length === 0)
      throw new Error(`share cards: no font files for ${face.family} ${face.weight} ${face.style}`);
    list = names.join(', ');
    families.set(face, list);
  }
  return list;
}

function setFont(context: SKRSContext2D, face: Face, size: number): void {
  context.font = `${face.style} ${face.weight} ${size}px ${familyList(face)}`;
}

// The site's light colours (src/styles/global.css), by the card's tone.
const COLOURS = { text: '#1c1b19', muted: '#5b5850', rule: '#dedad0', bg: '#fbfaf7' };
const TONES: Record<ShareCard['tone'], string> = {
  quote: '#9a4408',
  figure: '#1d4ed8',
  place: '#047857',
  person: '#7c3aed',
  story: '#1e3a8a',
};

// The grid: a coloured edge, then the text column between its margins.
const EDGE = 24;
const LEFT = EDGE + 64;
const RIGHT = CARD_WIDTH - 72;
const COLUMN = RIGHT - LEFT;
const TOP = 56;
const BOTTOM = CARD_HEIGHT - 48;
const FOOTER_SIZE = 26;
/** Where the rule above the footer is drawn. */
const RULE = BOTTOM - FOOTER_SIZE * 1.2 - 24;
/** The text column of a card and the rule above its foot, for tests of the layout. */
export const CARD_COLUMN = { left: LEFT, right: RIGHT, top: TOP, rule: RULE, bottom: BOTTOM };
/** Title sizes, largest first: the first whose lines fit is used. */
const TITLE_SIZES = [62, 52, 44, 38];
const ELLIPSIS = '…';

/** Text cut to fit a width, at a word boundary where there is one, ending in an ellipsis when cut. */
function fitLine(context: SKRSContext2D, text: string, width: number): string {
  if (context.measureText(text).width <= width) return text;
  let cut = text;
  while (cut.length > 0 && context.measureText(cut + ELLIPSIS).width > width) {
    const space = cut.lastIndexOf(' ');
    cut = trimCut(space > cut.length / 2 ? cut.slice(0, space) : cut.slice(0, -1));
  }
  return cut + ELLIPSIS;
}

/**
 * Words broken into lines no wider than `width` (a word wider than a line is cut by characters).
 * Each word is measured once and a line's width is the sum of its words and spaces, less a
 * pixel or two of kerning the sum cannot see, for which lines are kept that much narrower.
 */
function wrap(context: SKRSContext2D, text: string, width: number): string[] {
  const room = width - 2;
  const space = context.measureText(' ').width;
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const wordWidth = context.measureText(word).width;
    if (line && lineWidth + space + wordWidth <= room) {
      line = `${line} ${word}`;
      lineWidth += space + wordWidth;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    lineWidth = wordWidth;
    while (lineWidth > room && line.length > 1) {
      let end = line.length - 1;
      while (end > 1 && context.measureText(line.slice(0, end)).width > room) end--;
      lines.push(line.slice(0, end));
      line = line.slice(end);
      lineWidth = context.measureText(line).width;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * At most `max` lines of wrapped text, the last cut with an ellipsis when more did not fit, and
 * then closed with `close` (a quotation's closing mark, lost with the lines cut off).
 */
function clampLines(context: SKRSContext2D, lines: string[], max: number, width: number, close = ''): string[] {
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  kept[max - 1] = fitLine(context, `${kept[max - 1]} ${lines[max]}`, width - context.measureText(close).width) + close;
  return kept;
}

/** A line of text placed on a card. */
export interface TextRun {
  text: string;
  /** The CSS font it is set in. */
  font: string;
  colour: string;
  letterSpacing: number;
  /** Its left edge, or its right edge when `align` is `right`. */
  x: number;
  align: 'left' | 'right';
  /** The top of its line box, and the box's height (the text is centred in it, as CSS does). */
  top: number;
  lineHeight: number;
  /** Its measured width. */
  width: number;
}

/** A card laid out: filled rectangles, then lines of text. */
export interface CardLayout {
  rects: { x: number; y: number; width: number; height: number; colour: string }[];
  runs: TextRun[];
  /** The title's size in pixels (the largest of TITLE_SIZES at which it fits). */
  titleSize: number;
}

/** A small canvas that only measures text. */
let measurer: SKRSContext2D | undefined;

/** Where each word of a card goes. */
export function layoutCard(card: ShareCard): CardLayout {
  measurer ??= createCanvas(1, 1).getContext('2d');
  const context = measurer;
  const runs: TextRun[] = [];
  /** Lines in the context's current font from `top`, one line box each; returns their bottom. */
  const place = (
    lines: string[],
    top: number,
    lineHeight: number,
    colour: string,
    x = LEFT,
    align: TextRun['align'] = 'left',
  ) => {
    lines.forEach((text, index) =>
      runs.push({
        text,
        font: context.font,
        colour,
        letterSpacing: Number.parseFloat(context.letterSpacing) || 0,
        x,
        align,
        top: top + index * lineHeight,
        lineHeight,
        width: context.measureText(text).width,
      }),
    );
    return top + lines.length * lineHeight;
  };
  const tone = TONES[card.tone];

  // The eyebrow: one line of capitals in the tone.
  setFont(context, SANS_BOLD, 28);
  context.letterSpacing = '1px';
  let y = place([fitLine(context, card.eyebrow.toUpperCase(), COLUMN)], TOP, 28 * 1.2, tone) + 28;
  context.letterSpacing = '0px';

  // The detail under the title (up to two lines) is laid out first, so the title knows its room.
  setFont(context, SANS, 32);
  const detail = card.detail ? clampLines(context, wrap(context, card.detail, COLUMN), 2, COLUMN) : [];
  const detailFont = context.font;
  const detailHeight = detail.length === 0 ? 0 : 28 + detail.length * 32 * 1.2;
  const room = RULE - 24 - y - detailHeight;

  // The title: the largest size at which every line fits, else the smallest, cut with an ellipsis.
  const face = card.quoted ? SERIF_ITALIC : SERIF_BOLD;
  const [open, close] = card.quoted ? ['“', '”'] : ['', ''];
  let titleSize = TITLE_SIZES.at(-1)!;
  let lines: string[] = [];
  for (const size of TITLE_SIZES) {
    setFont(context, face, size);
    lines = wrap(context, `${open}${card.title}${close}`, COLUMN);
    titleSize = size;
    if (lines.length * size * 1.2 <= room) break;
  }
  lines = clampLines(context, lines, Math.max(1, Math.floor(room / (titleSize * 1.2))), COLUMN, close);
  y = place(lines, y, titleSize * 1.2, COLOURS.text);

  if (detail.length > 0) {
    context.font = detailFont;
    place(detail, y + 28, 32 * 1.2, COLOURS.muted);
  }

  // The foot: the site's name on the right, the story on the left, under a rule.
  const footTop = BOTTOM - FOOTER_SIZE * 1.2;
  setFont(context, SANS_BOLD, FOOTER_SIZE);
  const name = 'Claim by Claim';
  place([name], footTop, FOOTER_SIZE * 1.2, COLOURS.text, RIGHT, 'right');
  const nameWidth = context.measureText(name).width;
  setFont(context, SANS, FOOTER_SIZE);
  place([fitLine(context, card.footer, COLUMN - nameWidth - 40)], footTop, FOOTER_SIZE * 1.2, COLOURS.muted);

  return {
    rects: [
      { x: 0, y: 0, width: CARD_WIDTH, height: CARD_HEIGHT, colour: COLOURS.bg },
      { x: 0, y: 0, width: EDGE, height: CARD_HEIGHT, colour: tone },
      { x: LEFT, y: RULE, width: COLUMN, height: 2, colour: COLOURS.rule },
    ],
    runs,
    titleSize,
  };
}

/** Paints a laid-out card on a canvas of the card's size. */
function paint(context: SKRSContext2D, layout: CardLayout): void {
  for (const rect of layout.rects) {
    context.fillStyle = rect.colour;
    context.fillRect(rect.x, rect.y, rect.width, rect.height);
  }
  context.textBaseline = 'middle';
  for (const run of layout.runs) {
    context.font = run.font;
    context.fillStyle = run.colour;
    context.letterSpacing = `${run.letterSpacing}px`;
    context.textAlign = run.align;
    context.fillText(run.text, run.x, run.top + run.lineHeight / 2);
  }
}

/** The canvas cards are painted on in this thread: made once, as a new surface costs more than a card. */
let canvas: Canvas | undefined;

/** The PNG of a card, drawn now on this thread (the build draws in workers: card-painters.ts). */
export function drawCard(card: ShareCard): Buffer {
  canvas ??= createCanvas(CARD_WIDTH, CARD_HEIGHT);
  paint(canvas.getContext('2d'), layoutCard(card));
  // zlib level 3 without row filters: about 70 KB a card in 3.5 ms (level 6 saves a fifth for twice the time).
  return canvas.encodeSync('png', { compressionLevel: 3, filters: PngFilter.None });
}

/**
 * The folder of drawn cards, by hash. Shared by every build on the machine (the test suite's
 * builds too): a card's file name is the hash of everything it shows, so a card found there is
 * the card that would be drawn.
 */
export const CARD_CACHE = process.env.SHARE_CARD_CACHE ?? 'node_modules/.astro/share-cards';

/** A card's file in a cache: named by the card's hash. */
export function cardFile(card: ShareCard, cache = CARD_CACHE): string {
  return resolve(cache, `${cardHash(card)}.png`);
}

/** Writes a drawn card into the cache, under another name first, so that a build stopped midway leaves no half card. */
export function writeCard(file: string, png: Buffer): void {
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.${threadId}.part`;
  writeFileSync(partial, png);
  renameSync(partial, file);
}

/** The file of a card in the cache, drawn and written there first when no card with its hash was. */
export function cachedCard(card: ShareCard, cache = CARD_CACHE): string {
  const file = cardFile(card, cache);
  if (!existsSync(file)) writeCard(file, drawCard(card));
  return file;
}

/** The PNG of a card, for the dev server's card route. */
export function cardPng(card: ShareCard, cache = CARD_CACHE): Buffer {
  return readFileSync(cachedCard(card, cache));
}

/**
 * The cards the pages of a build use. The `share-cards` integration in astro.config.mjs puts a
 * register on `globalThis`, under a registered symbol, when a build starts; each page records its
 * card there as it renders (`publishCard`), and a card missing from the cache is handed to the
 * register's painters, worker threads that draw it while the pages go on rendering. When the
 * pages are written the integration waits for the drawings and links each card into `dist/`
 * (same process). Outside a build (the dev server) there is no register, and cards are served by
 * their route.
 */
export const PUBLISHED_CARDS = Symbol.for('claim-compare.share-cards');

export interface CardRegister {
  /** Each published path with its card's file in the cache. */
  cards: Map<string, string>;
  /** Cards still being drawn: the build waits for them before it links. */
  drawing: Promise<string>[];
  /** Draws a card into its file off this thread (the integration's painters); without it, a card is drawn here. */
  draw?: (file: string, card: ShareCard) => Promise<string>;
}

/** The register of the build that is running, else undefined. */
export function publishedCards(): CardRegister | undefined {
  const register = (globalThis as Record<symbol, unknown>)[PUBLISHED_CARDS] as Partial<CardRegister> | undefined;
  return register?.cards instanceof Map && Array.isArray(register.drawing) ? (register as CardRegister) : undefined;
}

/**
 * During a build, records a page's card for publishing, and has it drawn into the cache if it is
 * not there; the page does not wait for the drawing (the build does, before it links cards).
 */
export function publishCard(path: string, card: ShareCard, cache = CARD_CACHE): void {
  const register = publishedCards();
  if (register === undefined || register.cards.has(path)) return;
  const file = cardFile(card, cache);
  register.cards.set(path, file);
  if (existsSync(file)) return;
  const drawn =
    register.draw?.(file, card) ??
    new Promise<string>((done) => {
      done(cachedCard(card, cache));
    });
  // Marked as handled here: a failed drawing fails the build when it waits for the drawings.
  drawn.catch(() => undefined);
  register.drawing.push(drawn);
}
