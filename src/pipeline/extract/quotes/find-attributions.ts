import type { SentenceSpan } from '../../parse/language/sentences.ts';
import type { Token } from '../../parse/language/types.ts';
import { SPEECH_PARTICIPLES, SPEECH_VERB_PATTERN } from './speech-verbs.ts';
import { leadingRole, subjectAfter, subjectBefore, type LineMention, type Subject } from './subjects.ts';

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
      const quoted = /\sas\s+$/u.exec(before);
      if (quoted) {
        const subject = quotedAs(masked, tokens, sentence.start, sentence.start + quoted.index, mentions);
        if (subject) found.push({ start: subject.start, end: verbEnd, subject: subject.subject });
      } else if (/,\s*$/u.test(before)) found.push({ start: verbStart, end: verbEnd, subject: { kind: 'focus' } });
      continue;
    }
    // "neighbours came to her door to say", "Roe went on to say": the subject that opens the clause.
    if (/(?:^|\s)to\s+$/u.test(before)) {
      const clause = sentence.start + (/^.*[,;:]\s*/su.exec(before)?.[0].length ?? 0);
      const opener = clauseOpener(masked, tokens, clause, verbStart, mentions);
      if (opener) found.push({ start: opener.start, end: verbEnd, subject: opener.subject });
      continue;
    }
    // A passive names its speaker after "by": "described by the governor as".
    const agent = verb.endsWith('ed') ? /^\s+by\s+/u.exec(masked.slice(verbEnd, sentence.end)) : null;
    if (agent) {
      const subject = subjectAfter(masked, tokens, verbEnd + agent[0].length, sentence.end, mentions, false);
      if (subject) found.push({ start: verbStart, end: verbEnd, subject });
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
    // "Roe, repeating the charges, said": a clause set off before the verb, whose subject opened the sentence.
    else if (/[\p{L}\p{N}],\s*$/u.test(before))
      found.push({ start: verbStart, end: verbEnd, subject: { kind: 'sentence' } });
  }
  return found;
}

/** The person or description that opens a clause at `from` ("Roe went on", "neighbours came"), or null. */
function clauseOpener(
  masked: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  mentions: readonly LineMention[],
): { subject: Subject; start: number } | null {
  const gap = /^\s*/u.exec(masked.slice(from, to))?.[0].length ?? 0;
  const mention = mentions.find((candidate) => candidate.start === from + gap && !candidate.possessive);
  if (mention) return { subject: { kind: 'person', person: mention.person }, start: mention.start };
  const role = leadingRole(masked, tokens, from, to);
  return role ? { subject: role.subject, start: role.start } : null;
}

// "Roe was quoted by the agency as saying", "is cited as telling".
const PASSIVE_QUOTED =
  /(?:^|\s)((?:was|were|is|are|has been|have been|had been)\s+(?:quoted|cited|reported|heard|recorded|overheard)(?:\s+(?:by|in|on)\s+[^,]{1,80}?)?)\s+$/u;
// "the agency quoted him as saying", "the statement reported him as telling".
const ACTIVE_QUOTED = /(?:^|\s)(?:quoted|quotes|quoting|cited|cites|citing|reported|reports|heard)\s+(?=\S)/gu;

/**
 * Who is quoted "as saying": the subject of a passive ("Roe was quoted by the agency as
 * saying") or the object of an active ("the agency quoted him as saying"). `asStart` is where
 * the space before "as" starts.
 */
function quotedAs(
  masked: string,
  tokens: readonly Token[],
  from: number,
  asStart: number,
  mentions: readonly LineMention[],
): { subject: Subject; start: number } | null {
  const before = masked.slice(from, asStart + 1);
  const passive = PASSIVE_QUOTED.exec(before);
  if (passive) {
    const auxiliary = from + passive.index + passive[0].indexOf(passive[1]!);
    const located = subjectBefore(masked, tokens, from, auxiliary, mentions);
    return located === 'blocked' ? null : located;
  }
  let object: number | undefined;
  for (const match of before.matchAll(ACTIVE_QUOTED)) object = from + match.index + match[0].length;
  if (object === undefined || asStart - object > 80) return null;
  const subject = subjectAfter(masked, tokens, object, asStart, mentions, true);
  return subject ? { subject, start: object } : null;
}
