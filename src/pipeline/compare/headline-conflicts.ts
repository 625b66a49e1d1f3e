import type { Root } from 'mdast';
import type { Claim, PlaceClaim } from '../../lib/schemas.ts';
import { blockText } from '../parse/title.ts';

/** A headline that places something where its own article's body does not. */
export interface HeadlineConflict {
  /** The headline's words, e.g. "Troops in Ukraine". */
  headline: string;
  /** What the body says instead, e.g. "troops to Russia", with its 0-based line. */
  body: { text: string; line: number }[];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Finds where a headline says "<noun> in <place>" while the body only ever puts that noun in
 * or to other places ("North Korean troops in Ukraine" over a body about troops in Russia).
 * It reads only the article's own text and its place claims.
 */
export function headlineConflicts(tree: Root, claims: readonly Claim[]): HeadlineConflict[] {
  const headline = tree.children.find((node) => node.data?.role === 'headline' && node.data.duplicateOf === undefined);
  if (!headline) return [];
  const line = headline.data!.line!;
  const text = blockText(headline);
  const places = claims.filter((claim): claim is PlaceClaim => claim.kind === 'place');
  const conflicts: HeadlineConflict[] = [];
  for (const place of places.filter((claim) => claim.line === line)) {
    const before = /(\p{L}+)\s+in\s+$/iu.exec(text.slice(0, place.start));
    if (!before) continue;
    const noun = before[1]!.toLowerCase().replace(/s$/, '');
    // In the body: "<noun>s ... in/to/toward <place>", within a few words.
    const pattern = new RegExp(
      `\\b${escape(noun)}s?\\b(?:\\s+\\S+){0,6}?\\s+(?:in|to|into|inside|toward|towards)\\s+(?:the\\s+)?$`,
      'iu',
    );
    const found = places.filter((other) => other.line !== line && pattern.test(windowBefore(tree, other)));
    if (found.length === 0 || found.some((other) => other.name === place.name)) continue;
    conflicts.push({
      headline: `${before[1]} in ${place.text}`,
      body: found.map((other) => ({ text: bodyPhrase(windowBefore(tree, other), noun, other), line: other.line })),
    });
  }
  return conflicts;
}

/** Up to 80 characters of a place claim's line before it. */
function windowBefore(tree: Root, place: PlaceClaim): string {
  const node = tree.children.find((block) => block.data?.line === place.line);
  return node ? blockText(node).slice(Math.max(0, place.start - 80), place.start) : '';
}

/** The words from the noun to the place: "troops are moving toward Russia". */
function bodyPhrase(before: string, noun: string, place: PlaceClaim): string {
  const start = before.toLowerCase().lastIndexOf(noun);
  return `${start === -1 ? '' : before.slice(start)}${place.text}`;
}
