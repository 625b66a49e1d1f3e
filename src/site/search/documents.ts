/**
 * What can be found: an article's search documents (the article itself, each claim, each
 * paragraph), with the fields they are found by and what a result shows and links to.
 */
import type { Root } from 'mdast';
import { blockText } from '../../pipeline/parse/title.ts';
import type { Article, Claim, Primary } from '../../lib/schemas.ts';
import { sourceLabel } from '../../lib/format.ts';
import { compactClaimId } from '../../lib/search/claim-anchor.ts';
import type { StoredArticle, StoredDoc } from '../../lib/search/format.ts';
import { DOC_KINDS, type DocKind, type SearchFields } from '../../lib/search/options.ts';

/** The parts of an article that search reads. */
export type SearchableArticle = Pick<Article, 'id' | 'slug' | 'title' | 'outlet' | 'tree' | 'claims'>;

/** One document: its kind, its fields, and what its result shows. */
export interface SearchDoc {
  kind: DocKind;
  fields: SearchFields;
  stored: StoredDoc;
}

/** Line roles that are read as text; boilerplate (promotions, "Add Comment") is not searched. */
const TEXT_ROLES = new Set(['headline', 'heading', 'subheading', 'paragraph', 'turn']);

/** The one line of a claim's result that is not its text: who said it, whose figure, which role. */
function claimNote(claim: Claim): string | undefined {
  if (claim.kind === 'quote') return claim.speaker ?? undefined;
  if (claim.kind === 'figure') return claim.attribution ?? undefined;
  if (claim.kind === 'person') return claim.role ?? undefined;
  return undefined;
}

/** A claim's fields: a speaker, source or name is `name`; the words and what a figure counts are `text`. */
function claimFields(claim: Claim): SearchFields | null {
  switch (claim.kind) {
    case 'quote':
      return { name: claim.speaker ?? '', text: claim.text };
    case 'figure':
      // "11000 troops" finds "11,000" when the unit is troops, however the number was written.
      return {
        name: claim.attribution ?? '',
        text: [claim.text, String(claim.value), claim.unit, claim.subject].filter(Boolean).join(' '),
      };
    case 'place':
      return { name: claim.name, text: claim.text };
    case 'person':
      return { name: claim.name, text: [claim.text, claim.role].filter(Boolean).join(' ') };
    default:
      return null;
  }
}

function blocksByLine(tree: Root): Map<number, { text: string; role: string; duplicate: boolean }> {
  const lines = new Map<number, { text: string; role: string; duplicate: boolean }>();
  for (const node of tree.children) {
    const { line, role, duplicateOf } = node.data ?? {};
    if (line === undefined || role === undefined) continue;
    lines.set(line, { text: blockText(node), role, duplicate: duplicateOf !== undefined });
  }
  return lines;
}

/**
 * An article's documents in id order (kind by kind, as `DOC_KINDS`), and what its results
 * need: its slug, source, title and the text of the lines its documents point into.
 */
export function articleDocuments(article: SearchableArticle): { docs: SearchDoc[]; stored: StoredArticle } {
  const blocks = blocksByLine(article.tree);
  const source = sourceLabel(article);
  const lines: Record<number, string> = {};
  const byKind = new Map<DocKind, SearchDoc[]>(DOC_KINDS.map((kind) => [kind, []]));

  byKind.get('article')!.push({
    kind: 'article',
    fields: { name: `${article.title} ${article.outlet ?? ''}`.trim(), text: '' },
    stored: null,
  });

  const claims = [...article.claims].sort((a, b) => a.line - b.line || a.start - b.start);
  // A place or person named again and again is one result, linked to where it is first named.
  const named = new Map<string, { more: number; stored: Exclude<StoredDoc, null> }>();
  for (const claim of claims) {
    const fields = claimFields(claim);
    const block = blocks.get(claim.line);
    if (fields === null || block === undefined) continue;
    const kind = claim.kind as DocKind;
    const key = kind === 'place' || kind === 'person' ? `${kind}\u0000${fields.name.toLowerCase()}` : null;
    const first = key === null ? undefined : named.get(key);
    if (first) {
      if (first.stored.length < 5) first.stored[4] = 0;
      first.stored[5] = ++first.more;
      continue;
    }
    lines[claim.line] = block.text;
    const note = claimNote(claim);
    const id = compactClaimId(kind, block.text.slice(claim.start, claim.end), claim.id);
    const stored: Exclude<StoredDoc, null> = note
      ? [claim.line, claim.start, claim.end, id, note]
      : [claim.line, claim.start, claim.end, id];
    if (key !== null) named.set(key, { more: 0, stored });
    byKind.get(kind)!.push({ kind, fields, stored });
  }

  for (const [line, block] of [...blocks].sort(([a], [b]) => a - b)) {
    if (!TEXT_ROLES.has(block.role) || block.duplicate) continue;
    // The headline is already found as the article; a paragraph result would repeat it.
    if (block.role === 'headline' && block.text.trim() === article.title.trim()) continue;
    lines[line] = block.text;
    byKind.get('paragraph')!.push({ kind: 'paragraph', fields: { name: '', text: block.text }, stored: [line, 0, -1] });
  }

  const docs = DOC_KINDS.flatMap((kind) => byKind.get(kind)!);
  return {
    docs,
    stored: { slug: article.slug, source, title: article.title, lines, docs: docs.map((doc) => doc.stored) },
  };
}

/** The parts of a primary source that search reads: its lines and turns, who speaks each turn, and its page. */
export interface SearchablePrimary extends Pick<Primary, 'slug' | 'title' | 'publisher' | 'lines' | 'turns'> {
  /** The speaker of each turn, as the story names them (null for questions and speakers not told). */
  speakers: readonly (string | null)[];
  /** Its page. */
  path: string;
}

/**
 * A primary's documents: one `primary` document per stretch of a speaker's words on a line,
 * found by the speaker's name and the words; a reporter's question is found by its words only.
 */
export function primaryDocuments(primary: SearchablePrimary): { docs: SearchDoc[]; stored: StoredArticle } {
  const lines: Record<number, string> = {};
  const docs: SearchDoc[] = [];
  primary.turns.forEach((turn, index) => {
    const name = primary.speakers[index] ?? (turn.question ? '' : (turn.label ?? ''));
    for (const piece of turn.pieces) {
      const text = primary.lines[piece.line]!;
      lines[piece.line] = text;
      const stored: Exclude<StoredDoc, null> = name
        ? [piece.line, piece.start, piece.end, '', name]
        : [piece.line, piece.start, piece.end];
      docs.push({ kind: 'primary', fields: { name, text: text.slice(piece.start, piece.end) }, stored });
    }
  });
  const source = primary.publisher ?? 'Primary source';
  return {
    docs,
    stored: {
      slug: primary.slug,
      path: primary.path,
      source,
      title: primary.title,
      lines,
      docs: docs.map((doc) => doc.stored),
    },
  };
}
