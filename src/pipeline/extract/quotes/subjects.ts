/**
 * Reading who a speech verb is about: the subject written before it ("Austin said", "the
 * secretary added", "a senior official, who spoke on condition of anonymity, said") or after it
 * (", said Austin", "according to him").
 */
import { MONTHS, MONTH_ABBREVIATIONS, RELATIVE_DAYS, WEEKDAYS } from '../../lexicon/time-words.ts';
import { wordSet } from '../../lexicon/word-set.ts';
import { tokenAt } from '../../parse/language/read-tokens.ts';
import type { Token } from '../../parse/language/types.ts';
import { FUNCTION_WORDS, inList } from '../people/lexicon.ts';
import type { Person } from '../people/types.ts';
import { BODY_NOUNS, DOCUMENT_NOUNS, roleNoun } from './speech-verbs.ts';

const BODY_OR_DOCUMENT = new Set([...BODY_NOUNS, ...DOCUMENT_NOUNS]);

/** A person mention located in a line. */
export interface LineMention {
  start: number;
  end: number;
  person: Person;
  possessive: boolean;
}

/** Who an attribution names, before resolving pronouns and roles. */
export type Subject =
  | { kind: 'person'; person: Person }
  | { kind: 'pronoun' }
  | { kind: 'role'; head: string; modifiers: string[]; text: string; definite: boolean; plural: boolean }
  | { kind: 'name'; text: string }
  /** A participle (", adding that"): whoever the sentence is about. */
  | { kind: 'focus' }
  /** "it said": the body spoken of last (a ministry, a party). */
  | { kind: 'it' }
  /**
   * A verb that shares the subject of its sentence: "Roe met Doe and said", "Roe, repeating
   * the charges, said here": the subject of an earlier verb of the sentence, else the sentence's own.
   */
  | { kind: 'sentence' }
  /** "they said", "others said": someone, but no one this module can name. */
  | { kind: 'unknown' };

type RoleSubject = Extract<Subject, { kind: 'role' }>;

// Adverbs and auxiliaries between a subject and its verb: "Austin also said", "Kim had warned".
const ADVERB =
  /\s+(?:also|then|later|again|further|previously|earlier|recently|repeatedly|once|first|finally|separately|subsequently|still|even|reportedly|has|had|have|will|would|could|can|may|might|should|did|does|never|often|\p{Ll}+(?:ally|edly|ously|ately|ntly|ckly|arly|icly|ully|mly|tly|sly))$/u;
const PRONOUN = /(?:^|[^\p{L}])([Hh]e|[Ss]he)$/u;
// Subjects that stand for someone unnamed: "they said", "others said".
const UNKNOWN =
  /(?:^|[^\p{L}])([Tt]hey|I|[Ww]e|[Yy]ou|[Oo]thers|[Ss]ome|[Mm]any|[Bb]oth|[Aa]ll|[Mm]ost|[Ss]everal|[Ff]ew)$/u;
const IT = /(?:^|[^\p{L}])([Ii]t)$/u;
// "Kim, who said": the relative pronoun stands for the name before it.
const WHO = /,\s*who$/u;
// Not a subject: relative pronouns, conjunctions and passives ("Austin was asked").
const BLOCKED = /(?:^|[^\p{L}])(?:who|which|that|was|were|is|are|been|being|be|or)$/u;
// A second verb of one subject: "Roe met Doe and said", "but said".
const COORDINATED = /(?:^|[^\p{L}])(?:and|but)$/u;
// Before a verb, a possessive makes it a noun: "Roe’s remarks", "the minister's claims"; "he’s said" is "he has said".
const POSSESSIVE_BEFORE = /(?:^|[^\p{L}])(\p{L}+)['’]s?$/u;
const CONTRACTIONS = new Set(['he', 'she', 'it', 'that', 'who', 'there', 'what', 'let']);
// "Kim and Austin called": a subject of two people, which no single speaker stands for.
const JOINED_SUBJECT = /(?:\p{Lu}[\p{L}\p{M}’'-]*|\b[Hh]e|\b[Ss]he)\s+(?:and|or|&)\s+$/u;
const DETERMINERS = new Set(['the', 'a', 'an', 'another', 'one']);
const STOP_MODIFIERS = new Set([
  'and',
  'or',
  'but',
  'that',
  'which',
  'who',
  'with',
  'to',
  'of',
  'in',
  'on',
  'at',
  'for',
  'from',
  'by',
  'as',
  'is',
  'was',
  'are',
  'were',
  'has',
  'have',
  'had',
  'not',
  'he',
  'she',
  'it',
  'they',
  'said',
  'says',
]);
const CAPITAL_RUN = /((?:\p{Lu}[\p{L}\p{M}.’'-]*\s+){0,3}\p{Lu}[\p{L}\p{M}.’'-]*)$/u;
const LEADING_CAPITAL_RUN = /^((?:\p{Lu}[\p{L}\p{M}.’'-]*\s+){0,3}\p{Lu}[\p{L}\p{M}.’'-]*)/u;

/** A word of the reporter's text: a token as the masked line shows it (quoted words are "XXX"). */
interface MaskedWord {
  text: string;
  start: number;
  end: number;
}

/** The word and number tokens within [from, to) of a masked line, read as it shows them. */
function wordsIn(masked: string, tokens: readonly Token[], from: number, to: number): MaskedWord[] {
  const words: MaskedWord[] = [];
  for (let index = tokenAt(tokens, from); index < tokens.length && tokens[index]!.start < to; index++) {
    const token = tokens[index]!;
    if ((token.kind === 'word' || token.kind === 'number') && token.end <= to)
      words.push({ text: masked.slice(token.start, token.end), start: token.start, end: token.end });
  }
  return words;
}

// Capitalised words that date a statement, never name its speaker: "said Thursday".
const TIME_NAMES = wordSet(WEEKDAYS, MONTHS, MONTH_ABBREVIATIONS, RELATIVE_DAYS);

/** A capitalised run without its leading function words ("The Kremlin" -> "Kremlin") and dates, or null. */
function nameText(run: string): string | null {
  const words = run.split(/\s+/u);
  while (words.length > 0 && inList(FUNCTION_WORDS, words[0]!.replace(/\.$/u, ''))) words.shift();
  while (words.length > 0 && TIME_NAMES.has(words[words.length - 1]!.toLowerCase().replace(/\.$/u, ''))) words.pop();
  while (words.length > 0 && TIME_NAMES.has(words[0]!.toLowerCase().replace(/\.$/u, ''))) words.shift();
  const text = words.join(' ').replace(/[.’']+$/u, '');
  return text.length > 1 ? text : null;
}

/** A role phrase ending with `words[headIndex]`: "a senior South Korean presidential official". */
function rolePhrase(line: string, words: readonly MaskedWord[], headIndex: number): RoleSubject | null {
  const head = words[headIndex]!.text;
  const noun = roleNoun(head);
  if (noun === null) return null;
  let first = headIndex;
  let definite = false;
  let determined = false;
  while (first > 0 && headIndex - first < 6) {
    const word = words[first - 1]!;
    const gap = line.slice(word.end, words[first]!.start);
    // "Harbour Workers' Union": a plural possessive keeps the phrase together.
    if (!/^['’]?\s+$/u.test(gap)) break;
    const lower = word.text.toLowerCase();
    if (DETERMINERS.has(lower)) {
      definite = lower === 'the';
      determined = true;
      break;
    }
    if (STOP_MODIFIERS.has(lower) || (/^\p{Lu}/u.test(word.text) && inList(FUNCTION_WORDS, word.text))) break;
    first--;
  }
  const modifierWords = words.slice(first, headIndex).map((word) => word.text);
  if (!determined && !/^\p{Lu}/u.test(modifierWords[0] ?? head)) return null;
  const text = line.slice(words[first]!.start, words[headIndex]!.end);
  // A title with no article ("German Foreign Minister") is as definite as "the minister".
  return {
    kind: 'role',
    head: noun,
    modifiers: modifierWords,
    text,
    definite: definite || !determined,
    plural: noun !== head.toLowerCase(),
  };
}

/**
 * A role phrase that is the first noun phrase at `from` ("The Mexican navy", "Zanu-PF party",
 * "the officers", "the president’s office"), with where it ends, or null. The head is the last
 * of a run of role nouns ("the Defense Ministry spokesman").
 */
export function leadingRole(
  line: string,
  tokens: readonly Token[],
  from: number,
  to: number,
): { subject: RoleSubject; start: number; end: number } | null {
  const words = wordsIn(line, tokens, from, Math.min(to, from + WINDOW));
  for (let i = 0; i < Math.min(words.length, 7); i++) {
    if (roleNoun(words[i]!.text) === null) {
      if (i > 0 && STOP_MODIFIERS.has(words[i]!.text.toLowerCase())) return null;
      continue;
    }
    let head = i;
    while (
      roleNoun(words[head + 1]?.text ?? '') !== null &&
      /^\s+$/u.test(line.slice(words[head]!.end, words[head + 1]!.start))
    )
      head++;
    const noun = roleNoun(words[head]!.text)!;
    // A bare plural opens a clause as well as "the officials" does: "neighbours came".
    const bare: RoleSubject | null =
      head === 0 && noun !== words[0]!.text.toLowerCase()
        ? { kind: 'role', head: noun, modifiers: [], text: words[0]!.text, definite: false, plural: true }
        : null;
    const role = rolePhrase(line, words, head) ?? bare;
    if (role === null) return null;
    const end = words[head]!.end;
    const start = end - role.text.length;
    return /^\s*(?:(?:[Tt]he|[Aa]n?)\s+)?$/u.test(line.slice(from, start)) ? { subject: role, start, end } : null;
  }
  return null;
}

/**
 * The last person a sentence names before `to`, as a mention or a definite description of one
 * ("the president"), with where it stands: what a "he" later in the same sentence stands for.
 */
export function antecedentBefore(
  line: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  mentions: readonly LineMention[],
): { subject: Subject; at: number } | null {
  const mention = mentions.findLast(
    (candidate) => candidate.start >= from && candidate.end <= to && !candidate.possessive,
  );
  const words = wordsIn(line, tokens, Math.max(from, to - WINDOW), to);
  for (let i = words.length - 1; i >= 0 && (mention === undefined || words[i]!.start > mention.end); i--) {
    const noun = roleNoun(words[i]!.text);
    if (noun === null || noun !== words[i]!.text.toLowerCase() || BODY_OR_DOCUMENT.has(noun)) continue;
    const role = rolePhrase(line, words, i);
    if (
      role?.definite &&
      /(?:^|\s)the\s+$/iu.test(
        line.slice(Math.max(from, words[i]!.end - role.text.length - 5), words[i]!.end - role.text.length),
      )
    )
      return { subject: role, at: words[i]!.end - role.text.length };
  }
  return mention ? { subject: { kind: 'person', person: mention.person }, at: mention.start } : null;
}

function mentionEndingAt(mentions: readonly LineMention[], end: number): LineMention | undefined {
  return mentions.find((mention) => mention.end === end && !mention.possessive);
}

/** A subject and where it starts in the line. */
export interface Located {
  subject: Subject;
  start: number;
}

const WINDOW = 200;
// A clause set off by commas between a subject and its verb: "A senior official, who spoke on condition of anonymity, said".
const INSERTED_CLAUSE = /,\s[^,]{1,160}$/u;

/**
 * The subject written just before a speech verb, "blocked" when it is someone unresolvable,
 * or null. When nothing fits, looks once more before a clause set off by commas.
 */
export function subjectBefore(
  line: string,
  tokens: readonly Token[],
  from: number,
  verbStart: number,
  mentions: readonly LineMention[],
  retry = true,
): Located | 'blocked' | null {
  // A subject is never far from its verb; a bounded window keeps the end-anchored patterns linear.
  const windowStart = Math.max(from, verbStart - WINDOW);
  const found = subjectEndingAt(line, tokens, windowStart, verbStart, mentions);
  if (found !== null || !retry) return found;
  const inserted = INSERTED_CLAUSE.exec(line.slice(windowStart, verbStart).trimEnd().replace(/,$/u, ''));
  return inserted ? subjectBefore(line, tokens, from, windowStart + inserted.index, mentions, false) : null;
}

/** The subject that ends right before `verbStart` (after adverbs), "blocked", or null. */
function subjectEndingAt(
  line: string,
  tokens: readonly Token[],
  from: number,
  verbStart: number,
  mentions: readonly LineMention[],
): Located | 'blocked' | null {
  const raw = line.slice(from, verbStart).trimEnd();
  // "Jane Roe, said" reads like "Jane Roe said"; any other word before a comma ("help from
  // North Korea, said Austin") is not the subject, and the verb's subject follows it.
  const commaBefore = raw.endsWith(',');
  let before = commaBefore ? raw.slice(0, -1) : raw;
  for (let strip = ADVERB.exec(before); strip && !commaBefore; strip = ADVERB.exec(before))
    before = before.slice(0, strip.index);
  const end = from + before.length;
  // "President Jane Roe of Ruritania said": the person before the place they are of.
  const ofPlace = OF_PLACE.exec(before);
  const mention =
    mentionEndingAt(mentions, end) ?? (ofPlace ? mentionEndingAt(mentions, end - ofPlace[0].length) : undefined);
  if (mention) {
    if (JOINED_SUBJECT.test(line.slice(Math.max(from, mention.start - 48), mention.start))) return 'blocked';
    // "A spokesman for Jane Roe said": the spokesman, not Roe.
    const outer = outerRole(line, wordsIn(line, tokens, from, mention.start), mention.start, end);
    return outer ?? { subject: { kind: 'person', person: mention.person }, start: mention.start };
  }
  if (commaBefore) return null;
  const possessive = POSSESSIVE_BEFORE.exec(before);
  if (possessive) {
    if (!CONTRACTIONS.has(possessive[1]!.toLowerCase())) return 'blocked';
    before = before.replace(/['’]s$/u, '');
  }
  if (COORDINATED.test(before)) return { subject: { kind: 'sentence' }, start: end };
  const pronoun = PRONOUN.exec(before);
  if (pronoun) return { subject: { kind: 'pronoun' }, start: end - pronoun[1]!.length };
  const who = WHO.exec(before);
  const antecedent = who ? mentionEndingAt(mentions, from + who.index) : undefined;
  if (antecedent) return { subject: { kind: 'person', person: antecedent.person }, start: antecedent.start };
  const unknown = UNKNOWN.exec(before);
  if (unknown) return { subject: { kind: 'unknown' }, start: end - unknown[1]!.length };
  const it = IT.exec(before);
  if (it) return { subject: { kind: 'it' }, start: end - it[1]!.length };
  if (BLOCKED.test(before)) return 'blocked';
  const words = wordsIn(line, tokens, from, end);
  const last = words[words.length - 1];
  if (last?.end === end) {
    const role = rolePhrase(line, words, words.length - 1);
    if (role)
      return outerRole(line, words, end - role.text.length, end) ?? { subject: role, start: end - role.text.length };
  }
  const run = CAPITAL_RUN.exec(before)?.[1];
  if (run === undefined) return null;
  const outer = outerRole(line, words, end - run.length, end);
  if (outer) return outer;
  if (JOINED_SUBJECT.test(before.slice(Math.max(0, before.length - run.length - 48), -run.length))) return 'blocked';
  const text = nameText(run);
  return text === null ? null : { subject: { kind: 'name', text }, start: end - run.length };
}

// "of Ruritania" after a name: where the person is from.
const OF_PLACE = /\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}\p{M}.’'-]*\s+){0,3}\p{Lu}[\p{L}\p{M}.’'-]*$/u;
// Between a role and what it serves: "a spokesperson for the agency", "the Minister of Foreign Affairs".
// Titles may stand between the link and a name: "a spokesman for Governor Jane Roe".
const ROLE_LINK = /(?:^|\s)(?:for|of|at|from|with)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}$/u;

/**
 * A role that the words ending at `end` complete: "a spokesperson for the Coastal Agency",
 * "the Minister of Foreign Affairs": the role with its complement, or null.
 */
function outerRole(line: string, words: readonly MaskedWord[], start: number, end: number): Located | null {
  const link = ROLE_LINK.exec(line.slice(Math.max(0, start - 60), start));
  if (link === null) return null;
  const linkStart = start - (link[0].length - (link[0].startsWith(' ') ? 1 : 0));
  const index = words.findLastIndex((word) => word.end <= linkStart);
  if (index < 0 || !/^\s*$/u.test(line.slice(words[index]!.end, linkStart))) return null;
  const role = rolePhrase(line, words, index);
  if (role === null) return null;
  const roleStart = words[index]!.end - role.text.length;
  return { subject: { ...role, text: line.slice(roleStart, end) }, start: roleStart };
}

/** The subject written just after a verb: "said Austin", "said the secretary", "according to him". */
export function subjectAfter(
  line: string,
  tokens: readonly Token[],
  verbEnd: number,
  to: number,
  mentions: readonly LineMention[],
  pronouns: boolean,
): Subject | null {
  const rest = line.slice(verbEnd, Math.min(to, verbEnd + WINDOW));
  const start = verbEnd + (/^\s*/u.exec(rest)?.[0].length ?? 0);
  const after = line.slice(start, Math.min(to, start + WINDOW));
  // "said Austin", "said Defence Minister Ben Wallace": a person named within the capitalised run.
  const runEnd = start + (LEADING_CAPITAL_RUN.exec(after)?.[1]?.length ?? 0);
  const mention = mentions.find(
    (candidate) => candidate.start >= start && candidate.start <= runEnd && !candidate.possessive,
  );
  if (mention && (mention.start === start || mention.end <= runEnd)) return { kind: 'person', person: mention.person };
  if (pronouns && /^(?:him|her|he|she)(?![\p{L}])/u.test(after)) return { kind: 'pronoun' };
  const words = wordsIn(line, tokens, start, start + after.length);
  for (let i = 0; i < Math.min(words.length, 7); i++) {
    const lower = words[i]!.text.toLowerCase();
    if (roleNoun(lower) !== null) {
      // "said Netanyahu’s former adviser, Eyal Hulata": the name that follows the role.
      const head = words[i]!;
      const named = mentions.find(
        (candidate) =>
          !candidate.possessive &&
          ((candidate.start === head.end + 2 && line.slice(head.end, candidate.start) === ', ') ||
            (candidate.start === head.end + 1 && line[head.end] === ' ')),
      );
      return named ? { kind: 'person', person: named.person } : rolePhrase(line, words, i);
    }
    if (i > 0 && STOP_MODIFIERS.has(lower)) break;
  }
  const run = LEADING_CAPITAL_RUN.exec(after)?.[1];
  const text = run === undefined ? null : nameText(run);
  return text === null ? null : { kind: 'name', text };
}
