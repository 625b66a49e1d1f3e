/**
 * Who the text says a figure comes from: the subject of a verb of saying or estimating before
 * it ("The US has estimated ..."), a source named after it (", the official said"), "according
 * to ...", or null when the sentence names no one.
 */
import {
  ESTIMATE_VERBS,
  INFORMATION_OBJECTS,
  INFORMATION_VERBS,
  NOT_SOURCE_SPEECH_VERBS,
  SPEECH_PARTICIPLES,
  SPEECH_VERBS,
} from '../../lexicon/speech-verbs.ts';
import { HEDGE_VERBS } from '../../lexicon/hedges.ts';
import { wordSet } from '../../lexicon/word-set.ts';
import { ORGANISATION_WORDS } from '../../lexicon/organisation-words.ts';
import { SPEAKER_BODY_NOUNS } from '../../lexicon/person-nouns.ts';
import { AGENT_NOUNS, isAdverb } from './lexicon.ts';
import { isPronoun, isSourcePhrase, phraseAfter, phraseBefore, skipLeftHedges, type Span } from './noun-phrase.ts';
import { isCapitalized, isMark, wordsText } from '../../parse/language/read-tokens.ts';
import type { Token } from '../../parse/language/types.ts';

/** Verbs that report what a source says, estimates or claims (speech verbs that give no source left out). */
const SAY_VERBS: ReadonlySet<string> = (() => {
  const not = wordSet(NOT_SOURCE_SPEECH_VERBS);
  return wordSet(
    [...SPEECH_VERBS, ...SPEECH_PARTICIPLES].filter((verb) => !not.has(verb)),
    ESTIMATE_VERBS,
  );
})();
/** Verbs that pass on information only with an object like "images" or "figures". */
const INFO_VERBS = wordSet(INFORMATION_VERBS);
const INFO_OBJECTS = wordSet(INFORMATION_OBJECTS);
const PASSIVE_MARKERS = wordSet(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
// Words that may open a sentence's subject besides names and officials: "A senior official".
const LEAD_WORDS = wordSet([
  'the',
  'a',
  'an',
  'of',
  'senior',
  'top',
  'former',
  'military',
  'defence',
  'defense',
  'foreign',
]);
// Verbs after which a named source ends its clause: ", the official said." or ", said Austin".
const TRAILING_VERBS: ReadonlySet<string> = new Set([...SAY_VERBS].filter((verb) => !verb.endsWith('ing')));
// Markers of a new clause with its own speaker: a source before them does not reach past.
const CLAUSE_BREAKS = wordSet([
  'while',
  'whereas',
  'but',
  'although',
  'though',
  'amid',
  'despite',
  'however',
  'which',
  'who',
  'where',
  'when',
]);

// Participles of hedged reporting: after a comma they open an aside with a source of its own.
const ASIDE_PARTICIPLES = wordSet(HEDGE_VERBS.filter((verb) => verb.endsWith('ed') || verb === 'thought'));

/**
 * Whether the token at `index` is a verb of saying or of passing on information: in running text
 * such a verb is lower case; capitalized after another capitalized word it is part of a name
 * ("the United States was able to ...").
 */
function isVerb(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  if (!SAY_VERBS.has(token.lower) && !INFO_VERBS.has(token.lower)) return false;
  return !(isCapitalized(token) && isCapitalized(tokens[index - 1]));
}

// Verbs that make a decision or an act public: what follows may be the act itself.
const ACT_VERBS = wordSet(['announced', 'announces', 'announce', 'declared', 'declares', 'declare']);
const OWN_SUBJECTS = wordSet(['it', 'they', 'we']);

/** Whether the clause between the verb at `index` and the figure at `first` has the announcer as its subject: "announced that it has initiated". */
function ownAct(tokens: readonly Token[], index: number, first: number): boolean {
  for (let k = index + 1; k < first - 1; k++)
    if (OWN_SUBJECTS.has(tokens[k]!.lower) && AUXILIARY_AFTER.has(tokens[k + 1]!.lower)) return true;
  return false;
}
const AUXILIARY_AFTER = wordSet(['has', 'have', 'had', 'will', 'would', 'is', 'are', 'was', 'were']);

/** Earlier sources of the article, for pronouns ("he said"). Oldest first. */
export type SourceHistory = readonly string[];

const phraseText = (tokens: readonly Token[], span: Span): string => wordsText(tokens, span.from, span.to);

// The last word of a source that is a body, not a person: "the ministry", "the Foreign Office".
const BODY_HEADS = wordSet(SPEAKER_BODY_NOUNS, ORGANISATION_WORDS);

/**
 * The source a pronoun stands for: the latest earlier source of the same number (he/she/it: one;
 * they: many); "he" and "she" after a body ("the ministry said ... he said") stand for no one named.
 */
export function resolvePronoun(pronoun: string, history: SourceHistory): string | null {
  if (pronoun === 'we' || pronoun === 'i' || pronoun === 'you') return null;
  const plural = pronoun === 'they';
  const person = pronoun === 'he' || pronoun === 'she';
  for (let index = history.length - 1; index >= 0; index--) {
    const source = history[index]!;
    // The head of "officials in Seoul" is "officials"; of "one of the aides", "one".
    const head = source.split(/ (?:of|in|at|for|from|with) /u)[0]!;
    const many = head.includes(' and ') || /[a-z]s$/u.test(head);
    if (plural !== many) continue;
    // The latest source is a body: "he" stands for someone the text has not named, not for a
    // person named before it.
    return person && BODY_HEADS.has(head.split(' ').at(-1)!.toLowerCase()) ? null : source;
  }
  return null;
}

/** A definite source ("the official") named in full earlier ("a senior South Korean official"). */
function resolveDefinite(tokens: readonly Token[], span: Span, history: SourceHistory): string | null {
  if (span.to - span.from !== 1 || tokens[span.from - 1]?.lower !== 'the') return null;
  const head = tokens[span.from]!.lower;
  for (let index = history.length - 1; index >= 0; index--) {
    const source = history[index]!;
    if (source.toLowerCase().endsWith(` ${head}`)) return source;
  }
  return null;
}

/** The source named by a phrase: its words, with "the official" resolved to its full name. */
function sourceText(tokens: readonly Token[], span: Span, history: SourceHistory): string {
  return resolveDefinite(tokens, span, history) ?? phraseText(tokens, span);
}

const isPronounPhrase = (tokens: readonly Token[], span: Span): boolean =>
  span.to - span.from === 1 && isPronoun(tokens[span.from]);

/** Like `sourceText`, with a lone pronoun resolved from the history ("he said" -> "Austin"). */
function named(tokens: readonly Token[], span: Span, history: SourceHistory): string | null {
  return isPronounPhrase(tokens, span)
    ? resolvePronoun(tokens[span.from]!.lower, history)
    : sourceText(tokens, span, history);
}

/** The subject at the start of the sentence, for participles: "Kyslytsya told the council, claiming ...". */
function leadSubject(tokens: readonly Token[]): Span | null {
  let from = 0;
  while (
    tokens[from] !== undefined &&
    (isAdverb(tokens[from]!.lower) || tokens[from]!.lower === 'however' || tokens[from]!.value === ',')
  )
    from++;
  // A sentence that opens with a quotation has its speaker elsewhere.
  if (tokens[from]?.kind !== 'word') return null;
  let to = from;
  while (
    tokens[to]?.kind === 'word' &&
    (isCapitalized(tokens[to]) || AGENT_NOUNS.has(tokens[to]!.lower) || LEAD_WORDS.has(tokens[to]!.lower))
  )
    to++;
  while (to > from && ['the', 'a', 'an', 'of'].includes(tokens[from]!.lower)) from++;
  return to > from ? { from, to } : null;
}

/** What the verb at `index` says of its source: a phrase, a pronoun to resolve, or a participle's missing subject. */
type VerbSource = { source: string } | { pronoun: string } | 'participle' | null;

/** The source that is subject of the verb at `index`, when it has one that can speak. */
function verbSource(tokens: readonly Token[], index: number, history: SourceHistory): VerbSource {
  const verb = tokens[index]!;
  if (INFO_VERBS.has(verb.lower)) {
    const objects = tokens.slice(index + 1, index + 4).map((token) => token.lower);
    if (!objects.some((word) => INFO_OBJECTS.has(word))) return null;
  }
  const previous = tokens[skipLeftHedges(tokens, index - 1)];
  // "is estimated by Seoul" is passive; "is announcing" is not.
  const passive = previous !== undefined && PASSIVE_MARKERS.has(previous.lower) && !verb.lower.endsWith('ing');
  if (passive || (verb.lower.endsWith('ed') && tokens[index + 1]?.lower === 'by')) {
    // "is estimated by Seoul at 11,000", "The deployment, estimated by Seoul at 11,000".
    if (tokens[index + 1]?.lower !== 'by') return null;
    const agent = phraseAfter(tokens, index + 2);
    return agent && isSourcePhrase(tokens, agent) && !isPronounPhrase(tokens, agent)
      ? { source: sourceText(tokens, agent, history) }
      : null;
  }
  // "President Biden is announcing": the subject is before the auxiliary.
  const progressive = verb.lower.endsWith('ing') && PASSIVE_MARKERS.has(tokens[index - 1]?.lower ?? '');
  const subject = phraseBefore(tokens, progressive ? index - 1 : index);
  if (subject === null) return verb.lower.endsWith('ing') && previous?.value === ',' ? 'participle' : null;
  if (!isSourcePhrase(tokens, subject)) return null;
  if (subject.to - subject.from === 1 && isPronoun(tokens[subject.from]))
    return { pronoun: tokens[subject.from]!.lower };
  return { source: sourceText(tokens, subject, history) };
}

/**
 * The source of the nearest verb of saying before token `first` whose subject can speak; a
 * pronoun there gives way to a named source earlier in the sentence ("the White House released
 * images it said ..."), else is resolved from the article's history.
 */
function leadingSource(tokens: readonly Token[], first: number, history: SourceHistory): string | null {
  let pronoun: string | null = null;
  let participle = false;
  for (let index = first - 1; index >= 0; index--) {
    const token = tokens[index]!;
    if (token.value === ';' || (CLAUSE_BREAKS.has(token.lower) && tokens[index - 1]?.value === ',')) break;
    // "Austin warned that these troops, estimated to number up to 12,000, ...": a participle set
    // off by a comma gives the figure a source of its own, which the text does not name.
    if (ASIDE_PARTICIPLES.has(token.lower) && tokens[index - 1]?.value === ',') return null;
    if (!isVerb(tokens, index)) continue;
    const found = verbSource(tokens, index, history);
    if (found === null) continue;
    // "The agency announced that ... it has initiated a 14-day period": an act of its own it
    // makes public, not a figure it gives about the world.
    if (ACT_VERBS.has(token.lower) && ownAct(tokens, index, first)) return null;
    if (found === 'participle') participle = true;
    else if ('pronoun' in found) pronoun ??= found.pronoun;
    else return found.source;
  }
  if (pronoun !== null) return resolvePronoun(pronoun, history);
  if (!participle) return null;
  const lead = leadSubject(tokens);
  return lead && isSourcePhrase(tokens, lead) ? sourceText(tokens, lead, history) : null;
}

/** The phrase after "according to", when the sentence has one. */
function accordingTo(tokens: readonly Token[], history: SourceHistory): string | null {
  for (let index = 0; index < tokens.length - 1; index++) {
    if (tokens[index]!.lower !== 'according' || tokens[index + 1]!.lower !== 'to') continue;
    const span = phraseAfter(tokens, index + 2);
    if (span !== null) return named(tokens, span, history);
  }
  return null;
}

/**
 * A source named after the figure at the end of its clause: ", the South Korean official said",
 * ", said Austin". A verb of saying with its own subject in between ("..., and Kyiv said 12,000")
 * starts another statement, and ends the search.
 */
function trailingSource(tokens: readonly Token[], after: number, history: SourceHistory): string | null {
  for (let index = after; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (isMark(token)) {
      const next = tokens[index + 1];
      // ", said Austin".
      if (/^[,”"—]$/u.test(token.value) && next !== undefined && TRAILING_VERBS.has(next.lower)) {
        const span = phraseAfter(tokens, index + 2);
        if (span && isSourcePhrase(tokens, span)) return named(tokens, span, history);
      }
      continue;
    }
    if (TRAILING_VERBS.has(token.lower)) {
      const span = phraseBefore(tokens, index);
      if (span !== null && span.from >= after && isSourcePhrase(tokens, span)) {
        let before = span.from - 1;
        while (['the', 'a', 'an'].includes(tokens[before]?.lower ?? '')) before--;
        const opener = tokens[before];
        if (isMark(opener) && tokens[index + 1]?.lower !== 'that') return named(tokens, span, history);
      }
    }
    if (isVerb(tokens, index) && verbSource(tokens, index, history) !== null) return null;
  }
  return null;
}

/**
 * Who the sentence says the figure at tokens [first, last) comes from, or null.
 * `history` holds the article's earlier sources, for "he said" and "the official said".
 */
export function attributionFor(
  tokens: readonly Token[],
  first: number,
  last: number,
  history: SourceHistory,
): string | null {
  const trailing = trailingSource(tokens, last, history);
  if (trailing !== null) return trailing;
  const leading = leadingSource(tokens, first, history);
  const according = accordingTo(tokens, history);
  if (leading !== null && according !== null && !leading.includes(according))
    return `${leading}, according to ${according}`;
  return leading ?? according;
}

/** Every source the sentence names by name, in order: remembered for later pronouns. */
export function sourcesOf(tokens: readonly Token[], history: SourceHistory): string[] {
  const found: string[] = [];
  const add = (source: string | null) => {
    if (source !== null && !found.includes(source)) found.push(source);
  };
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.lower === 'according' && tokens[index + 1]?.lower === 'to') {
      const span = phraseAfter(tokens, index + 2);
      if (span !== null && !isPronounPhrase(tokens, span)) add(sourceText(tokens, span, history));
    } else if (isVerb(tokens, index)) {
      const result = verbSource(tokens, index, history);
      if (result !== null && result !== 'participle' && 'source' in result) add(result.source);
    }
  }
  const trailing = trailingSource(tokens, 0, history);
  if (trailing !== null && !history.includes(trailing)) add(trailing);
  return found;
}
