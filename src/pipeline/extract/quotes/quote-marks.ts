/** Which kind of quotation mark: double (" “ ” „ « ») or single (' ‘ ’ ‹ ›). */
export type QuoteFamily = 'double' | 'single';

/** A quotation mark in a line, and whether it can open or close a quotation where it stands. */
export interface QuoteMark {
  index: number;
  family: QuoteFamily;
  canOpen: boolean;
  canClose: boolean;
}

const FAMILY: Record<string, QuoteFamily> = {
  '"': 'double',
  '“': 'double',
  '”': 'double',
  '„': 'double',
  '‟': 'double',
  '«': 'double',
  '»': 'double',
  "'": 'single',
  '‘': 'single',
  '’': 'single',
  '‚': 'single',
  '‛': 'single',
  '‹': 'single',
  '›': 'single',
};
// Curly marks say which way they face, but writers and converters swap them, so the
// characters around a mark decide first and its shape only breaks ties.
const OPENING_SHAPES = new Set(['“', '„', '‟', '‘', '‚', '‛']);
const CLOSING_SHAPES = new Set(['”', '’']);
// Guillemets face one way whatever the spacing («  mot  » in French style).
const OPENING_ONLY = new Set(['«', '‹']);
const CLOSING_ONLY = new Set(['»', '›']);

const SPACE = /\s/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const BEFORE_OPENING = /[([{<\u2014\u2013\-/]/u;
const AFTER_CLOSING = /[.,;:!?)\]}>…\u2014\u2013\-/]/u;
const ANY_MARK = /["“”„‟«»'‘’‚‛‹›]/u;

/** The quotation-mark family of a character, or undefined when it is not a quotation mark. */
export function quoteFamily(char: string | undefined): QuoteFamily | undefined {
  return char === undefined ? undefined : FAMILY[char];
}

/**
 * Classifies the character at `index` as a quotation mark, or returns null. A mark opens
 * after a space, a bracket or a dash and before a word; it closes after a word and before a
 * space or punctuation. A single mark between two letters or digits is an apostrophe
 * ("Kremlin's", "won't", "they’re") and never a quotation mark.
 */
export function classifyMark(line: string, index: number, from = 0): QuoteMark | null {
  const char = line[index]!;
  const family = quoteFamily(char);
  if (family === undefined) return null;
  const before = index > from ? line[index - 1] : undefined;
  const after = line[index + 1];
  if (
    family === 'single' &&
    before !== undefined &&
    after !== undefined &&
    WORD_CHAR.test(before) &&
    WORD_CHAR.test(after)
  )
    return null;
  if (OPENING_ONLY.has(char)) return { index, family, canOpen: after !== undefined, canClose: false };
  if (CLOSING_ONLY.has(char)) return { index, family, canOpen: false, canClose: before !== undefined };

  // An elided year or word is not a quotation: '90s, ’24.
  if (family === 'single' && after !== undefined && /^\d{2}(?:s|\b)/u.test(line.slice(index + 1, index + 4)))
    return null;
  let canOpen =
    (before === undefined || SPACE.test(before) || BEFORE_OPENING.test(before) || ANY_MARK.test(before)) &&
    after !== undefined &&
    !SPACE.test(after);
  let canClose =
    before !== undefined &&
    !SPACE.test(before) &&
    (after === undefined || SPACE.test(after) || AFTER_CLOSING.test(after) || ANY_MARK.test(after));
  const spaced = (before === undefined || SPACE.test(before)) && (after === undefined || SPACE.test(after));
  if ((canOpen && canClose) || spaced) {
    // Both by context ("(“."), or a mark with spaces on both sides: the shape decides.
    canOpen = OPENING_SHAPES.has(char) && after !== undefined;
    canClose = CLOSING_SHAPES.has(char) && before !== undefined;
  }
  // A left double mark glued to the end of a sentence opens the next one: said.“Today ...
  if (char === '“' && before !== undefined && /[.!?,;:]/u.test(before) && after !== undefined && WORD_CHAR.test(after))
    [canOpen, canClose] = [true, false];
  // A right single mark opens nothing (’em, ’n’) and a left one closes nothing.
  if (char === '’') canOpen = false;
  if (char === '‘') canClose = false;
  if (!canOpen && !canClose) return null;
  return { index, family, canOpen, canClose };
}

/** Every quotation mark of a line from `from` on, in order. */
export function quoteMarks(line: string, from = 0): QuoteMark[] {
  const marks: QuoteMark[] = [];
  for (let index = from; index < line.length; index++) {
    if (FAMILY[line[index]!] === undefined) continue;
    const mark = classifyMark(line, index, from);
    if (mark !== null) marks.push(mark);
  }
  return marks;
}
