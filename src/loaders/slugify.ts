import { createHash } from 'node:crypto';

/**
 * Makes a file or folder name safe for a URL path: ASCII letters and digits, `_` and `-`, lower
 * case. Letters that have no ASCII form (Greek, Cyrillic, CJK, ...) would vanish, so such names
 * get a short hash of the whole name as well, and two non-Latin names never share a URL.
 */
export function slugify(id: string, fallback = 'article'): string {
  const ascii = id.normalize('NFKD').replace(/\p{M}/gu, '');
  const slug = ascii
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^[-_]+|-+$/g, '');
  if (!/\P{ASCII}/u.test(ascii) && slug !== '') return slug;
  const hash = createHash('sha256').update(id.normalize('NFC')).digest('hex').slice(0, 8);
  return slug === '' ? `${fallback}-${hash}` : `${slug}-${hash}`;
}

/** A story folder's id: its slug with `_` as `-`, since story ids are joined to other ids with `--`. */
export function storySlug(folder: string): string {
  return slugify(folder, 'story').replace(/_/g, '-').replace(/-{2,}/g, '-');
}
