/**
 * Who speaks a turn of a primary source, in the names the story's articles use: "MR. KIRBY" is
 * John Kirby when someone of that name is known; "SECRETARY OF DEFENSE LLOYD AUSTIN" is Lloyd
 * Austin; "THE PRESIDENT" is the one president the primary's title (or else its text, or else
 * the story) names. A label that fits no one known keeps the name it prints ("PAT RYDER" ->
 * "Pat Ryder"); one that fits two people, prints a lone word with no title that no one bears ("MODERATOR"), or
 * prints no name and fits no single role, stays unknown.
 */
import { nameKey, sameNameKey } from '../compare/compare-quotes.ts';
import { WordClass, wordClasses } from '../extract/people/lexicon.ts';

/** Someone the story or the primary names, and where: the primary's title beats its text, which beats the articles. */
export interface KnownPerson {
  name: string;
  role: string | null;
  from: 'title' | 'primary' | 'story';
}

/** A resolved speaker: the name to show and the name words that identify them across the story. */
export interface Speaker {
  name: string;
  key: string[];
  /** How the label was read: a known person's name, a role only one known person holds, or the label's own words. */
  how: 'name' | 'role' | 'label';
}

const PRECEDENCE: Record<KnownPerson['from'], number> = { title: 0, primary: 1, story: 2 };
// Words of a label that are never a name: titles, roles, honorifics, courtesy titles, "the", "of".
const NOT_NAME = WordClass.title | WordClass.role | WordClass.honorific | WordClass.courtesy | WordClass.function;

const labelWords = (label: string): string[] =>
  label
    .split(/\s+/u)
    .map((word) => word.replace(/\.$/u, ''))
    .filter(Boolean);
const isNameWord = (word: string): boolean => (wordClasses(word) & NOT_NAME) === 0 && /\p{L}{2}/u.test(word);
const titleCase = (word: string): string =>
  word.toLowerCase().replace(/(^|[-'’])(\p{L})/gu, (_all, mark: string, letter: string) => mark + letter.toUpperCase());
const roleWords = (text: string): string[] => nameKey(text).filter((word) => word !== 'the' && word !== 'of');

/** The known people a set of name words could be, grouped into one entry per person. */
function identities(people: readonly KnownPerson[]): { key: string[]; people: KnownPerson[] }[] {
  const groups: { key: string[]; people: KnownPerson[] }[] = [];
  for (const person of people) {
    const key = nameKey(person.name);
    if (key.length === 0) continue;
    const group = groups.find((entry) => sameNameKey(entry.key, key));
    if (group) {
      group.people.push(person);
      if (key.length > group.key.length) group.key = key;
    } else groups.push({ key, people: [person] });
  }
  return groups;
}

/** The name to show for a person: the one the articles use most, else the primary's, cut after the label's last name word. */
function displayName(people: readonly KnownPerson[], lastWord: string | undefined): string {
  const fromStory = people.filter((person) => person.from === 'story').map((person) => person.name);
  if (fromStory.length > 0) {
    const counts = new Map<string, number>();
    for (const name of fromStory) counts.set(name, (counts.get(name) ?? 0) + 1);
    return [...counts].sort(
      (a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0], 'en'),
    )[0]![0];
  }
  const name = [...people].sort((a, b) => PRECEDENCE[a.from] - PRECEDENCE[b.from])[0]!.name;
  if (lastWord === undefined) return name;
  // A title-case title can run a name into the words after it ("Sabrina Singh Holds a Briefing").
  const words = name.split(/\s+/u);
  const at = words.findIndex((word) => nameKey(word)[0] === lastWord);
  return at === -1 ? name : words.slice(0, at + 1).join(' ');
}

/** The unique best of some candidate identities by a score, or null on a tie. */
function best<T>(items: readonly T[], score: (item: T) => number): T | null {
  const ranked = items.map((item) => ({ item, score: score(item) })).sort((a, b) => b.score - a.score);
  if (ranked.length === 0 || (ranked.length > 1 && ranked[0]!.score === ranked[1]!.score)) return null;
  return ranked[0]!.item;
}

/** Reads a role-only label ("THE PRESIDENT") as the one person of that exact role, nearest source first. */
function byRole(words: readonly string[], people: readonly KnownPerson[]): Speaker | null {
  const wanted = roleWords(words.join(' ')).join(' ');
  if (wanted === '') return null;
  for (const from of ['title', 'primary', 'story'] as const) {
    const holders = identities(
      people.filter(
        (person) => person.from === from && person.role !== null && roleWords(person.role).join(' ') === wanted,
      ),
    );
    if (holders.length > 1) return null;
    const holder = holders[0];
    if (holder) {
      const all = identities(people).find((group) => sameNameKey(group.key, holder.key))!;
      return { name: displayName(all.people, undefined), key: all.key, how: 'role' };
    }
  }
  return null;
}

/**
 * The speaker of a turn label, or null when the label names no one we can tell (a question,
 * "MODERATOR" with no moderator named, a surname two known people share).
 */
export function resolveSpeaker(label: string, people: readonly KnownPerson[]): Speaker | null {
  const words = labelWords(label);
  // Labels print the title first and the name last: the name is the run of name words at the end.
  let first = words.length;
  while (first > 0 && isNameWord(words[first - 1]!)) first--;
  const own = words.slice(first);
  const names = own.flatMap((word) => nameKey(word));
  if (names.length === 0) return byRole(words, people);
  const lower = new Set(words.flatMap((word) => nameKey(word)));
  // A known person fits when the label's name words are all in their name, or their whole name is in the label.
  const fits = identities(people).filter(
    (group) => names.every((word) => group.key.includes(word)) || group.key.every((word) => lower.has(word)),
  );
  const role = new Set(roleWords(words.slice(0, first).join(' ')));
  const chosen =
    fits.length === 1
      ? fits[0]!
      : best(fits, (group) =>
          Math.max(
            ...group.people.map((person) =>
              person.role === null ? 0 : roleWords(person.role).filter((word) => role.has(word)).length,
            ),
          ),
        );
  if (chosen) return { name: displayName(chosen.people, names.at(-1)), key: chosen.key, how: 'name' };
  if (fits.length > 1) return null;
  // No one known: the label's own name words ("PENTAGON PRESS SECRETARY PAT RYDER" -> "Pat Ryder",
  // "MR. RIEL" -> "Riel"); a lone word with no title before it may as well be a function ("MODERATOR").
  if (own.length < 2 && first === 0) return null;
  const name = own.map(titleCase).join(' ');
  return { name, key: nameKey(name), how: 'label' };
}
