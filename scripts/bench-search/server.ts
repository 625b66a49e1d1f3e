/**
 * A static server for the search benchmark: the built site from `dist/`, with the search index
 * files taken from a generated corpus instead (so the built search page searches 1,000 or
 * 10,000 articles without building that many pages), and the plain Fuse.js page under `/bench/`.
 * Every text response is gzipped, as a static host would, so transfer sizes are real.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** Where requests are answered from: the site, and folders that take over some paths. */
export interface Roots {
  site: string;
  /** `/search/...` index files. */
  search: string;
  /** `/bench/...` pages and data. */
  bench: string;
}

function resolveFile(roots: Roots, pathname: string): string | null {
  const path = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const candidates = path.startsWith('/bench/')
    ? [join(roots.bench, path.slice('/bench/'.length))]
    : path.startsWith('/search/') && path.endsWith('.json')
      ? [join(roots.search, path.slice('/search/'.length))]
      : [join(roots.site, path), join(roots.site, path, 'index.html')];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile()) ?? null;
}

/** One response the server sent: its path, its gzipped size, and when it was sent (`Date.now()`). */
export interface Sent {
  path: string;
  bytes: number;
  at: number;
}

/**
 * Starts the server on a free port; the caller may change `roots` between measurements. Every
 * response is logged in `sent` (the caller empties it between measurements): the search worker's
 * fetches do not show in the page's resource timing, so bytes are counted here.
 */
export async function startServer(roots: Roots): Promise<{ server: Server; url: string; sent: Sent[] }> {
  const cache = new Map<string, Buffer>();
  const sent: Sent[] = [];
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const file = resolveFile(roots, url.pathname);
    if (!file) {
      response.writeHead(404).end('not found');
      return;
    }
    let body = cache.get(file);
    if (!body) {
      body = gzipSync(readFileSync(file), { level: 6 });
      if (cache.size > 2000) cache.clear();
      cache.set(file, body);
    }
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Encoding': 'gzip',
      'Content-Length': body.length,
      'Cache-Control': 'no-store',
    });
    const bytes = body.length;
    response.end(body, () => sent.push({ path: url.pathname, bytes, at: Date.now() }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('no address');
  return { server, url: `http://127.0.0.1:${address.port}`, sent };
}
