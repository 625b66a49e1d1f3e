import type { Root } from 'mdast';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { Claim } from '../lib/schemas.ts';
import { extractors } from './extract/index.ts';
import './file-data.ts';
import parseArticle, { splitLines } from './parse/parse-article.ts';
import { articleTitle, blockText } from './parse/title.ts';

/** What the pipeline makes of one article's text. */
export interface ProcessedArticle {
  tree: Root;
  title: string;
  titleDerived: boolean;
  lines: number;
  words: number;
  claims: Claim[];
}

const processor = unified().use(parseArticle).use(extractors).freeze();

const COUNTED_ROLES = new Set(['paragraph', 'turn', 'subheading']);

/** Parses one article and runs every collector over it: text in, tree and claims out. */
export function processArticle(articleId: string, text: string): ProcessedArticle {
  const lines = splitLines(text);
  const file = new VFile({ value: text, path: `${articleId}.txt`, data: { articleId, lines, claims: [] } });
  const tree = processor.parse(file);
  // Collectors only read the tree (they push claims onto file.data), so the parsed tree is final.
  processor.runSync(tree, file);
  const { title, derived } = articleTitle(tree);
  const words = tree.children
    .filter((node) => COUNTED_ROLES.has(node.data?.role ?? '') && node.data?.duplicateOf === undefined)
    .reduce((sum, node) => sum + (blockText(node).match(/\S+/gu)?.length ?? 0), 0);
  return { tree, title, titleDerived: derived, lines: lines.length, words, claims: file.data.claims ?? [] };
}
