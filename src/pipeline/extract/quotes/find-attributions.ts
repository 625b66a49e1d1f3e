import type { SentenceSpan } from '../../parse/language/sentences.ts';
import type { Token } from '../../parse/language/types.ts';
import { SPEECH_PARTICIPLES, SPEECH_VERB_PATTERN } from './speech-verbs.ts';
import { subjectAfter, subjectBefore, type LineMention, type Subject } from './subjects.ts';

/** A speech verb with its subject: "Austin said", "said the secretary", "according to him". */
export interface Attribution {
  /** Offsets of the whole clause (subject and verb). */
  start: number;
  end: number;
  subject: Subject;
}

/**
 * Finds the attributions of one sentence of a masked line (quoted words hidden), in order:
 * a speech verb with its subject before it ("Austin said", "the secretary added", "he
 * noted"), after it when nothing precedes (", said Austin"), "according to ...", and
 * participles that continue one (", adding"). `tokens` are the line's tokens from the parser,
 * whose words are read as the masked line shows them.
 */
export function findAttributions(
  masked: string,
  tokens: readonly Token[],
  sentence: SentenceSpan,
  mentions: readonly LineMention[],
): Attribution[] {
  const found: Attribution[] = [];
  const pattern = SPEECH_VERB_PATTERN;
  pattern.lastIndex = sentence.start;
  for (let match = pattern.exec(masked); match !== null && match.index < sentence.end; match = pattern.exec(masked)) {
    const verb = match[0];
    const verbStart = match.index;
    const verbEnd = verbStart + verb.length;
    const before = masked.slice(sentence.start, verbStart);
    if (verb.endsWith('ccording to')) {
      const subject = subjectAfter(masked, tokens, verbEnd, sentence.end, mentions, true);
      if (subject) found.push({ start: verbStart, end: verbEnd, subject });
      continue;
    }
    if (SPEECH_PARTICIPLES.has(verb)) {
      if (/,\s*$/u.test(before)) found.push({ start: verbStart, end: verbEnd, subject: { kind: 'focus' } });
      continue;
    }
    const located = subjectBefore(masked, tokens, sentence.start, verbStart, mentions);
    if (located === 'blocked') continue;
    if (located) {
      found.push({ start: located.start, end: verbEnd, subject: located.subject });
      continue;
    }
    if (!/(?:^|[,”"’'])\s*$/u.test(before)) continue;
    const inverted = subjectAfter(masked, tokens, verbEnd, sentence.end, mentions, false);
    if (inverted) found.push({ start: verbStart, end: verbEnd, subject: inverted });
  }
  return found;
}
