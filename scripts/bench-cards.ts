/**
 * Share-card benchmark: how long a card takes to lay out and to draw (Skia, on this thread), and
 * how many cards the build's painters (worker threads) draw a second with one painter and with
 * one per core, in the same run. The cards are made from the project's own articles: each
 * sentence of 40 to 220 characters becomes a quote or a figure card, as claim cards are.
 * Usage: npm run bench:cards [-- N] (N cards, default 1,000)
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { cardHash, type ShareCard } from '../src/site/share/card.ts';
import { CardPainters } from '../src/site/share/card-painters.ts';
import { drawCard, layoutCard } from '../src/site/share/draw-card.ts';

const STORIES = fileURLToPath(new URL('../content/stories/', import.meta.url));
const count = Number(process.argv[2] ?? 1000);

function sentences(): string[] {
  const found: string[] = [];
  for (const story of readdirSync(STORIES)) {
    const folder = join(STORIES, story, 'articles');
    for (const name of readdirSync(folder).filter((file) => file.endsWith('.txt')))
      for (const sentence of readFileSync(join(folder, name), 'utf8').split(/(?<=[.!?”"])\s+/u))
        if (sentence.length >= 40 && sentence.length <= 220) found.push(sentence.trim());
  }
  return found;
}

const pool = sentences();
const cards: ShareCard[] = Array.from({ length: count }, (_, index) => {
  const quote = index % 2 === 0;
  return {
    tone: quote ? 'quote' : 'figure',
    eyebrow: `${quote ? 'Quote' : 'Figure'} · Outlet ${index % 17}, ${1 + (index % 28)} October 2024`,
    // A number makes each card its own, as each claim's card is.
    title: `${pool[index % pool.length]!} (${index})`,
    quoted: quote,
    detail: index % 3 === 0 ? null : `Said by a named source number ${index % 50}`,
    footer: `Story ${index % 50}`,
  };
});

function perCard(label: string, run: () => void | Promise<void>): Promise<number> {
  return (async () => {
    const start = performance.now();
    await run();
    const ms = (performance.now() - start) / count;
    console.log(`${label.padEnd(44)} ${ms.toFixed(2)} ms a card`);
    return ms;
  })();
}

layoutCard(cards[0]!);
drawCard(cards[0]!);
console.log(`${count.toLocaleString('en')} cards from ${pool.length} sentences of the project's articles`);
await perCard('lay out (this thread)', () => {
  for (const card of cards) layoutCard(card);
});
const oneThread = await perCard('lay out, draw and encode (this thread)', () => {
  for (const card of cards) drawCard(card);
});
const cores = availableParallelism();
for (const painters of [...new Set([1, cores])]) {
  const cache = mkdtempSync(join(tmpdir(), 'bench-cards-'));
  const drawing = new CardPainters(painters);
  const ms = await perCard(`painters: ${painters} (wall time, files written)`, async () => {
    await Promise.all(cards.map((card) => drawing.draw(join(cache, `${cardHash(card)}.png`), card)));
  });
  await drawing.close();
  const bytes = readdirSync(cache).reduce((sum, name) => sum + readFileSync(join(cache, name)).length, 0);
  console.log(`  ${(oneThread / ms).toFixed(2)}x this thread; ${(bytes / count / 1024).toFixed(1)} KB a card`);
  rmSync(cache, { recursive: true, force: true });
}
