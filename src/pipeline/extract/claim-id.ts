import { createHash } from 'node:crypto';
import { kindInfo } from '../../lib/claim-kinds.ts';
import type { ClaimKind } from '../../lib/schemas.ts';
import { slugWords } from '../../lib/slug-words.ts';

/**
 * A claim id made from its article, its kind, its exact text and how many times the same
 * text came before it in the same article: never from its position in a list or its line,
 * so adding, removing or renaming another article, or editing an unrelated line, keeps it.
 * Example: `q-this-is-something-we-re-going-3f9c2a1b`.
 */
export function claimId(articleId: string, kind: ClaimKind, text: string, occurrence = 0): string {
  const hash = createHash('sha256')
    .update([articleId, kind, text.normalize('NFC'), String(occurrence)].join('\u0000'))
    .digest('hex');
  const words = slugWords(text);
  return [kindInfo(kind).idPrefix, words, hash.slice(0, 8)].filter(Boolean).join('-');
}

/** Hands out claim ids for one article, counting repeats of the same kind and text. */
export function claimIdFactory(articleId: string): (kind: ClaimKind, text: string) => string {
  const seen = new Map<string, number>();
  return (kind, text) => {
    const key = `${kind}\u0000${text}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return claimId(articleId, kind, text, occurrence);
  };
}
