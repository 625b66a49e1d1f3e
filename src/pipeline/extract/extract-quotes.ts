import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import type { QuoteClaim } from '../../lib/schemas.ts';
import type { Person } from './people/types.ts';
import { textBlocks, type TextBlock } from './blocks.ts';
import { claimIdFactory } from './claim-id.ts';
import { attributeBlock } from './quotes/attribute-block.ts';
import { findQuoteSpans, opensWithQuote } from './quotes/find-quote-spans.ts';
import { SpeakerFocus, descriptionSpeaker, nameSpeaker, personSpeaker, type Speaker } from './quotes/focus.ts';
import { leadingRole, type LineMention } from './quotes/subjects.ts';
import { tokensOfSentences } from '../parse/language/read-tokens.ts';
import { resolveSpeakers, type QuoteRecord } from './quotes/resolve-speaker.ts';

// Reporting flows through paragraphs and interview turns; headings stand apart from it.
const FLOW = new Set(['paragraph', 'turn']);

/** Every person mention, by line, in order. */
function mentionsByLine(people: readonly Person[]): Map<number, LineMention[]> {
  const byLine = new Map<number, LineMention[]>();
  for (const person of people)
    for (const { line, start, end, possessive } of person.mentions) {
      const list = byLine.get(line) ?? [];
      list.push({ start, end, person, possessive });
      byLine.set(line, list);
    }
  for (const list of byLine.values()) list.sort((a, b) => a.start - b.start);
  return byLine;
}

/** The speaker of an interview turn: the person its label names ("Dr. Carter"), or the label ("Editor"). */
function turnSpeaker(block: TextBlock, mentions: readonly LineMention[]): Speaker | null {
  if (block.role !== 'turn') return null;
  const named = mentions.find((mention) => mention.end <= block.start);
  if (named) return personSpeaker(named.person);
  return block.speakerLabel === undefined ? null : nameSpeaker(block.speakerLabel);
}

/**
 * Whom a heading that names no one is about: the title it opens with ("Railco CEO Calls ...",
 * "Navy chief 'sorry' for ..."), as the person of the article who holds it when only one does,
 * else as the description.
 */
function headingHolder(block: TextBlock, people: readonly Person[]): Speaker | null {
  const role = leadingRole(block.text, tokensOfSentences(block.sentences), block.start, block.text.length);
  if (role === null || role.subject.plural) return null;
  const holders = people.filter((person) =>
    person.role
      ?.toLowerCase()
      .split(/[\s-]+/u)
      .includes(role.subject.head),
  );
  return holders.length === 1 ? personSpeaker(holders[0]!) : descriptionSpeaker(role.subject);
}

/**
 * What the words right after each mention of a person say of where they belong: an "of" phrase
 * ("Dario Montes of Veloria") or an apposition that opens with a name or "the" ("Kim Jong Un,
 * North Korea's leader,"); never what follows a verb or a clause ("Biden said North Korea...",
 * "Biden, speaking in Seoul," say nothing of where Biden belongs).
 */
function wordsAfterNames(blocks: readonly TextBlock[], people: readonly Person[]): Map<Person, string[]> {
  const lines = new Map(blocks.map((block) => [block.line, block.text]));
  return new Map(
    people.map((person) => [
      person,
      person.mentions.flatMap((mention) => {
        const after = lines.get(mention.line)?.slice(mention.end) ?? '';
        const phrase =
          /^(?:\s+of\s+((?:the\s+)?(?:\p{Lu}[\p{L}\p{M}'’.-]*\s*){1,3})|,\s+((?:the\s+|\p{Lu})[^,.;:]{1,60}))/u.exec(
            after,
          );
        // A list is no apposition: "Biden, North Korea's Kim and Putin met" says nothing of Biden.
        const words = phrase?.[1] ?? (phrase?.[2]?.includes(' and ') ? undefined : phrase?.[2]);
        return words === undefined ? [] : (words.match(/\p{L}[\p{L}\p{M}'’.-]*/gu) ?? []).slice(0, 4);
      }),
    ]),
  );
}

/** Finds the quotations of every block and what each one's own text says about it, in document order. */
function collect(blocks: readonly TextBlock[], people: readonly Person[]): QuoteRecord[] {
  const mentions = mentionsByLine(people);
  const belonging = wordsAfterNames(blocks, people);
  const focus = new SpeakerFocus(people, belonging);
  const focusAt = { block: -1 };
  const records: QuoteRecord[] = [];
  let continuing: number | undefined;
  blocks.forEach((block, index) => {
    const flow = FLOW.has(block.role);
    const next = blocks[index + 1];
    const nextOpens =
      flow && next !== undefined && FLOW.has(next.role) ? opensWithQuote(next.text, next.start) : undefined;
    const spans = findQuoteSpans(block.text, block.start, nextOpens);
    const lineMentions = mentions.get(block.line) ?? [];
    // Headings are read with a focus of their own: a "he" there refers to no one in the body.
    const attributed =
      spans.length > 0 || flow
        ? attributeBlock(
            block.text,
            block.line,
            block.start,
            block.sentences,
            spans,
            lineMentions,
            flow ? focus : new SpeakerFocus(people, belonging),
            flow ? focusAt : { block: index },
            index,
          )
        : [];
    const named = lineMentions[0]
      ? personSpeaker(lineMentions[0].person)
      : flow || spans.length === 0
        ? null
        : headingHolder(block, people);
    const contentStart = block.start + (/^\s*/u.exec(block.text.slice(block.start))?.[0].length ?? 0);
    for (const quote of attributed) {
      if (continuing !== undefined && quote === attributed[0] && quote.span.start === contentStart)
        records[continuing]!.next = records.length;
      const words = block.text.slice(quote.span.innerStart, quote.span.innerEnd);
      records.push({
        ...quote,
        line: block.line,
        words,
        heading: !flow,
        turnSpeaker: turnSpeaker(block, lineMentions),
        named,
        block: index,
      });
    }
    const last = attributed[attributed.length - 1];
    continuing = flow && last?.span.continues ? records.length - 1 : undefined;
  });
  resolveSpeakers(records);
  return records;
}

/**
 * Collector: pushes one quote claim per quotation (per paragraph, for one that runs over
 * several), with its exact source span including the marks, the quoted words, the speaker's
 * fullest name and whether it is a partial quotation. Reads `file.data.people` from the
 * people collector, which runs first.
 */
const extractQuotes: Plugin<[], Root> = function () {
  return (tree, file) => {
    const blocks = textBlocks(tree).filter((block) => block.role !== 'boilerplate' && !block.duplicate);
    const records = collect(blocks, file.data.people ?? []);
    const lineText = new Map(blocks.map((block) => [block.line, block.text]));
    const articleId = file.data.articleId ?? '';
    const nextId = claimIdFactory(articleId);
    const claims = records.map((record): QuoteClaim => {
      const text = lineText.get(record.line)!.slice(record.span.start, record.span.end);
      return {
        id: nextId('quote', text),
        articleId,
        kind: 'quote',
        text,
        line: record.line,
        start: record.span.start,
        end: record.span.end,
        // American style puts the comma that joins the attribution inside the marks; it is not the speaker's.
        quote: record.words.trim().replace(/\s*,$/u, ''),
        speaker: record.speaker?.name ?? null,
        partial: record.partial,
      };
    });
    (file.data.claims ??= []).push(...claims);
  };
};
export default extractQuotes;
