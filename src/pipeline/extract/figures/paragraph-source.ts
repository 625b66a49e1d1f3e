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
  /** Whether its report is a tag at its end (", Ryder said."), which covers what comes before it. */
  tag: boolean;
  /** Its words, lower case: a source named after a figure covers it only by a tag or by naming what it counts. */
  words: ReadonlySet<string>;
}

// A reporting tag after the sentence's last comma holds at most this many words (", Pentagon
// Press Secretary Maj. Gen. Pat Ryder said").
const TAG_WORDS = 8;

/**
 * What a sentence's tokens give for covering a paragraph: its words, and whether its report is a
 * tag: a reporting clause after its last comma (", Ryder said."), or a sentence that is nothing
 * but one ("Ana Ruiz said." where a title's abbreviation split the sentence before it).
 */
export function sentenceShape(tokens: readonly Token[]): Pick<SentenceSources, 'tag' | 'words'> {
  const words = tokens.filter((token) => token.kind === 'word');
  const comma = tokens.findLastIndex((token) => token.value === ',');
  const after = comma === -1 ? words : tokens.slice(comma + 1).filter((token) => token.kind === 'word');
  return {
    tag: after.length > 0 && after.length <= TAG_WORDS && after.some((token) => REPORTING.has(token.value)),
    words: new Set(words.map((token) => token.lower)),
  };
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
 * when there is exactly one: the figures of its sentence and those after it, and a figure before
 * it only when the source is a tag at the end of its sentence (", Ryder said.") or its sentence
 * names what the figure counts ("Ryder said these Guardsmen ..."). "Biden said the government is
 * doing all it can" after a death toll gives the toll no source. `sentences` lists the
 * paragraph's sentences in order.
 */
export function coverParagraph(figures: FigureClaim[], sentences: readonly SentenceSources[]): void {
  const named = new Map<string, string>();
  for (const sentence of sentences)
    for (const source of sentence.named) if (!named.has(source.toLowerCase())) named.set(source.toLowerCase(), source);
  if (named.size !== 1) return;
  const source = [...named.values()][0]!;
  const first = sentences.findIndex((sentence) => sentence.named.length > 0);
  sentences.forEach((sentence, at) => {
    const end = sentences[at + 1]?.firstFigure ?? figures.length;
    const own = figures.slice(sentence.firstFigure, end);
    const counted = new Set(own.flatMap((figure) => figure.unit?.split(' ').at(-1)?.toLowerCase() ?? []));
    const covered =
      at >= first ||
      sentences
        .slice(at + 1)
        .some((later) => later.named.length > 0 && (later.tag || [...counted].some((noun) => later.words.has(noun))));
    if (!covered) return;
    for (let index = sentence.firstFigure; index < end; index++)
      if (figures[index]!.attribution === null) figures[index] = { ...figures[index]!, attribution: source };
  });
}

const ATTRIBUTABLE = /^\(?\s*attributable to\s+(.+?)\s*\)?[.:]?\s*$/iu;

/** The source a line gives for all that follows it: "(Attributable to Pentagon Press Secretary John Kirby)". */
export function attributableTo(line: string): string | null {
  return ATTRIBUTABLE.exec(line)?.[1] ?? null;
}
