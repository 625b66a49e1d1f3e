// @ts-check
import { defineConfig } from 'astro/config';

/** The public origin, used for canonical URLs, Open Graph and the sitemap. */
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Nothing reads telemetry or the dev toolbar here; keep builds offline and quiet.
  devToolbar: { enabled: false },
});
