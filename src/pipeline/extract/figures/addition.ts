/** Whether a figure counts an addition to a count given elsewhere: "another 500 soldiers", "600 additional personnel". */
import { ADDITION_AFTER, ADDITION_BEFORE } from '../../lexicon/quantity-words.ts';
import { wordSet } from '../../lexicon/word-set.ts';
import type { Token } from '../../parse/language/types.ts';

const BEFORE = wordSet(ADDITION_BEFORE);
const AFTER = wordSet(ADDITION_AFTER);

/** True when the word before the figure's first token, or the word after its number (token `next`), says "another", "additional", "more". */
export function isAddition(tokens: readonly Token[], first: number, next: number): boolean {
  const before = tokens[first - 1];
  const after = tokens[next];
  return (before?.kind === 'word' && BEFORE.has(before.lower)) || (after?.kind === 'word' && AFTER.has(after.lower));
}
