/**
 * Builds the site once and serves it with `astro preview` for the site tests (links, export,
 * browser). SKIP_BUILD=1 serves an existing `dist/` as it is.
 */
import type { TestProject } from 'vitest/node';
import { astroSpawn, astroSync } from '../support/astro.ts';
import { freePort, waitFor } from '../support/serve.ts';

declare module 'vitest' {
  interface ProvidedContext {
    baseUrl: string;
  }
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
