// @ts-check
import { defineConfig } from 'astro/config';

/** The public origin, used for canonical URLs, Open Graph and the sitemap. */
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Tests build other article sets side by side; each gets its own output and cache folder.
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  devToolbar: { enabled: false },
  vite: {
    // Never inline scripts or assets into pages: a Content-Security-Policy forbids inline script.
    build: { assetsInlineLimit: 0 },
  },
});
