// @ts-check
import { copyFileSync, linkSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

/** The public origin (SITE_URL), used for canonical URLs, Open Graph, the sitemap and the feed. */
const site = process.env.SITE_URL ?? 'http://localhost:4321';
// Tests build other content side by side; each gets its own output and cache folder.
const outDir = process.env.ASTRO_OUT_DIR ?? './dist';

/**
 * Whether a built page belongs in the sitemap: pages kept only to lead on from a link the site
 * once published say `noindex`, and are left out. Read from the built file, after the build.
 */
function listed(/** @type {string} */ url) {
  try {
    const html = readFileSync(join(outDir, new URL(url).pathname, 'index.html'), 'utf8');
    return !html.includes('<meta name="robots" content="noindex">');
  } catch {
    return true;
  }
}

// The register of a build's share cards on globalThis (see publishCard in src/site/share/draw-card.ts).
const CARDS = Symbol.for('claim-compare.share-cards');

/**
 * Share cards: each page of a build records its card as it renders, drawn into the card cache
 * when no card with its hash is there (`publishCard` in src/site/share/draw-card.ts); once the
 * pages are written, each card is linked from the cache into `dist/` (a copy where a link cannot
 * be made), so that a card in the cache costs one file link, not a route Astro renders and copies.
 * @type {import('astro').AstroIntegration}
 */
const shareCards = {
  name: 'share-cards',
  hooks: {
    'astro:build:start': () => {
      /** @type {Record<symbol, unknown>} */ (globalThis)[CARDS] = new Map();
    },
    'astro:build:done': ({ dir, logger }) => {
      const cards = /** @type {Map<string, string>} */ (/** @type {Record<symbol, unknown>} */ (globalThis)[CARDS]);
      if (cards.size === 0) throw new Error('share cards: no page recorded its card, so none can be published');
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
      logger.info(`${cards.size} share cards published`);
    },
  },
};

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  outDir,
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  devToolbar: { enabled: false },
  integrations: [sitemap({ filter: listed }), shareCards],
  // A Content-Security-Policy on every page, as a <meta> in <head> before any script or style
  // sheet (a static host and `astro preview` send no headers of their own). Astro writes
  // `script-src` and `style-src` with 'self' and the hashes of what it bundles and no
  // 'unsafe-inline', so no inline script or event-handler attribute runs, whatever an article
  // contains. The directives below shut what the site does not use. (`frame-ancestors` and
  // violation reports only work in an HTTP header.)
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-src 'none'",
      ],
    },
  },
  // Articles are plain text and there is no Markdown to highlight; Shiki's inline styles would clash with the CSP.
  markdown: { syntaxHighlight: false },
  vite: {
    // Never inline scripts or assets into pages: a Content-Security-Policy forbids inline script.
    build: { assetsInlineLimit: 0 },
  },
});
