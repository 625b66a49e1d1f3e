import type { Root } from 'mdast';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { Claim } from '../lib/schemas.ts';
import type { ArticleMention } from './extract/extract-places.ts';
import { extractors } from './extract/index.ts';
import './file-data.ts';
import parseArticle, { splitLines } from './parse/parse-article.ts';
import type { Sentence } from './parse/language/types.ts';
import { articleTitle } from './parse/title.ts';

/** What the pipeline makes of one article's text. */
export interface ProcessedArticle {
  tree: Root;
  title: string;
  titleDerived: boolean;
  lines: number;
  words: number;
  claims: Claim[];
  /** Every place mention, read as a place or not: the story reads them again with its other articles. */
  placeMentions: ArticleMention[];
}

const processor = unified().use(parseArticle).use(extractors).freeze();

const COUNTED_ROLES = new Set(['paragraph', 'turn', 'subheading']);

/** How many words and numerals some sentences hold (marks such as "—" are not words). */
function countWords(sentences: readonly Sentence[]): number {
  let count = 0;
  for (const sentence of sentences)
    for (const token of sentence.tokens) if (token.kind === 'word' || token.kind === 'number') count++;
  return count;
}

/**
 * Parses one article and runs every collector over it: text in, tree and claims out. With
 * `readPlacesAlone: false` the article's place mentions are found but not read as places, for
 * its story to read with its other articles (`processStory`); its claims then hold no places.
 */
export function processArticle(articleId: string, text: string, { readPlacesAlone = true } = {}): ProcessedArticle {
  const lines = splitLines(text);
  const file = new VFile({
    value: text,
    path: `${articleId}.txt`,
    data: { articleId, lines, claims: [], readPlacesAlone },
  });
  const tree = processor.parse(file);
  // Collectors only read the tree (they push claims onto file.data), so the parsed tree is final.
  processor.runSync(tree, file);
  const { title, derived } = articleTitle(tree);
  const words = tree.children
    .filter((node) => COUNTED_ROLES.has(node.data?.role ?? '') && node.data?.duplicateOf === undefined)
    .reduce((sum, node) => sum + countWords(node.data?.sentences ?? []), 0);
  // The tokens are for the collectors, which are done: the stored tree (one per article in the
  // content store) would be about ten times larger with them.
  for (const node of tree.children) delete node.data?.sentences;
  return {
    tree,
    title,
    titleDerived: derived,
    lines: lines.length,
    words,
    claims: file.data.claims ?? [],
    placeMentions: file.data.placeMentions ?? [],
  };
}
