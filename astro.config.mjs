// @ts-check
import { closeSync, copyFileSync, linkSync, mkdirSync, openSync, readSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { CardPainters } from './src/site/share/card-painters.ts';

/** The public origin (SITE_URL), used for canonical URLs, Open Graph, the sitemap and the feed. */
const site = process.env.SITE_URL ?? 'http://localhost:4321';
// Tests build other content side by side; each gets its own output and cache folder.
const outDir = process.env.ASTRO_OUT_DIR ?? './dist';

/**
 * Whether a built page belongs in the sitemap: pages kept only to lead on from a link the site
 * once published say `noindex`, and are left out. Read from the head of the built file (the
 * first 4 KB, where the page shell writes its robots tag), after the build.
 */
function listed(/** @type {string} */ url) {
  const head = Buffer.alloc(4096);
  let file;
  try {
    file = openSync(join(outDir, new URL(url).pathname, 'index.html'), 'r');
    const length = readSync(file, head, 0, head.length, 0);
    return !head.subarray(0, length).toString('utf8').includes('<meta name="robots" content="noindex">');
  } catch {
    return true;
  } finally {
    if (file !== undefined) closeSync(file);
  }
}

// The register of a build's share cards on globalThis (see publishCard in src/site/share/draw-card.ts).
const CARDS = Symbol.for('claim-compare.share-cards');

/**
 * Share cards: each page of a build records its card as it renders, and a card with no file of
 * its hash in the card cache is drawn there meanwhile by worker threads, the painters
 * (`publishCard` in src/site/share/draw-card.ts, src/site/share/card-painters.ts); once the pages
 * are written and the drawings done, each card is linked from the cache into `dist/` (a copy
 * where a link cannot be made), so that a card in the cache costs one file link, not a route
 * Astro renders and copies.
 * @type {import('astro').AstroIntegration}
 */
const shareCards = {
  name: 'share-cards',
  hooks: {
    'astro:build:start': () => {
      /** @type {CardPainters | undefined} */
      let painters;
      /** @type {Record<symbol, unknown>} */ (globalThis)[CARDS] = {
        cards: new Map(),
        drawing: [],
        // Workers start with the first card missing from the cache: a build that finds every card starts none.
        draw: (/** @type {string} */ file, /** @type {import('./src/site/share/card.ts').ShareCard} */ card) =>
          (painters ??= new CardPainters()).draw(file, card),
        close: () => painters?.close(),
      };
    },
    'astro:build:done': async ({ dir, logger }) => {
      const { cards, drawing, close } =
        /** @type {{ cards: Map<string, string>, drawing: Promise<string>[], close: () => Promise<void> | undefined }} */ (
          /** @type {Record<symbol, unknown>} */ (globalThis)[CARDS]
        );
      if (cards.size === 0) throw new Error('share cards: no page recorded its card, so none can be published');
      // Cards missing from the cache were drawn while the pages rendered; the last may still be.
      /** @type {string[]} */
      let drawn;
      try {
        drawn = await Promise.all(drawing);
      } finally {
        await close();
      }
      for (const [path, file] of cards) {
        const target = join(fileURLToPath(dir), path);
        mkdirSync(dirname(target), { recursive: true });
        rmSync(target, { force: true });
        try {
          linkSync(file, target);
        } catch {
          copyFileSync(file, target);
        }
      }
      logger.info(`${cards.size} share cards published, ${new Set(drawn).size} of them drawn in this build`);
    },
  },
};

/**
 * The pages' Content-Security-Policy (src/site/security.ts) is written into built pages only:
 * the dev server injects each component's styles as inline `<style>` elements, which the policy
 * refuses. `import.meta.env.CSP_META` tells the page shell which it is rendering for.
 * @type {import('astro').AstroIntegration}
 */
const contentSecurityPolicy = {
  name: 'content-security-policy',
  hooks: {
    'astro:config:setup': ({ command, updateConfig }) => {
      updateConfig({ vite: { define: { 'import.meta.env.CSP_META': JSON.stringify(command === 'build') } } });
    },
  },
};

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Style sheets stay files: the pages' Content-Security-Policy (src/site/security.ts) allows no inline style.
  // Four pages render at a time, so that one page's render fills the wait for another's file to be
  // written (a 1,000-article build: 40 s of pages with one at a time, 32 s with four; 16 were no faster).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  outDir,
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  devToolbar: { enabled: false },
  integrations: [sitemap({ filter: listed }), shareCards, contentSecurityPolicy],
  // Articles are plain text and there is no Markdown to highlight; Shiki's inline styles would clash with the CSP.
  markdown: { syntaxHighlight: false },
  vite: {
    // Never inline scripts or assets into pages: a Content-Security-Policy forbids inline script.
    build: { assetsInlineLimit: 0 },
  },
});
