/**
 * A link checker over built HTML: every internal `href`/`src` must name a file in `dist/`
 * and every `#anchor` an element id on the target page.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/** One HTML page of the build: its URL path, the ids it defines and the links it makes. */
export interface BuiltPage {
  path: string;
  ids: Set<string>;
  links: string[];
}

/** Every HTML file below a folder. */
export function htmlFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = join(folder, name);
    return statSync(full).isDirectory() ? htmlFiles(full) : name.endsWith('.html') ? [full] : [];
  });
}

/** Reads every page of a build folder. */
export function readBuiltPages(dist: string): BuiltPage[] {
  return htmlFiles(dist).map((file) => {
    const tree = fromHtml(readFileSync(file, 'utf8'));
    const ids = new Set<string>();
    const links: string[] = [];
    visit(tree, 'element', (node) => {
      const { id, href, src } = node.properties;
      if (typeof id === 'string') ids.add(id);
      for (const value of [href, src]) if (typeof value === 'string') links.push(value);
    });
    const path = `/${relative(dist, file)
      .replace(/index\.html$/, '')
      .replace(/\\/g, '/')}`;
    return { path, ids, links };
  });
}

/** The file a site path is served from, or null when there is none. */
function fileFor(dist: string, pathname: string): string | null {
  const decoded = decodeURIComponent(pathname);
  for (const candidate of [join(dist, decoded), join(dist, decoded, 'index.html')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Every broken internal link of a build, as "page -> link: why". */
export function brokenLinks(dist: string, pages = readBuiltPages(dist)): string[] {
  const byPath = new Map(pages.map((page) => [page.path, page]));
  const broken: string[] = [];
  for (const page of pages) {
    for (const link of page.links) {
      const url = new URL(link, `http://site${page.path}`);
      if (url.host !== 'site' || url.protocol !== 'http:') continue;
      if (!fileFor(dist, url.pathname)) {
        broken.push(`${page.path} -> ${link}: no such file`);
        continue;
      }
      if (url.hash === '') continue;
      const target = byPath.get(url.pathname);
      const id = decodeURIComponent(url.hash.slice(1));
      if (!target?.ids.has(id)) broken.push(`${page.path} -> ${link}: no element with id "${id}"`);
    }
  }
  return broken;
}
