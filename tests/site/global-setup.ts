/**
 * Builds the site once and serves it with `astro preview` for the site tests (links, export,
 * browser). SKIP_BUILD=1 serves an existing `dist/` as it is.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';

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
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
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
    const build = spawnSync('astro', ['build'], { stdio: 'inherit', env: { ...process.env, ASTRO_OUT_DIR: undefined } });
    if (build.status !== 0) throw new Error(`astro build failed with exit code ${build.status}`);
  }
  const port = await freePort();
  const preview = spawn('astro', ['preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitFor(`${baseUrl}/`, 30_000);
  project.provide('baseUrl', baseUrl);
  return () => {
    preview.kill();
  };
}
