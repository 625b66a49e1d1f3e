import type { SentenceSpan } from '../../parse/language/sentences.ts';
import type { Token } from '../../parse/language/types.ts';
import { leadingRole, type LineMention, type Subject } from './subjects.ts';

// Before a sentence's subject: an optional opening clause ("Speaking in Rome, "), then only
// capitalised role words ("Russian President ").
const SUBJECT_PREFIX = /^\s*(?:[^,“”"«»]{0,160},\s+)?(?:(?:\p{Lu}[\p{L}\p{M}.’'-]*|of|the)\s+)*$/u;
// After it: a verb ("Roe raised"), maybe after a clause set off by commas ("Roe, who ..., raised").
const SUBJECT_SUFFIX =
  /^(?:\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}\p{M}.’'-]*\s+){0,3}\p{Lu}[\p{L}\p{M}.’'-]*)?(?:,[^,]{1,80},|,)?\s+(?!(?:and|or|of|in|at|on|to|for|with|from|by|as|who|whose)(?![\p{L}]))\p{Ll}/u;
// An opening clause before a description: "On Thursday, the junta ...".
const OPENING_CLAUSE = /^\s*[^,“”"«»]{1,80},\s+/u;
// A dateline before the first sentence of a report: "WASHINGTON, Oct. 20 (Agency) -- ", "CAIRO: ",
// "(Agency) -- ", "Dakar, Senegal: ". Capitalised words and numbers only, then a dash or a colon.
const DATELINE = /^\s*(?:\(?[\p{Lu}\d][\p{L}\p{N}.’'-]*\)?[\s,]*){1,8}(?:--|–|—|-|:)\s+/u;
const DATELINE_MARK = /[,()]|\p{Lu}{3,}/u;

/** Where a sentence's own words start: after a dateline, if it opens with one. */
function afterDateline(masked: string, start: number, end: number): number {
  const dateline = DATELINE.exec(masked.slice(start, Math.min(end, start + 80)));
  return dateline && DATELINE_MARK.test(dateline[0]) ? start + dateline[0].length : start;
}

/** The subject of a sentence and where it starts. */
export interface SentenceSubject {
  subject: Subject;
  start: number;
}

/**
 * Whom or what a sentence is about when it opens with them: a named person ("Jane Roe
 * raised concerns", "Foreign Minister Jane Roe has hailed"), or a description ("The junta
 * announced", "On Thursday, the party urged"); else undefined.
 */
export function sentenceSubject(
  masked: string,
  tokens: readonly Token[],
  sentence: SentenceSpan,
  mentions: readonly LineMention[],
): SentenceSubject | undefined {
  const start = afterDateline(masked, sentence.start, sentence.end);
  const first = mentions.find(
    (mention) => mention.start >= start && mention.end <= sentence.end && !mention.possessive,
  );
  if (
    first !== undefined &&
    SUBJECT_PREFIX.test(masked.slice(start, first.start)) &&
    SUBJECT_SUFFIX.test(masked.slice(first.end, sentence.end))
  )
    return { subject: { kind: 'person', person: first.person }, start: first.start };
  const opening = OPENING_CLAUSE.exec(masked.slice(start, sentence.end));
  for (const from of opening ? [start, start + opening[0].length] : [start]) {
    const role = leadingRole(masked, tokens, from, sentence.end);
    if (
      role &&
      (first === undefined || first.start >= role.end) &&
      SUBJECT_SUFFIX.test(masked.slice(role.end, sentence.end))
    )
      return { subject: role.subject, start: role.start };
  }
  return undefined;
}
