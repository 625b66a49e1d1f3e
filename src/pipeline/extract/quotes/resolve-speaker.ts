import type { AttributedQuote } from './attribute-block.ts';
import type { Speaker } from './focus.ts';

/** A quotation found in the article, with everything its speaker may be decided from. */
export interface QuoteRecord extends AttributedQuote {
  line: number;
  /** The quoted words, without the marks. */
  words: string;
  /** True for a headline, heading or subheading, which has no reporting around it. */
  heading: boolean;
  /** For an interview turn, its speaker. */
  turnSpeaker: Speaker | null;
  /** For a headline: the first person it names. */
  named: Speaker | null;
  /** The index of its block among the article's blocks. */
  block: number;
  /** Index of the record that continues this quotation in the next paragraph. */
  next?: number;
  /** Decided by `resolveSpeakers`. */
  speaker?: Speaker | null;
}

const fold = (text: string) =>
  text
    .replace(/[“”„«»"]/gu, '')
    .replace(/[‘’']/gu, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim()
    .toLowerCase();

/** Whether two folded quotations share their words: one holds the other. */
function echoes(a: string, b: string): boolean {
  return b.length >= 6 && (a.includes(b) || b.includes(a));
}

/** The records of each quotation that runs over several paragraphs, head first. */
function chains(records: readonly QuoteRecord[]): Map<number, number[]> {
  const tails = new Set(records.flatMap((record) => (record.next === undefined ? [] : [record.next])));
  const result = new Map<number, number[]>();
  records.forEach((record, index) => {
    if (tails.has(index)) return;
    const chain = [index];
    for (let next = record.next; next !== undefined; next = records[next]!.next) chain.push(next);
    result.set(index, chain);
  });
  return result;
}

/**
 * Decides every quotation's speaker, and makes every part of a multi-paragraph quotation
 * agree. In body text: the attribution of the quotation's own sentences (for a quotation
 * over several paragraphs, the one after its last part first), else the quotation before it
 * in the same paragraph, else the interview turn's speaker, else whoever the reporting was
 * about. In a headline: its own attribution, else the speaker of the body quotation with the
 * same words, else the person the headline names.
 */
export function resolveSpeakers(records: QuoteRecord[]): void {
  for (const [head, members] of chains(records)) {
    const first = records[head]!;
    if (first.heading) continue;
    const parts = members.map((index) => records[index]!);
    const last = parts[parts.length - 1]!;
    let speaker = last.local !== undefined ? last.local : parts.find((part) => part.local !== undefined)?.local;
    const previous = records[head - 1];
    if (speaker === undefined && previous?.line === first.line && !previous.heading) speaker = previous.speaker;
    // A fragment quoted in the reporter's own sentence, with no attribution, is the words of
    // whoever the reporting is about only while that is fresh: a named person set in this
    // paragraph or the one before, someone unnamed in this paragraph only.
    const age = first.block - first.focusBlock;
    const stale = first.partial && (age > 1 || (age > 0 && first.focus?.person === null));
    if (speaker === undefined) speaker = first.turnSpeaker ?? (stale ? null : first.focus);
    for (const part of parts) {
      part.speaker = speaker;
      part.partial = first.partial;
    }
  }
  const body = records.filter((record) => !record.heading && record.speaker);
  for (const record of records) {
    if (!record.heading) continue;
    const words = fold(record.words);
    const echo = words.length >= 6 ? body.find((other) => echoes(words, fold(other.words))) : undefined;
    record.speaker = record.local !== undefined ? record.local : (echo?.speaker ?? record.named);
  }
}
