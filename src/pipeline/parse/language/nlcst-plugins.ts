/**
 * Sentence plugins for `parse-english`: how news writes numbers. Its tokenizer splits "1,000"
 * at the comma and keeps "50km" or "10,000-strong" as one word; these put a numeral's digit
 * groups together and separate a numeral from the letters glued to it.
 */
import type { Sentence, SentenceContent, Word } from 'nlcst';
import type { Position } from 'unist';

/** A parse-english sentence plugin: changes a sentence node in place. */
export type SentencePlugin = (sentence: Sentence) => void;

const textOf = (node: SentenceContent): string =>
  node.type === 'WordNode' ? node.children.map((child) => ('value' in child ? child.value : '')).join('') : node.value;

/** Whether a word node starts with a digit (read without joining its children). */
const startsWithDigit = (node: SentenceContent): boolean => {
  const first = node.type === 'WordNode' ? node.children[0] : undefined;
  const code = first !== undefined && 'value' in first ? first.value.charCodeAt(0) : 0;
  return code >= 48 && code <= 57;
};

const GROUP_HEAD = /^\d{1,3}$/u;
const GROUP = /^\d{3}$/u;

/** Joins thousands groups written with commas into one word: "1" "," "000" -> "1,000". Runs before the library's own plugins. */
export const mergeDigitGroups: SentencePlugin = (sentence) => {
  const children = sentence.children;
  for (let index = 0; index < children.length; index++) {
    const head = children[index]!;
    if (!startsWithDigit(head) || !GROUP_HEAD.test(textOf(head))) continue;
    let last = index;
    while (
      children[last + 1]?.type === 'PunctuationNode' &&
      textOf(children[last + 1]!) === ',' &&
      children[last + 2]?.type === 'WordNode' &&
      GROUP.test(textOf(children[last + 2]!))
    )
      last += 2;
    if (last === index) continue;
    const merged = children.slice(index, last + 1);
    const value = merged.map(textOf).join('');
    const position = { start: head.position!.start, end: merged.at(-1)!.position!.end };
    const word: Word = { type: 'WordNode', children: [{ type: 'TextNode', value, position }], position };
    children.splice(index, last - index + 1, word);
  }
};

const INVISIBLE = /^\p{Cf}+$/u;

/**
 * Reads a word joiner or zero-width space between two words as part of one word:
 * "Biden-\u2060Harris" is "Biden-Harris" (the library splits it into "Biden-", a symbol and "Harris").
 */
export const mergeInvisibleJoiners: SentencePlugin = (sentence) => {
  const children = sentence.children;
  for (let index = children.length - 2; index > 0; index--) {
    const [before, joiner, after] = [children[index - 1]!, children[index]!, children[index + 1]!];
    if (joiner.type !== 'SymbolNode' || !INVISIBLE.test(joiner.value)) continue;
    if (before.type !== 'WordNode' || after.type !== 'WordNode') continue;
    before.children.push(joiner, ...after.children);
    before.position = { start: before.position!.start, end: after.position!.end };
    children.splice(index, 2);
  }
};

// A numeral at the start of a word: "50" of "50km", "10,000" of "10,000-strong", "2.5" of "2.5m".
const LEADING_NUMERAL = /^\d(?:[\d,.]*\d)?/u;
const LETTERS = /^[\p{L}\p{M}]/u;

function at(position: Position, offset: number): Position['start'] {
  const start = position.start;
  return { line: start.line, column: start.column + offset, offset: (start.offset ?? 0) + offset };
}

// Inside such a word: numerals, words (with inner hyphens or apostrophes: "year-old"), and single marks.
const PARTS = /\d(?:[\d,.]*\d)?|[\p{L}\p{M}]+(?:['’\-‐][\p{L}\p{M}]+)*|./gsu;

/** The parts of a word that starts with a numeral: numerals and words as words, anything else as punctuation. */
function numeralParts(value: string, position: Position): SentenceContent[] {
  return [...value.matchAll(PARTS)].map((match): SentenceContent => {
    const span = { start: at(position, match.index), end: at(position, match.index + match[0].length) };
    return /^[\d\p{L}\p{M}]/u.test(match[0])
      ? { type: 'WordNode', children: [{ type: 'TextNode', value: match[0], position: span }], position: span }
      : { type: 'PunctuationNode', value: match[0], position: span };
  });
}

/**
 * Separates a leading numeral from what is glued to it, as figures read them: "50km" -> "50"
 * "km", "10,000-strong" -> "10,000" "-" "strong", "1,000-5,000" -> "1,000" "-" "5,000",
 * "25-year-old" -> "25" "-" "year-old". Words that start with letters ("F-16s", "COVID-19")
 * and numerals with other inner marks ("11:00", "24/7") stay whole.
 */
export const splitGluedNumerals: SentencePlugin = (sentence) => {
  const children = sentence.children;
  for (let index = children.length - 1; index >= 0; index--) {
    const node = children[index]!;
    if (!startsWithDigit(node) || node.position === undefined) continue;
    const value = textOf(node);
    const numeral = LEADING_NUMERAL.exec(value)?.[0];
    if (numeral === undefined || numeral.length === value.length) continue;
    const next = value.charAt(numeral.length);
    if (!LETTERS.test(next) && next !== '-' && next !== '‐') continue;
    children.splice(index, 1, ...numeralParts(value, node.position));
  }
};
