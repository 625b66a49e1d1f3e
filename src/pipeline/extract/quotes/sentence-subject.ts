import type { SentenceSpan } from '../../parse/language/sentences.ts';
import type { LineMention } from './subjects.ts';

// Before a sentence's subject: an optional opening clause ("Speaking in Rome, "), then only
// capitalised role words ("Russian President ").
const SUBJECT_PREFIX = /^\s*(?:[^,“”"«»]{0,160},\s+)?(?:(?:\p{Lu}[\p{L}\p{M}.’'-]*|of|the)\s+)*$/u;
const SUBJECT_SUFFIX =
  /^(?:,[^,]{1,80},|,)?\s+(?!(?:and|or|of|in|at|on|to|for|with|from|by|as|who|whose)(?![\p{L}]))\p{Ll}/u;

/** The person a sentence is about when it opens with their name ("Kim Yong-hyun raised concerns"), else undefined. */
export function sentenceSubject(
  masked: string,
  sentence: SentenceSpan,
  mentions: readonly LineMention[],
): LineMention | undefined {
  const first = mentions.find(
    (mention) => mention.start >= sentence.start && mention.end <= sentence.end && !mention.possessive,
  );
  if (first === undefined) return undefined;
  if (!SUBJECT_PREFIX.test(masked.slice(sentence.start, first.start))) return undefined;
  return SUBJECT_SUFFIX.test(masked.slice(first.end, sentence.end)) ? first : undefined;
}
