/**
 * The people of one story, across its articles. Extraction runs per article, and each article
 * names people its own way ("Jonah K. Mercer III", "Jonah Mercer", "Defense Secretary Mercer",
 * "the secretary"); here the person claims of every article of a story become one person per
 * name, called by the fullest form any article gives, and names, descriptions and transcript
 * speaker labels ("MR. MERCER", "SECRETARY MERCER") resolve to them. Reads claims only, so
 * the compare stage, the check stage and the site can all call it.
 */
import type { Claim } from '../../../lib/schemas.ts';
import { TITLE_ABBREVIATION_WORDS, TITLE_ABBREVIATIONS } from '../../lexicon/abbreviations.ts';
import { GENERIC_LEADER_NOUNS, SPEAKER_PERSON_NOUNS, SPEAKER_ROLE_NOUNS } from '../../lexicon/person-nouns.ts';
import {
  COURTESY_TITLES,
  NAME_HONORIFICS,
  NAME_SUFFIXES,
  OTHER_PERSON_MODIFIERS,
  TITLES,
  VAGUE_ROLE_MODIFIERS,
} from '../../lexicon/titles.ts';
import { wordSet } from '../../lexicon/word-set.ts';
import { isSubsequence } from './roster.ts';

/** One person of a story. */
export interface StoryPerson {
  /** The fullest name any article of the story gives ("Jonah K. Mercer III"). */
  name: string;
  /** The fullest role any article gives ("US Secretary of Defense"), or null. */
  role: string | null;
  /** Every name the articles write for them, as written ("Jonah Mercer", "Mercer"). */
  names: string[];
}

/** The people of a story and how its texts refer to them. */
export interface StoryPeople {
  readonly people: readonly StoryPerson[];
  /**
   * The person a name stands for: in `articleId`, the person that article gave this name; else
   * the one person of the story whose name holds all its words ("Mercer", "Jonah Mercer").
   */
  named(name: string, articleId?: string): StoryPerson | undefined;
  /**
   * The person a title-like description stands for when the story names exactly one holder
   * ("the secretary", "ministry press secretary", "Railco CEO"). Descriptions that usually
   * stand for someone unnamed ("a senior official", "a spokesman", "the woman") never do.
   */
  holding(description: string): StoryPerson | undefined;
  /** The person a transcript's speaker label stands for: "MR. MERCER", "SECRETARY MERCER", "MS. DUPONT-LEROY:". */
  labelled(label: string): StoryPerson | undefined;
}

// Parts of a name that vary from one outlet to the next: initials, suffixes, honorifics, courtesy titles.
const NAME_NOISE = new Set(
  [...NAME_SUFFIXES, ...NAME_HONORIFICS, ...COURTESY_TITLES, ...TITLE_ABBREVIATIONS].map((word) =>
    word.replace(/\.$/u, ''),
  ),
);
const EXPANDED = new Map(TITLE_ABBREVIATION_WORDS.map(([short, word]) => [short.replace(/\.$/u, ''), word]));
// Titles a story names few holders of, so that a description by one of them can name the holder.
const NOT_TITLES = wordSet(SPEAKER_PERSON_NOUNS, [
  'official',
  'source',
  'aide',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'spokespeople',
  'diplomat',
  'expert',
  'analyst',
  'witness',
  'resident',
  'officer',
  'adviser',
  'advisor',
  'representative',
  'correspondent',
  'reporter',
  'researcher',
  'economist',
  'scientist',
  'lawmaker',
  'candidate',
  'agent',
  'deputy',
]);
const TITLE_WORDS = new Set([...wordSet(TITLES, SPEAKER_ROLE_NOUNS)].filter((word) => !NOT_TITLES.has(word)));
const LABEL_WORDS = wordSet(TITLES, COURTESY_TITLES, NAME_HONORIFICS, ['the']);
const VAGUE = wordSet(VAGUE_ROLE_MODIFIERS);
const OTHER_PERSON = wordSet(OTHER_PERSON_MODIFIERS);
const GENERIC = wordSet(GENERIC_LEADER_NOUNS);
const LINKS = new Set(['for', 'of', 'at', 'from', 'with', 'to', 'in']);

/** The lower-case words of a name or a description, accents folded ("Peña" -> pena), abbreviations read out ("Gov." -> governor). */
function wordsOf(text: string): string[] {
  return (
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []
  )
    .map((word) => word.replace(/['’]s$/u, ''))
    .map((word) => EXPANDED.get(word) ?? word);
}

/** The words of a name that identify a person across outlets: "Jonah K. Mercer III" -> jonah, mercer. */
export function personKey(name: string): string[] {
  return wordsOf(name).filter((word) => word.length > 1 && !NAME_NOISE.has(word));
}

interface Cluster {
  person: StoryPerson;
  keys: string[][];
}

const keyLength = (name: string) => personKey(name).length;

/** The fuller of two names: more identifying words, then more words, then the longer, then the first in order. */
function fuller(a: string, b: string): string {
  const order =
    keyLength(b) - keyLength(a) ||
    b.split(/\s+/u).length - a.split(/\s+/u).length ||
    b.length - a.length ||
    a.localeCompare(b, 'en');
  return order > 0 ? b : a;
}

/** The people of a story, from the person claims of its articles (other claims are ignored). */
export function storyPeople(claims: readonly Claim[]): StoryPeople {
  const forms = new Map<string, { name: string; role: string | null }>();
  const formOf = new Map<string, string>();
  for (const claim of claims) {
    if (claim.kind !== 'person') continue;
    formOf.set(`${claim.articleId}\u0000${claim.name}`, claim.name);
    const known = forms.get(claim.name);
    if (known === undefined) forms.set(claim.name, { name: claim.name, role: claim.role });
    else if (claim.role !== null && (known.role === null || claim.role.length > known.role.length))
      known.role = claim.role;
  }
  // Longest names first, so that a short one ("Park") meets every full name it could be.
  const names = [...forms.values()].sort(
    (a, b) => keyLength(b.name) - keyLength(a.name) || a.name.localeCompare(b.name, 'en'),
  );
  const clusters: Cluster[] = [];
  const clusterOfName = new Map<string, Cluster>();
  const ambiguous = new Set<string>();
  for (const form of names) {
    const key = personKey(form.name);
    if (key.length === 0) continue;
    const fits = clusters.filter((cluster) =>
      cluster.keys.some((other) => isSubsequence(key, other) || isSubsequence(other, key)),
    );
    if (fits.length > 1) {
      ambiguous.add(form.name);
      continue;
    }
    let cluster = fits[0];
    if (cluster === undefined) {
      cluster = { person: { name: form.name, role: null, names: [] }, keys: [] };
      clusters.push(cluster);
    }
    cluster.keys.push(key);
    cluster.person.names.push(form.name);
    cluster.person.name = fuller(cluster.person.name, form.name);
    if (form.role !== null && (cluster.person.role === null || form.role.length > cluster.person.role.length))
      cluster.person.role = form.role;
    clusterOfName.set(form.name, cluster);
  }

  const byKey = (name: string): StoryPerson | undefined => {
    const key = personKey(name);
    if (key.length === 0) return undefined;
    const fits = clusters.filter((cluster) => cluster.keys.some((other) => isSubsequence(key, other)));
    return fits.length === 1 ? fits[0]!.person : undefined;
  };

  const named = (name: string, articleId?: string): StoryPerson | undefined => {
    if (ambiguous.has(name)) return undefined;
    if (articleId !== undefined && formOf.has(`${articleId}\u0000${name}`)) return clusterOfName.get(name)?.person;
    return clusterOfName.get(name)?.person ?? byKey(name);
  };

  const holding = (description: string): StoryPerson | undefined => {
    // "The state's governor": a possessive common noun tells no holder apart.
    const words = wordsOf(description.replace(/(?:^|\s)\p{Ll}[\p{L}-]*['’]s(?=\s|$)/gu, ' '));
    const link = words.findIndex((word) => LINKS.has(word));
    const before = link < 0 ? words : words.slice(0, link);
    const head = before[before.length - 1];
    if (head === undefined || !TITLE_WORDS.has(head)) return undefined;
    // "Former president", "an unnamed general": someone other than the holders the story names.
    if (before.some((word) => OTHER_PERSON.has(word))) return undefined;
    const modifiers = before.slice(0, -1).filter((word) => !VAGUE.has(word));
    // "Railco chief" for the story's "Railco CEO": a generic head needs only what qualifies it.
    const generic = GENERIC.has(head) && modifiers.length > 0;
    const holders = clusters.filter(
      (cluster) => cluster.person.role !== null && (generic || wordsOf(cluster.person.role).includes(head)),
    );
    // Every word the description adds must be in the holder's role ("defense secretary", "Railco CEO").
    const exact = holders.filter((cluster) => modifiers.every((word) => wordsOf(cluster.person.role!).includes(word)));
    return exact.length === 1 ? exact[0]!.person : undefined;
  };

  const labelled = (label: string): StoryPerson | undefined => {
    const words = label.replace(/:\s*$/u, '').trim().split(/\s+/u);
    const rest = words.filter(
      (word) => !LABEL_WORDS.has(word.toLowerCase()) && !LABEL_WORDS.has(`${word.toLowerCase()}.`),
    );
    if (rest.length > 0) return byKey(rest.join(' '));
    return words.length > 0 ? holding(words.join(' ')) : undefined;
  };

  return { people: clusters.map((cluster) => cluster.person), named, holding, labelled };
}

// Words that make a speaker a description rather than a name: "Railco CEO", "senior official".
const DESCRIPTION_WORDS = wordSet(TITLES, SPEAKER_ROLE_NOUNS, SPEAKER_PERSON_NOUNS);

/**
 * The claims of one story with every name of a person written as the story's fullest name:
 * person claims, quote speakers (a name, or a title the story gives exactly one holder of),
 * and figure attributions that are a person's name. Ids stay as they are (they come from the
 * text), and nothing else changes.
 */
export function unifyPeople(claims: readonly Claim[], people: StoryPeople = storyPeople(claims)): Claim[] {
  // A story repeats its speakers on many quotes: each (article, speaker) is resolved once.
  const resolved = new Map<string, string>();
  const speaker = (text: string, articleId: string): string => {
    const key = `${articleId}\u0000${text}`;
    let name = resolved.get(key);
    if (name === undefined) {
      const own = people.named(text, articleId);
      const description = own === undefined && wordsOf(text).some((word) => DESCRIPTION_WORDS.has(word));
      name = own?.name ?? (description ? people.holding(text)?.name : undefined) ?? text;
      resolved.set(key, name);
    }
    return name;
  };
  return claims.map((claim): Claim => {
    if (claim.kind === 'person') {
      const name = people.named(claim.name, claim.articleId)?.name ?? claim.name;
      return name === claim.name ? claim : { ...claim, name };
    }
    if (claim.kind === 'quote' && claim.speaker !== null) {
      const name = speaker(claim.speaker, claim.articleId);
      return name === claim.speaker ? claim : { ...claim, speaker: name };
    }
    if (claim.kind === 'figure' && claim.attribution !== null) {
      const name = people.named(claim.attribution, claim.articleId)?.name ?? claim.attribution;
      return name === claim.attribution ? claim : { ...claim, attribution: name };
    }
    return claim;
  });
}
