/**
 * Builds the site once and serves it with `astro preview` for the site tests (links, export,
 * browser). SKIP_BUILD=1 serves an existing `dist/` as it is.
 */
import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';
import { astroSpawn, astroSync } from '../support/astro.ts';

declare module 'vitest' {
  interface ProvidedContext {
    baseUrl: string;
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (typeof address === 'object' && address) resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`astro preview did not answer at ${url} within ${timeoutMs} ms`);
}

export default async function setup(project: TestProject) {
  if (process.env.SKIP_BUILD !== '1') {
    const build = astroSync(['build'], { ASTRO_OUT_DIR: undefined, CONTENT_DIR: undefined });
    if (build.status !== 0)
      throw new Error(`astro build failed (exit ${build.status}):\n${build.stdout}\n${build.stderr}`);
  }
  const port = await freePort();
  const preview = astroSpawn(['preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)]);
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitFor(`${baseUrl}/`, 30_000);
  project.provide('baseUrl', baseUrl);
  return () => {
    preview.kill();
  };
}
