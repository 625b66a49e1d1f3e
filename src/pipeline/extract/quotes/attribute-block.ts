import { tokensOfSentences } from '../../parse/language/read-tokens.ts';
import type { Sentence } from '../../parse/language/types.ts';
import { findAttributions, type Attribution } from './find-attributions.ts';
import { sentenceSubject } from './sentence-subject.ts';
import type { LineMention } from './subjects.ts';
import type { QuoteSpan } from './find-quote-spans.ts';
import { personSpeaker, position, type Speaker, type SpeakerFocus } from './focus.ts';
import { isPartial, type PreviousInSentence } from './is-partial.ts';
import { maskQuotations, outerSentences } from './outer-sentences.ts';

/** A quotation of a block, with what its own sentence says about it. */
export interface AttributedQuote {
  span: QuoteSpan;
  /**
   * The speaker its sentence names ("..., he added"); null when the sentence names someone
   * who cannot be told ("they said"); undefined when it names no one.
   */
  local: Speaker | null | undefined;
  /** The focus when its sentence began: whom a quotation with no attribution is most likely by. */
  focus: Speaker | null;
  partial: boolean;
}

interface Resolved {
  attribution: Attribution;
  speaker: Speaker | null;
}

// Between a closing mark and its attribution: nothing but punctuation ("," he added).
const ADJACENT = /^[\s,.;:!?\u2014\u2013-]*$/u;

/**
 * The attribution a quotation's sentence gives it: the one right after its closing mark
 * ("...,” Austin said), else the nearest one before it ("Kim said, “...”", "Austin said he
 * “won't speculate”"), else any later one ("..., he said through an interpreter").
 */
function pickLocal(masked: string, span: QuoteSpan, resolved: readonly Resolved[]): Speaker | null | undefined {
  const named = resolved.filter((entry) => entry.speaker !== null || entry.attribution.subject.kind === 'unknown');
  const after = named.filter((entry) => entry.attribution.start >= span.end);
  const adjacent = after.find((entry) => ADJACENT.test(masked.slice(span.end, entry.attribution.start)));
  const before = named.filter((entry) => entry.attribution.end <= span.start);
  return (adjacent ?? before[before.length - 1] ?? after[0])?.speaker;
}

/**
 * Reads one block sentence by sentence: resolves its attributions in order (moving the
 * focus as it goes, so that a "he added" means the latest speaker), then gives each
 * quotation its local speaker and decides whether it is partial.
 */
export function attributeBlock(
  line: string,
  lineNo: number,
  from: number,
  sentences: readonly Sentence[],
  spans: readonly QuoteSpan[],
  mentions: readonly LineMention[],
  focus: SpeakerFocus,
): AttributedQuote[] {
  const masked = maskQuotations(line, spans, from);
  const tokens = tokensOfSentences(sentences);
  const results: AttributedQuote[] = [];
  for (const sentence of outerSentences(line, sentences, spans, from)) {
    const focusBefore = focus.current;
    const subject = sentenceSubject(masked, sentence, mentions);
    const events: { at: number; attribution?: Attribution; subject?: LineMention }[] = findAttributions(
      masked,
      tokens,
      sentence,
      mentions,
    ).map((attribution) => ({ at: attribution.start, attribution }));
    if (subject) events.push({ at: subject.start, subject });
    events.sort((a, b) => a.at - b.at);
    const resolved: Resolved[] = [];
    for (const event of events) {
      if (event.subject) focus.set(personSpeaker(event.subject.person));
      if (!event.attribution) continue;
      const speaker = focus.resolve(event.attribution.subject, position(lineNo, event.at));
      resolved.push({ attribution: event.attribution, speaker });
      focus.set(speaker);
    }
    let previous: PreviousInSentence | undefined;
    let lastLocal: Speaker | null = null;
    for (const span of spans) {
      if (span.start < sentence.start || span.start >= sentence.end) continue;
      const local = pickLocal(masked, span, resolved);
      const words = line.slice(span.innerStart, span.innerEnd);
      const partial = isPartial(masked, sentence.start, span.start, words, previous);
      results.push({ span, local, focus: focusBefore, partial });
      previous = { end: span.end, endsWithComma: /,\s*$/u.test(words), partial };
      if (local) lastLocal = local;
    }
    focus.set(lastLocal);
  }
  return results;
}
