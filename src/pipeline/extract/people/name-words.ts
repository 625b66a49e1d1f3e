/**
 * The words of a line as name rules see them, read from the parser's tokens: a word with a
 * possessive "’s" set apart, an abbreviation or initial with its full stop ("Dr.", "J."),
 * and the runs of capitalised words that names are found in.
 */
import { TITLE_ABBREVIATIONS } from '../../lexicon/abbreviations.ts';
import { wordSet } from '../../lexicon/word-set.ts';
import { tokensOfSentences } from '../../parse/language/read-tokens.ts';
import type { Sentence, Token } from '../../parse/language/types.ts';
import type { TextBlock } from '../blocks.ts';
import { PARTICLES, WordClass, inList, isAcronym, wordClasses } from './lexicon.ts';

/** A word of a line, with its UTF-16 offsets. */
export interface WordToken {
  /** The word as written, without a possessive "’s". */
  text: string;
  start: number;
  end: number;
  /** True when "’s" / "'s" followed the word (that ending is outside `end`). */
  possessive: boolean;
  /** True when the word starts with a capital letter. */
  capital: boolean;
}

// An initial, or a title abbreviation written with a capital ("Dr", "Lt"), keeps its full stop.
const ABBREVIATED = wordSet(TITLE_ABBREVIATIONS);
const isAbbreviated = (word: string) =>
  /^\p{Lu}$/u.test(word) || (/^\p{Lu}\p{Ll}*$/u.test(word) && ABBREVIATED.has(word.toLowerCase()));
const POSSESSIVE = /['’]s$/u;
// A capital first letter, or a capital after a short particle: "al-Assad".
const CAPITAL = /^(?:\p{Lu}|\p{Ll}{1,3}-\p{Lu})/u;
// What may stand between two words of one name: a space, or an editor's bracket ("Vladimir] Putin").
const NAME_GAP = /^(?: |\u00a0|\] )$/u;
const LETTER = /^\p{L}/u;

/** The name-rule words of some tokens: words that start with a letter, with a full stop kept after an abbreviation or initial. */
export function wordTokens(tokens: readonly Token[]): WordToken[] {
  const words: WordToken[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.kind !== 'word' || !LETTER.test(token.value)) continue;
    let text = token.value;
    const stop = tokens[index + 1];
    if (stop?.value === '.' && stop.start === token.end && isAbbreviated(text)) text += '.';
    const possessive = POSSESSIVE.test(text) && text.length > 2;
    if (possessive) text = text.slice(0, -2);
    words.push({ text, start: token.start, end: token.start + text.length, possessive, capital: CAPITAL.test(text) });
  }
  return words;
}

const NOT_IN_NAMES =
  WordClass.function | WordClass.notName | WordClass.title | WordClass.role | WordClass.honorific | WordClass.courtesy;
const ROLEISH = NOT_IN_NAMES;

/** Whether a word can be part of a person's name: capitalised, and not a title, place or function word. */
export function isNameWord(token: WordToken): boolean {
  const { text } = token;
  const classes = wordClasses(text);
  if (classes & WordClass.suffix || /^\p{Lu}\.$/u.test(text)) return true;
  return token.capital && !isAcronym(text) && (classes & NOT_IN_NAMES) === 0;
}

/** Whether a capitalised word can stand right before a name as part of a role ("US", "Defense", "Governor", "Both"). */
export function isRoleishWord(token: WordToken): boolean {
  return (wordClasses(token.text) & ROLEISH) !== 0 || isAcronym(token.text);
}

/** Whether the text between two words lets them belong to one name. */
export function joinsName(line: string, left: WordToken, right: WordToken): boolean {
  return !left.possessive && NAME_GAP.test(line.slice(left.end, right.start));
}

/**
 * Groups the capitalised words of a line into runs ("US Secretary of Defense" is two runs:
 * "US Secretary" and "Defense Lloyd Austin" needs no "of"), keeping lower-case name particles
 * inside a run. A possessive word ends its run.
 */
export function capitalRuns(line: string, tokens: readonly WordToken[]): WordToken[][] {
  const runs: WordToken[][] = [];
  let run: WordToken[] = [];
  const flush = () => {
    while (run.length > 0 && !run[run.length - 1]!.capital) run.pop();
    if (run.length > 0) runs.push(run);
    run = [];
  };
  for (const token of tokens) {
    const previous = run[run.length - 1];
    const joined = previous !== undefined && joinsName(line, previous, token);
    const particle = !token.capital && inList(PARTICLES, token.text.split('-')[0] ?? '');
    if (token.capital || (particle && joined)) {
      if (!joined) flush();
      run.push(token);
    } else flush();
  }
  flush();
  return runs;
}

/** One line with its words and capitalised runs, worked out once for every name rule. */
export interface TokenizedLine {
  line: number;
  text: string;
  tokens: WordToken[];
  runs: WordToken[][];
}

/** A block's words and capitalised runs, from the tokens of its sentences. */
export function nameLine(block: Pick<TextBlock, 'line' | 'text'> & { sentences: readonly Sentence[] }): TokenizedLine {
  const tokens = wordTokens(tokensOfSentences(block.sentences));
  return { line: block.line, text: block.text, tokens, runs: capitalRuns(block.text, tokens) };
}
