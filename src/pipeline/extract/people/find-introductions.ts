import { SPEAKER_PERSON_NOUNS, SPEAKER_ROLE_NOUNS } from '../../lexicon/person-nouns.ts';
import { TITLES as TITLE_LIST } from '../../lexicon/titles.ts';
import { wordSet } from '../../lexicon/word-set.ts';
import { SPEECH_VERBS } from '../quotes/speech-verbs.ts';
import {
  FUNCTION_WORDS,
  NAME_HONORIFICS,
  NOT_NAME_WORDS,
  ROLE_WORDS,
  TITLES,
  WordClass,
  inList,
  wordClasses,
} from './lexicon.ts';
import { isNameWord, joinsName, type TokenizedLine, type WordToken } from './name-words.ts';

/** A place where the text introduces a person by name: with a title, an appositive role, or as a speaker. */
export interface Introduction {
  /** Name words, without honorifics: ["Lloyd", "J.", "Austin", "III"]. */
  tokens: string[];
  /** A kept honorific ("Dr.", "Pope"), or null. */
  honorific: string | null;
  /** The role as written ("US Secretary of Defense"), or null. */
  role: string | null;
  line: number;
  start: number;
}

const MAX_NAME_WORDS = 5;
// ", <words>" closed by a comma, a full stop or the end; the dots of "U.N." or "J." do not close it.
const APPOSITIVE = /^,\s+((?:[^,;.]|(?<=\p{Lu})\.|\.(?=\S)){1,100}?)(?=[,;]|(?<!\p{Lu})\.(?:\s|$)|$)/u;
const DETERMINER = /^(?:the|a|an)$/iu;
const ROLE_GAP = /^(?: |['’]s )$/u;

const isTitle = (token: WordToken | undefined) =>
  token !== undefined && (wordClasses(token.text) & WordClass.title) !== 0;
const isRoleWord = (token: WordToken | undefined) =>
  token !== undefined && (wordClasses(token.text) & (WordClass.role | WordClass.title)) !== 0;
const isHonorific = (token: WordToken | undefined) =>
  token !== undefined && token.capital && (wordClasses(token.text) & (WordClass.honorific | WordClass.courtesy)) !== 0;

/** Whether a run of name words holds at least one real name word (not only initials or suffixes). */
function hasNameCore(tokens: readonly WordToken[]): boolean {
  return tokens.some((token) => /\p{L}{2,}/u.test(token.text) && !/^(?:I{1,3}|IV|V|Jr\.?|Sr\.?)$/u.test(token.text));
}

/** The name words that follow `index` (joined by single spaces), up to a possessive. */
function nameAfter(line: string, tokens: readonly WordToken[], index: number): WordToken[] {
  const name: WordToken[] = [];
  for (let i = index; i < tokens.length && name.length < MAX_NAME_WORDS; i++) {
    const token = tokens[i]!;
    const previous = name[name.length - 1];
    if (previous !== undefined && !joinsName(line, previous, token)) break;
    // "Chief James White": a word of organisations' names ends a name when no capital follows ("White House").
    const next = tokens[i + 1];
    const surname =
      previous !== undefined &&
      token.capital &&
      wordClasses(token.text) === WordClass.notName &&
      !(next !== undefined && next.capital && joinsName(line, token, next));
    if (!isNameWord(token) && !surname) break;
    name.push(token);
    if (token.possessive) break;
  }
  return hasNameCore(name) ? name : [];
}

/** The first word of the role that ends with `tokens[titleIndex]`, extending left over role words. */
function roleStart(line: string, tokens: readonly WordToken[], titleIndex: number): number {
  let first = titleIndex;
  while (first > 0) {
    const previous = tokens[first - 1]!;
    if (!ROLE_GAP.test(line.slice(previous.end, tokens[first]!.start))) break;
    const roleish = previous.capital ? !inList(FUNCTION_WORDS, previous.text) : isRoleWord(previous);
    if (!roleish) break;
    first--;
  }
  return first;
}

/** "US Secretary of Defense Lloyd Austin", "Defense Expert Dr. Emily Carter", "Pope Francis". */
function titled(line: string, tokens: readonly WordToken[], lineNo: number): Introduction[] {
  const found: Introduction[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i]!;
    if (!isTitle(head) && !isHonorific(head)) continue;
    let last = i;
    while (
      isRoleWord(tokens[last + 1]) &&
      !isHonorific(tokens[last + 1]) &&
      joinsName(line, tokens[last]!, tokens[last + 1]!)
    )
      last++;
    // "Secretary of Defense", "Secretary of the Navy", "Minister of Foreign Affairs".
    let ofPlace = false;
    if (tokens[last + 1]?.text === 'of' && joinsName(line, tokens[last]!, tokens[last + 1]!)) {
      let next = last + 2;
      if (tokens[next]?.text === 'the') next++;
      let end = next;
      while (tokens[end]?.capital && inList(ROLE_WORDS, tokens[end]!.text)) end++;
      if (end === next && tokens[next]?.capital) {
        end = next + 1;
        ofPlace = true;
      }
      if (end > next) last = end - 1;
    }
    let honorific: string | null = null;
    let nameIndex = last + 1;
    if (isHonorific(head) && last === i) honorific = inList(NAME_HONORIFICS, head.text) ? head.text : null;
    else if (isHonorific(tokens[nameIndex])) {
      const word = tokens[nameIndex]!.text;
      honorific = inList(NAME_HONORIFICS, word) ? word : null;
      nameIndex++;
    }
    const name = nameAfter(line, tokens, nameIndex);
    if (name.length === 0 || !joinsName(line, tokens[nameIndex - 1]!, name[0]!)) continue;
    // After "Minister of Solid Minerals", one capitalised word is more likely the rest of the
    // portfolio than a name: a name there has two words ("President of Ruritania Jane Roe").
    if (ofPlace && name.length < 2) continue;
    const role = isTitle(head) ? line.slice(tokens[roleStart(line, tokens, i)]!.start, tokens[last]!.end) : null;
    found.push({ tokens: name.map((token) => token.text), honorific, role, line: lineNo, start: name[0]!.start });
    i = nameIndex + name.length - 1;
  }
  return found;
}

/** The name part of a capitalised run: its words after any leading title, role or function words. */
function runName(run: readonly WordToken[]): WordToken[] {
  let first = 0;
  while (first < run.length && !isNameWord(run[first]!)) first++;
  const name = run.slice(first);
  return name.length >= 2 && name.every(isNameWord) && hasNameCore(name) ? name : [];
}

/**
 * An appositive that runs to the end of its sentence without a closing comma may run on into the
 * sentence's own clause: in "Omar Haddad, North Korea's envoy and two aides met on Monday." the
 * role ends before "and two aides met on Monday". A clause of three words or more after "and" is
 * cut off; a short one is part of the role ("minister of trade and industry").
 */
function appositiveEnd(role: string, closedBy: string | undefined): string {
  if (closedBy === ',' || closedBy === ';') return role;
  const and = role.search(/ and (?:\S+ ){2,}\S+$/u);
  return and === -1 ? role : role.slice(0, and);
}

/** The role an appositive gives: ", North Korea’s UN Ambassador," or ", an analyst at the Crisis Group." */
function appositiveRole(line: string, tokens: readonly WordToken[], after: number): string | null {
  const match = APPOSITIVE.exec(line.slice(after));
  if (match === null) return null;
  const end = after + match[0].length;
  const words = tokens.filter((token) => token.start >= end - match[1]!.length && token.end <= end);
  const start = DETERMINER.test(words[0]?.text ?? '') ? 1 : 0;
  for (let i = start; i < Math.min(words.length, start + 5); i++) {
    const word = words[i]!.text;
    // ", Homeland Security Secretary Jane Roe,": a list of titled people, not this one's role.
    const next = words[i + 1];
    if (inList(TITLES, word) && next !== undefined && joinsName(line, words[i]!, next) && isNameWord(next)) return null;
    if (inList(TITLES, word))
      return appositiveEnd(line.slice(words[start]!.start, end).replace(/\s+/gu, ' '), line[end]);
    if (/^\p{Ll}/u.test(word) && inList(FUNCTION_WORDS, word)) return null;
  }
  return null;
}

// Before a name: "said" and a role of up to six words ending with a role noun.
const SAID_ROLE = /(?:^|[,“”"])\s*(?:said|says|according to)\s+((?:[\p{L}.’'-]+\s+){1,6})$/u;
const SPEAKER_ROLES = wordSet(TITLE_LIST, SPEAKER_ROLE_NOUNS, SPEAKER_PERSON_NOUNS);

// After a name: ", who ..." or an age ", 54,".
const PERSONAL_APPOSITIVE = /^,\s+(?:who\s|\d{1,3},)/u;
// After a name: "is the director of the agency", "was a spokesman for the union".
const COPULA = /^\s+(?:is|was|has been|had been|became)\s+(?:the|a|an)\s+([^,;.]{1,80}?)(?=[,;]|\.(?:\s|$)|$)/u;

/** The role a copula gives a name: "Jane Roe is the director of the agency" -> "director of the agency". */
function copulaRole(line: string, tokens: readonly WordToken[], after: number): string | null {
  const match = COPULA.exec(line.slice(after));
  if (match === null) return null;
  const end = after + match[0].length;
  const start = end - match[1]!.length;
  const words = tokens.filter((token) => token.start >= start && token.end <= end).slice(0, 5);
  return words.some((token) => inList(TITLES, token.text)) ? match[1]!.replace(/\s+/gu, ' ') : null;
}

/** The role just before a name and a comma: "Netanyahu’s former adviser, Eyal Hulata". */
function roleBefore(line: string, tokens: readonly WordToken[], name: WordToken): string | null {
  const index = tokens.indexOf(name);
  const title = tokens[index - 1];
  if (title === undefined || line.slice(title.end, name.start) !== ', ' || !isTitle(title)) return null;
  return line.slice(tokens[roleStart(line, tokens, index - 1)]!.start, title.end);
}

/** "Kim Song, North Korea’s UN Ambassador, ...", "the adviser, Eyal Hulata," and "Jane Doe said": full names shown to be people by context. */
function byContext(
  line: string,
  tokens: readonly WordToken[],
  runs: readonly WordToken[][],
  lineNo: number,
): Introduction[] {
  const found: Introduction[] = [];
  for (const run of runs) {
    const name = runName(run);
    if (name.length === 0 || name.some((token) => inList(NOT_NAME_WORDS, token.text))) continue;
    const last = name[name.length - 1]!;
    const after = last.possessive ? '' : line.slice(last.end);
    const role =
      (last.possessive ? null : appositiveRole(line, tokens, last.end)) ?? roleBefore(line, tokens, name[0]!);
    const verbAfter = /^,?\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)/u.exec(after)?.[1];
    const lead = line.slice(Math.max(0, name[0]!.start - 120), name[0]!.start);
    // "said Jane Roe", and "said National Safety Board member Jane Roe": a speaker's name after the verb and a role.
    const verbBefore =
      /(?:^|[,“”"])\s*(?:said|says|according to)\s+$/u.test(lead) ||
      (SAID_ROLE.exec(lead)?.[1]
        ?.split(/\s+/u)
        .some((word) => inList(SPEAKER_ROLES, word)) ??
        false);
    const described = role ?? (last.possessive ? null : copulaRole(line, tokens, last.end));
    // "Jane Roe, who lives nearby," and "Jane Roe, 54, of Springfield": only people are "who" and have an age.
    const personal = !last.possessive && PERSONAL_APPOSITIVE.test(after);
    if (described === null && !personal && !verbBefore && !(verbAfter !== undefined && SPEECH_VERBS.has(verbAfter)))
      continue;
    found.push({
      tokens: name.map((token) => token.text),
      honorific: null,
      role: described,
      line: lineNo,
      start: name[0]!.start,
    });
  }
  return found;
}

/**
 * Finds where a line introduces people: after a title or honorific, with an appositive role,
 * or as the named subject of a speech verb. Headlines are left out by the caller, because
 * title case makes every word look like a name.
 */
export function findIntroductions({ line, text, tokens, runs }: TokenizedLine): Introduction[] {
  const byTitle = titled(text, tokens, line);
  // "President of Ruritania Jane Roe said": the title knows where its role ends, so a run that
  // starts inside the role ("Ruritania Jane Roe") is not a name of its own.
  const contextual = byContext(text, tokens, runs, line).filter(
    (intro) =>
      !byTitle.some(
        (titledIntro) =>
          titledIntro.start > intro.start &&
          titledIntro.tokens.join(' ') === intro.tokens.slice(-titledIntro.tokens.length).join(' '),
      ),
  );
  return [...byTitle, ...contextual].sort((a, b) => a.start - b.start);
}
