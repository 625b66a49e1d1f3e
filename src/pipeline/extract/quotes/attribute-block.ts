import { tokensOfSentences } from '../../parse/language/read-tokens.ts';
import type { Sentence } from '../../parse/language/types.ts';
import { findAttributions, type Attribution } from './find-attributions.ts';
import { sentenceSubject } from './sentence-subject.ts';
import { antecedentBefore, type LineMention } from './subjects.ts';
import type { QuoteSpan } from './find-quote-spans.ts';
import { personSpeaker, position, type Speaker, type SpeakerFocus } from './focus.ts';
import { isPartial, type PreviousInSentence } from './is-partial.ts';
import { DOCUMENT_NOUNS } from './speech-verbs.ts';
import { maskQuotations, outerSentences } from './outer-sentences.ts';

/** A quotation of a block, with what its own sentence says about it. */
export interface AttributedQuote {
  span: QuoteSpan;
  /**
   * The speaker its sentence names ("..., he added"); null when the sentence names someone
   * who cannot be told ("they said"); undefined when it names no one.
   */
  local: Speaker | null | undefined;
  /**
   * Whom a quotation with no attribution is most likely by: the subject of its own sentence
   * when one opens it before the quotation ("Roe praised the “tough” talks"), else the focus
   * when its sentence began.
   */
  focus: Speaker | null;
  /** The index of the block where `focus` was set, so that a fragment far from its speaker is left unattributed. */
  focusBlock: number;
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

/** The one person a sentence names (not as a possessive), if it names exactly one. */
function onlyPerson(mentions: readonly LineMention[], start: number, end: number): LineMention | undefined {
  const inside = mentions.filter((mention) => mention.start >= start && mention.end <= end && !mention.possessive);
  return inside.length > 0 && inside.every((mention) => mention.person === inside[0]!.person) ? inside[0] : undefined;
}

/**
 * Reads one block sentence by sentence: resolves its attributions in order (moving the
 * focus as it goes, so that a "he added" means the latest speaker), then gives each
 * quotation its local speaker and decides whether it is partial. A sentence with no
 * attribution and no subject that names one person makes that person the one a later "he"
 * stands for ("... announced by Col. Jane Roe. He said: ...").
 */
export function attributeBlock(
  line: string,
  lineNo: number,
  from: number,
  sentences: readonly Sentence[],
  spans: readonly QuoteSpan[],
  mentions: readonly LineMention[],
  focus: SpeakerFocus,
  focusAt: { block: number },
  blockIndex: number,
): AttributedQuote[] {
  const masked = maskQuotations(line, spans, from);
  const tokens = tokensOfSentences(sentences);
  const results: AttributedQuote[] = [];
  for (const sentence of outerSentences(line, sentences, spans, from)) {
    const focusBefore = focus.current;
    const focusBeforeAt = focusAt.block;
    const opening = sentenceSubject(masked, tokens, sentence, mentions);
    const subjectSpeaker = opening ? focus.resolve(opening.subject, position(lineNo, opening.start)) : null;
    if (subjectSpeaker?.head !== undefined && subjectSpeaker.head !== null) focus.describe(subjectSpeaker);
    const events: { at: number; attribution?: Attribution; subject?: Speaker }[] = findAttributions(
      masked,
      tokens,
      sentence,
      mentions,
    ).map((attribution) => ({ at: attribution.start, attribution }));
    // A person opening the sentence is who the reporting is about; a body or group only for this sentence.
    if (opening && subjectSpeaker?.kind === 'person') events.push({ at: opening.start, subject: subjectSpeaker });
    events.sort((a, b) => a.at - b.at);
    const resolved: Resolved[] = [];
    for (const event of events) {
      if (event.subject) {
        focus.set(event.subject);
        focusAt.block = blockIndex;
      }
      if (!event.attribution) continue;
      let subject = event.attribution.subject;
      // "... the president mean when he said": a "he" after someone named in its own sentence
      // stands for them, unless a person opens the sentence.
      if (subject.kind === 'pronoun' && !(subjectSpeaker?.kind === 'person' && opening!.start < event.at))
        subject = antecedentBefore(masked, tokens, sentence.start, event.at, mentions)?.subject ?? subject;
      // "In an announcement by Col. Jane Roe, the announcement declared": the one who made it.
      if (subject.kind === 'role' && subject.definite && DOCUMENT_NOUNS.has(subject.head)) {
        const maker = mentions.findLast(
          (mention) => mention.start >= sentence.start && mention.end <= event.at && !mention.possessive,
        );
        if (maker) subject = { kind: 'person', person: maker.person };
      }
      const speaker =
        subject.kind === 'sentence'
          ? (resolved.findLast((entry) => entry.speaker !== null)?.speaker ?? subjectSpeaker ?? focus.current)
          : focus.resolve(subject, position(lineNo, event.at));
      resolved.push({ attribution: event.attribution, speaker });
      focus.set(speaker);
      if (speaker) focusAt.block = blockIndex;
    }
    if (events.length === 0) {
      const only = onlyPerson(mentions, sentence.start, sentence.end);
      if (only) focus.setPersonal(personSpeaker(only.person));
    }
    let previous: PreviousInSentence | undefined;
    let lastLocal: Speaker | null = null;
    for (const span of spans) {
      if (span.start < sentence.start || span.start >= sentence.end) continue;
      const local = pickLocal(masked, span, resolved);
      const words = line.slice(span.innerStart, span.innerEnd);
      const partial = isPartial(masked, sentence.start, span.start, words, previous);
      const opened = opening && subjectSpeaker && opening.start < span.start;
      results.push({
        span,
        local,
        focus: opened ? subjectSpeaker : focusBefore,
        focusBlock: opened ? blockIndex : focusBeforeAt,
        partial,
      });
      previous = { end: span.end, endsWithComma: /,\s*$/u.test(words), partial };
      if (local) lastLocal = local;
    }
    focus.set(lastLocal);
  }
  return results;
}
