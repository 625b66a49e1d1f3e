// @ts-check
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  outDir,
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  devToolbar: { enabled: false },
  integrations: [sitemap({ filter: listed })],
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
