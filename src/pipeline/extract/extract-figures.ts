/**
 * Collector for figures: every number that counts or measures something, with its value, unit,
 * qualifier, subject and attribution, pushed onto `file.data.claims` as `figure` claims.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import type { FigureClaim } from '../../lib/schemas.ts';
import '../file-data.ts';
import { tokenAt } from '../parse/language/read-tokens.ts';
import { textBlocks, type TextBlock } from './blocks.ts';
import { claimIdFactory } from './claim-id.ts';
import { attributionFor, sourcesOf } from './figures/attribution.ts';
import { describeFigure } from './figures/describe.ts';
import { findNumbers, mayHoldNumber } from './figures/find-numbers.ts';
import { readQualifier } from './figures/qualifier.ts';
import { isAddition } from './figures/addition.ts';
import { quantityKind } from './figures/quantity.ts';
import {
  attributableTo,
  coverParagraph,
  namedSources,
  sentenceShape,
  type SentenceSources,
} from './figures/paragraph-source.ts';
import { isNationality } from './figures/demonyms.ts';
import { mentionsOf, type Mention } from './figures/subject.ts';

// How many sentences back a nationality mention may be used for a bare "3,000 forces".
const MENTION_WINDOW = 3;

interface ArticleState {
  /** The source a line "(Attributable to ...)" gives the rest of the article. */
  attributable: string | null;
  history: string[];
  previous: { base: string; unit: string | null; subject: string | null; sentence: number } | null;
  mentions: { modifier: string; phrase: string; sentence: number; block: number }[];
  sentence: number;
}

/** Quote claims already collected for a line, for figures inside a quotation. */
function quoteSpeaker(file: VFile, line: number, start: number, end: number): string | null {
  for (const claim of file.data.claims ?? []) {
    if (
      claim.kind === 'quote' &&
      claim.line === line &&
      claim.start <= start &&
      claim.end >= end &&
      claim.speaker !== null
    )
      return claim.speaker;
  }
  return null;
}

// Between two items of a list of figures: "30 generators, 95,000 tarps", "... and ...".
const LIST_GAP = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$/u;
// A tail that says where, which an item of a list keeps: "13 counties in South Carolina".
const PLACE_TAIL = /^(?:in|at|across|near|from|to|into|toward|towards) (?:[\p{Ll}-]+ ){0,2}\p{Lu}/u;

/**
 * The last item of a list of figures ("shipped 150 generators and 200,000 tarps to the region")
 * does not own the words after it: they say where all of the list went. Its subject keeps only
 * its own noun phrase, unless the words name a place of its own ("and 13 counties in Ohio").
 */
function dropListTail(line: string, figures: FigureClaim[], bases: readonly (string | null)[], from: number): void {
  for (let index = from + 1; index < figures.length; index++) {
    const [before, item] = [figures[index - 1]!, figures[index]!];
    const next = figures[index + 1];
    if (!LIST_GAP.test(line.slice(before.end, item.start))) continue;
    if (next !== undefined && LIST_GAP.test(line.slice(item.end, next.start))) continue;
    const base = bases[index];
    if (base == null || !item.subject?.startsWith(`${base} `)) continue;
    if (!PLACE_TAIL.test(item.subject.slice(base.length + 1))) figures[index] = { ...item, subject: base };
  }
}

/** The figures of one block, in order; updates the article's running state. */
function blockFigures(
  block: TextBlock,
  file: VFile,
  state: ArticleState,
  nextId: ReturnType<typeof claimIdFactory>,
): FigureClaim[] {
  const figures: FigureClaim[] = [];
  const bases: (string | null)[] = [];
  const sentences: SentenceSources[] = [];
  const articleId = file.data.articleId ?? '';
  const line = block.text;
  // The block's sentences, as the parser found them; an interview label is not reporting.
  for (const sentence of block.sentences) {
    if (sentence.start < block.start) continue;
    const { tokens } = sentence;
    const mentions: Mention[] = mentionsOf(tokens);
    // What people were called is carried to a bare "3,000 forces" within their paragraph; a
    // nationality ("North Korean") also to the next few sentences.
    const recent = state.mentions.filter(
      (mention) =>
        mention.sentence >= state.sentence - MENTION_WINDOW &&
        (mention.block === block.line || isNationality(mention.modifier)),
    );
    const numbers = mayHoldNumber(tokens) ? findNumbers(line, sentence.start, sentence.end) : [];
    const sentenceStart = figures.length;
    for (const number of numbers) {
      const read = readQualifier(line, number.start, number.end, sentence.start);
      // The ends of a range are its minimum and maximum.
      const qualifier =
        number.range === undefined
          ? read
          : { ...read, qualifier: number.range === 'low' ? ('min' as const) : ('max' as const) };
      const first = tokenAt(tokens, qualifier.start);
      const previous = state.previous && {
        base: state.previous.base,
        unit: state.previous.unit,
        subject: state.previous.subject,
        recent: state.previous.sentence >= state.sentence - 1,
        sameSentence: state.previous.sentence === state.sentence,
      };
      const description = describeFigure(sentence, number, first, qualifier.end, mentions, {
        previous,
        mentions: recent,
      });
      const end = Math.max(description.end, qualifier.end);
      const last = tokenAt(tokens, end);
      const attribution =
        quoteSpeaker(file, block.line, number.start, number.end) ??
        attributionFor(tokens, first, last, state.history) ??
        block.speakerLabel ??
        state.attributable;
      const text = line.slice(qualifier.start, end);
      const quantity = quantityKind(description.unit, tokens, first, last);
      // "killed eight and injured another 21": "another" sets the figure beside one of another
      // kind, it adds to no count of its own.
      const before = figures.length > sentenceStart ? figures.at(-1) : undefined;
      const addition =
        isAddition(tokens, first, tokenAt(tokens, number.end)) &&
        (before === undefined || before.quantity === quantity);
      figures.push({
        id: nextId('figure', text),
        articleId,
        kind: 'figure',
        text,
        line: block.line,
        start: qualifier.start,
        end,
        value: number.value,
        unit: description.unit,
        qualifier: qualifier.qualifier,
        quantity,
        subject: addition && description.subject !== null ? `additional ${description.subject}` : description.subject,
        attribution,
      });
      bases.push(description.base);
      if (description.base !== null)
        state.previous = {
          base: description.base,
          unit: description.unit,
          subject: description.subject,
          sentence: state.sentence,
        };
    }
    dropListTail(line, figures, bases, sentenceStart);
    const said = sourcesOf(tokens, state.history);
    sentences.push({ firstFigure: sentenceStart, named: namedSources(tokens, said), ...sentenceShape(tokens) });
    state.history.push(...said);
    for (const mention of mentions)
      state.mentions.push({
        modifier: mention.modifier,
        phrase: mention.phrase,
        sentence: state.sentence,
        block: block.line,
      });
    state.sentence++;
  }
  coverParagraph(figures, sentences);
  state.attributable = attributableTo(line) ?? state.attributable;
  return figures;
}

/**
 * Collector: reads the article tree (never changes it) and pushes one `figure` claim per
 * number that counts or measures something. Boilerplate and repeated lines are skipped;
 * dates, years, ordinals, durations and names with numbers are not figures.
 */
const extractFigures: Plugin<[], Root> = function () {
  return (tree, file) => {
    const nextId = claimIdFactory(file.data.articleId ?? '');
    const state: ArticleState = { history: [], previous: null, mentions: [], sentence: 0, attributable: null };
    const figures = textBlocks(tree)
      .filter((block) => block.role !== 'boilerplate' && !block.duplicate)
      .flatMap((block) => blockFigures(block, file, state, nextId));
    (file.data.claims ??= []).push(...figures);
  };
};
export default extractFigures;
