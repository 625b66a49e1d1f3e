/**
 * The dev server (`npm run dev`): it injects each component's styles inline, so its pages carry
 * no Content-Security-Policy (which would refuse them and leave the page unstyled), and it draws
 * share cards on request. Built pages are tested against `astro preview` elsewhere.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { astroSpawn } from '../support/astro.ts';
import { freePort, waitFor } from '../support/serve.ts';

let server: ChildProcess;
let base: string;
// Its own content cache, so that it never meets the builds other tests run at the same time.
const cache = mkdtempSync(join(tmpdir(), 'dev-cache-'));

beforeAll(async () => {
  const port = await freePort();
  // Not as a test run: with VITEST set (as vitest sets it) the dev server answered every page with 404.
  server = astroSpawn(['dev', '--host', '127.0.0.1', '--port', String(port)], {
    ASTRO_CACHE_DIR: cache,
    VITEST: undefined,
    NODE_ENV: 'development',
  });
  base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}/`, 90_000);
});
afterAll(() => {
  server.kill();
  rmSync(cache, { recursive: true, force: true });
});

describe('the dev server', () => {
  test('serves pages with their styles inline and no Content-Security-Policy to refuse them', async () => {
    const html = await (await fetch(`${base}/`)).text();
    expect(html).toContain('<style');
    expect(html.toLowerCase()).not.toContain('http-equiv="content-security-policy"');
  });

  test('draws a page’s share card on request', async () => {
    const html = await (await fetch(`${base}/`)).text();
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    expect(image).toBeDefined();
    const response = await fetch(`${base}${new URL(image!).pathname}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(10_000);
  });
});
