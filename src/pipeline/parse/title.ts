import type { Root } from 'mdast';
import { splitSentences } from './language/sentences.ts';

const MAX_DERIVED_TITLE = 110;

/** The text of a block node (every block of an article tree holds one text node). */
export function blockText(node: Root['children'][number]): string {
  return 'children' in node ? node.children.map((child) => ('value' in child ? child.value : '')).join('') : '';
}

/** Shortens text at a word boundary, ending with an ellipsis when anything was cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/u, '')}…`;
}

/**
 * The article's title: its headline line when it has one, or else its first sentence,
 * shortened, with `derived: true` so that pages can say it was not printed as a title.
 */
export function articleTitle(tree: Root): { title: string; derived: boolean } {
  const headline = tree.children.find((node) => node.data?.role === 'headline');
  if (headline) return { title: blockText(headline).trim(), derived: false };
  const first = tree.children.find((node) => node.data?.role === 'paragraph' || node.data?.role === 'turn');
  const text = first ? blockText(first) : blockText(tree.children[0]!);
  const sentence = splitSentences(text)[0];
  const title = sentence ? text.slice(sentence.start, sentence.end) : text;
  return { title: clip(title.trim(), MAX_DERIVED_TITLE), derived: true };
}
