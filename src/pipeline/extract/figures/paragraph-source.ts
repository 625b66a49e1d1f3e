/**
 * A named source that covers a paragraph: news writes "Nearly 1,000 soldiers ... have been
 * mobilized, Ryder said. Another 500 are clearing roads." and "More than 6,100 Guardsmen ...
 * Ryder said these Guardsmen ...": one person named as the source of the paragraph's reporting
 * covers its figures that name no source. A generic source ("authorities said") covers only its
 * own sentence, and so does a source of a quotation.
 */
import type { FigureClaim } from '../../../lib/schemas.ts';
import type { Token } from '../../parse/language/types.ts';

/** What one sentence of a paragraph gives: the named people it reports, if any. */
export interface SentenceSources {
  /** Index of the sentence's first figure in the paragraph's figures. */
  firstFigure: number;
  /** Named people the sentence reports as saying something ("Pat Ryder"), quotations aside. */
  named: string[];
}

const QUOTE_MARK = /^["“”]$/u;
// Verbs that only report speech, written in lower case as running text has them.
const REPORTING = new Set(['said', 'says', 'told', 'added', 'noted', 'stated', 'explained']);

/** The sources of a sentence that are named people or bodies: their last word is a capitalized name. */
export function namedSources(tokens: readonly Token[], sources: readonly string[]): string[] {
  if (tokens.some((token) => QUOTE_MARK.test(token.value))) return [];
  // Only a sentence that reports speech ("Ryder said"), not one whose verb is an act ("declared
  // disasters", "announced today").
  if (!tokens.some((token) => REPORTING.has(token.value))) return [];
  return sources.filter((source) => /^\p{Lu}/u.test(source.split(' ').at(-1) ?? ''));
}

/**
 * Gives the figures of a paragraph that name no source the one named source of the paragraph,
 * when there is exactly one. `sentences` lists the paragraph's sentences in order.
 */
export function coverParagraph(figures: FigureClaim[], sentences: readonly SentenceSources[]): void {
  const named = new Map<string, string>();
  for (const sentence of sentences)
    for (const source of sentence.named) if (!named.has(source.toLowerCase())) named.set(source.toLowerCase(), source);
  if (named.size !== 1) return;
  const source = [...named.values()][0]!;
  for (let index = 0; index < figures.length; index++)
    if (figures[index]!.attribution === null) figures[index] = { ...figures[index]!, attribution: source };
}

const ATTRIBUTABLE = /^\(?\s*attributable to\s+(.+?)\s*\)?[.:]?\s*$/iu;

/** The source a line gives for all that follows it: "(Attributable to Pentagon Press Secretary John Kirby)". */
export function attributableTo(line: string): string | null {
  return ATTRIBUTABLE.exec(line)?.[1] ?? null;
}
