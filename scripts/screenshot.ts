/**
 * Takes full-page screenshots of site pages in Debian's Chromium, for looking at what was built.
 * Usage: node scripts/screenshot.ts <base-url> <out-dir> <path> [<path> ...]
 * Options through the environment: WIDTH (default 1280), DARK=1 for the dark scheme.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium.ts';

const [base = 'http://localhost:4321', out = 'tmp/shots', ...paths] = process.argv.slice(2);
const width = Number(process.env.WIDTH ?? 1280);
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'shots-')), {
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
  viewport: { width, height: 900 },
  colorScheme: process.env.DARK === '1' ? 'dark' : 'light',
});
const page = await context.newPage();
for (const path of paths.length > 0 ? paths : ['/']) {
  await page.goto(new URL(path, base).href);
  const name = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${width}${process.env.DARK === '1' ? '-dark' : ''}.png`;
  await page.screenshot({ path: join(out, name), fullPage: process.env.FULL !== '0' });
  console.log(join(out, name));
}
await context.close();
