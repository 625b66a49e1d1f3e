import { SPEECH_PARTICIPLES, SPEECH_VERBS } from './speech-verbs.ts';

// A clause that hands over to a full quotation: "Roe said," "told reporters in Rome," "arguing,".
const INTRODUCES_QUOTE = new RegExp(
  `(?:^|\\s)(?:${[...SPEECH_VERBS, ...SPEECH_PARTICIPLES].join('|')})(?:\\s+[\\p{L}\\p{N}.’'-]+){0,4},$`,
  'u',
);
const ATTRIBUTION_ONLY = new RegExp(
  `^[\\s,]*(?:\\S+\\s+){0,5}(?:${[...SPEECH_VERBS].join('|')})(?:\\s+\\S+){0,4},$`,
  'u',
);

/** What `isPartial` needs to know about the quotation before this one in the same sentence. */
export interface PreviousInSentence {
  /** Where its closing mark ends. */
  end: number;
  /** Whether its words end with a comma, so that a split sentence may go on after "he said,". */
  endsWithComma: boolean;
  partial: boolean;
}

/**
 * Whether a quotation is a fragment inside the reporter's sentence ("Austin said he 'won't
 * speculate'", an "overwhelming" posture) rather than a full quoted sentence. A full one
 * starts with a capital and opens its sentence, or follows a colon or an attribution and a
 * comma ("Kim said, "The possibility ..."). A lower-case start is partial, unless it goes on
 * with a sentence split by "he said," ("It is bad," he said, "and getting worse.").
 * `masked` is the line with quoted words hidden, `sentenceStart` where this sentence starts.
 */
export function isPartial(
  masked: string,
  sentenceStart: number,
  quoteStart: number,
  words: string,
  previous?: PreviousInSentence,
): boolean {
  const first = /[\p{L}\p{N}]/u.exec(words)?.[0] ?? '';
  const before = masked.slice(sentenceStart, quoteStart).trimEnd();
  if (/\p{Ll}/u.test(first)) {
    const between = previous ? masked.slice(previous.end, quoteStart).trimEnd() : '';
    return !(previous?.endsWithComma && ATTRIBUTION_ONLY.test(between)) || previous.partial;
  }
  // After a colon, or after a sentence that ends right before the mark ('Roe said.“Today ...').
  if (before === '' || /[:.!?]$/u.test(before)) return false;
  return !INTRODUCES_QUOTE.test(before);
}
