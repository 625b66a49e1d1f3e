import { NAME_HONORIFICS, TITLES, inList } from './lexicon.ts';
import { isNameWord, isRoleishWord, joinsName, type TokenizedLine, type WordToken } from './name-words.ts';
import { isSubsequence } from './roster.ts';
import type { Person } from './types.ts';

// A lone name word after these reads as a place: "in Austin", "flew to Georgia", "the city of Austin".
const LOCATIVE =
  /(?:^|\s)(?:in|at|from|near|outside|inside|across|via|toward|towards|(?<![Aa]ccording )to|into|of|through|visited|visiting)\s+$/u;

/** The people whose name words include all of `words`, in order. */
function candidates(people: readonly Person[], words: readonly string[]): Person[] {
  return people.filter((person) => isSubsequence(words, person.tokens));
}

/**
 * Picks one person for a name that fits several: the one the title before it suits
 * ("Minister Kim"), else the one mentioned most recently, else the one introduced first.
 */
function choose(
  found: readonly Person[],
  prefix: readonly WordToken[],
  lastSeen: ReadonlyMap<Person, number>,
): Person | undefined {
  if (found.length <= 1) return found[0];
  const titles = prefix.filter((token) => inList(TITLES, token.text)).map((token) => token.text.toLowerCase());
  const suited = found.filter((person) => titles.some((title) => person.role?.toLowerCase().includes(title)));
  const pool = suited.length > 0 ? suited : found;
  let best: Person | undefined;
  let bestSeen = -1;
  for (const person of pool) {
    const seen = lastSeen.get(person) ?? -1;
    if (seen > bestSeen) [best, bestSeen] = [person, seen];
  }
  return best ?? pool[0];
}

/**
 * Finds every mention of a roster person in the given lines, in document order, and records
 * it on the person. A capitalised run counts when its last words are all name words of one
 * person and anything before them is a title or role ("Defense Secretary Lloyd Austin"); a run
 * with other name words ("Kim Jong-un" against "Kim Yong-hyun") is someone else.
 */
export function findMentions(people: readonly Person[], lines: readonly TokenizedLine[]): void {
  if (people.length === 0) return;
  const lastSeen = new Map<Person, number>();
  let order = 0;
  for (const { line, text, runs } of lines) {
    for (const run of runs) {
      // "President of Ruritania Jane Roe": the first word of a run after "of" ends a title.
      const afterOf = /(?:^|\s)of\s+$/u.test(text.slice(Math.max(0, run[0]!.start - 4), run[0]!.start));
      for (let first = 0; first < run.length; first++) {
        const prefix = run.slice(0, first);
        // "Texas Governor Georgia Banks" is Banks; "Andrew Austin" is not Lloyd Austin.
        const before = prefix[prefix.length - 1];
        if (before !== undefined && !isRoleishWord(before) && !(afterOf && first === 1 && run.length > 2)) continue;
        const name = run.slice(first);
        // A capitalised word that is not a name word can still be a known person's ("White"): the roster decides.
        if (!name.every((token) => isNameWord(token) || token.capital)) continue;
        const found = candidates(
          people,
          name.map((token) => token.text),
        );
        if (found.length === 0) continue;
        const head = name[0]!;
        if (name.length === 1 && LOCATIVE.test(text.slice(0, head.start))) break;
        const person = choose(found, prefix, lastSeen);
        if (person === undefined) break;
        const honorific =
          before !== undefined && inList(NAME_HONORIFICS, before.text) && joinsName(text, before, head)
            ? before
            : undefined;
        const start = (honorific ?? head).start;
        const last = name[name.length - 1]!;
        person.mentions.push({
          line,
          start,
          end: last.end,
          text: text.slice(start, last.end),
          possessive: last.possessive,
        });
        lastSeen.set(person, order++);
        break;
      }
    }
  }
}
