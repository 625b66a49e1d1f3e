/**
 * Words, numerals and marks of a stretch of text, with offsets: the tokenizer of the unified
 * collective's natural-language tree (`parse-english`, nlcst), with two plugins for numerals.
 */
import type { Sentence as NlcstSentence, SentenceContent } from 'nlcst';
import { ParseEnglish } from 'parse-english';
import { mergeDigitGroups, mergeInvisibleJoiners, splitGluedNumerals } from './nlcst-plugins.ts';
import type { Token, TokenKind } from './types.ts';

const parser = new ParseEnglish();
// Digit groups first: the library's own plugins would otherwise glue "000-strong" into one word.
parser.tokenizeSentencePlugins = [
  mergeDigitGroups,
  ...parser.tokenizeSentencePlugins,
  mergeInvisibleJoiners,
  splitGluedNumerals,
];

/** Lower-cases a word and folds curly apostrophes to straight ones: the form word lists are keyed by. */
export function lowerWord(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('’') ? lower.replaceAll('’', "'") : lower;
}

function kindOf(node: SentenceContent, value: string): TokenKind {
  if (node.type === 'PunctuationNode') return 'punctuation';
  if (node.type === 'SymbolNode') return 'symbol';
  const code = value.charCodeAt(0);
  return code >= 48 && code <= 57 ? 'number' : 'word';
}

/** The tokens of an nlcst sentence of `text`, whose offsets start at `from`. */
function tokensOf(sentence: NlcstSentence, text: string, from: number): Token[] {
  const tokens: Token[] = [];
  for (const node of sentence.children) {
    if (node.type === 'WhiteSpaceNode' || node.type === 'SourceNode') continue;
    const start = node.position!.start.offset!;
    const end = node.position!.end.offset!;
    const value = text.slice(start, end);
    tokens.push({ value, lower: lowerWord(value), kind: kindOf(node, value), start: from + start, end: from + end });
  }
  return tokens;
}

/**
 * The tokens of `text.slice(from, to)`, with offsets into `text`: "Kim Yong-hyun", "Kremlin’s",
 * "U.S." and "1,000" are one token each; "50km" is "50" and "km"; white space is left out.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const part = text.slice(from, to);
  return part === '' ? [] : tokensOf(parser.tokenizeSentence(part), part, from);
}
