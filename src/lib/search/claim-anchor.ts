/**
 * Claim ids, shortened for the search index. A claim id is its kind's letter, the first words
 * of its text and a hash (`p-kursk-region-c66cb953`, see src/pipeline/extract/claim-id.ts);
 * the words can be read again from the text a result shows, so the index stores only the hash.
 * The builder shortens an id only when expanding it gives the id back, so a change to how ids
 * are made can never produce a wrong link, only a longer index.
 */
import { CLAIM_KINDS } from '../claim-kinds.ts';
import { slugWords } from '../slug-words.ts';
import type { DocKind } from './options.ts';

/** The id prefix of a document kind's claims, from the registry of kinds (articles and paragraphs have none). */
const PREFIX: Partial<Record<DocKind, string>> = Object.fromEntries(
  CLAIM_KINDS.map((info) => [info.kind, info.idPrefix]),
);

/** The full id of a claim of `kind` whose text is `text`, from its stored short form. */
export function expandClaimId(kind: DocKind, text: string, stored: string): string {
  if (stored.includes('-')) return stored;
  return [PREFIX[kind], slugWords(text), stored].filter(Boolean).join('-');
}

/** The short form of a claim id to store: its hash alone when that expands back to it, else the id. */
export function compactClaimId(kind: DocKind, text: string, id: string): string {
  const hash = id.slice(id.lastIndexOf('-') + 1);
  return hash !== id && expandClaimId(kind, text, hash) === id ? hash : id;
}
