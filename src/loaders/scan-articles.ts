import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { messageOf, problems, type ArticleProblem } from '../lib/errors.ts';
import { decodeArticle } from './decode-article.ts';

/** An article file whose bytes passed every check. */
export interface ArticleSource {
  /** The file name without `.txt`. */
  id: string;
  /** URL-safe form of the id. */
  slug: string;
  file: string;
  text: string;
  bytes: number;
}

/**
 * Makes a file id safe for a URL path: ASCII letters and digits, `_` and `-`, lower case.
 * Letters that have no ASCII form (Greek, Cyrillic, CJK, ...) would vanish, so such ids get a
 * short hash of the whole id as well, and two non-Latin names never share a URL.
 */
export function slugify(id: string): string {
  const ascii = id.normalize('NFKD').replace(/\p{M}/gu, '');
  const slug = ascii
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^[-_]+|-+$/g, '');
  if (!/\P{ASCII}/u.test(ascii) && slug !== '') return slug;
  const hash = createHash('sha256').update(id.normalize('NFC')).digest('hex').slice(0, 8);
  return slug === '' ? `article-${hash}` : `${slug}-${hash}`;
}

/**
 * Reads every `*.txt` file of the articles folder, in name order, and sorts them into
 * sources that can be parsed and problems to report. Nothing is dropped silently.
 */
export async function scanArticles(folder: string): Promise<{ sources: ArticleSource[]; problems: ArticleProblem[] }> {
  const names = (await readdir(folder)).filter((name) => name.endsWith('.txt')).sort();
  const sources: ArticleSource[] = [];
  const found: ArticleProblem[] = [];
  const slugs = new Map<string, string>();
  for (const file of names) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(join(folder, file));
    } catch (error) {
      found.push(problems.unreadable(file, messageOf(error)));
      continue;
    }
    const decoded = decodeArticle(file, bytes);
    if (!decoded.ok) {
      found.push(decoded.problem);
      continue;
    }
    const id = file.slice(0, -'.txt'.length);
    const slug = slugify(id);
    const other = slugs.get(slug);
    if (other !== undefined) {
      found.push(problems.duplicateId(file, other));
      continue;
    }
    slugs.set(slug, file);
    sources.push({ id, slug, file, text: decoded.text, bytes: bytes.length });
  }
  return { sources, problems: found };
}
