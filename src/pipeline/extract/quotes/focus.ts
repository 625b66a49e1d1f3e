import { TITLE_ABBREVIATION_WORDS } from '../../lexicon/abbreviations.ts';
import { OTHER_PERSON_MODIFIERS, VAGUE_ROLE_MODIFIERS } from '../../lexicon/titles.ts';
import { wordSet } from '../../lexicon/word-set.ts';
import { isAcronym, NOT_NAME_WORDS } from '../people/lexicon.ts';
import { demonymOf, isKnownNationality, isNationality } from '../figures/demonyms.ts';
import type { Person } from '../people/types.ts';
import { BODY_NOUNS, DOCUMENT_NOUNS, GENERIC_NOUNS } from './speech-verbs.ts';
import type { Subject } from './subjects.ts';

/**
 * What a pronoun can stand for: a person ("he", "she"), a body that speaks as one ("it": a
 * ministry, a party), or a group ("they", never resolved).
 */
export type SpeakerKind = 'person' | 'body' | 'group';

/** Whom a quotation is attributed to: a roster person, or a description ("South Korean official"). */
export interface Speaker {
  /** The person's fullest name, or the description as written. */
  name: string;
  person: Person | null;
  /** For a description, its role noun ("official"), so that "the official" can refer back to it. */
  head: string | null;
  kind: SpeakerKind;
}

/** A position in the article: line and offset folded into one sortable number. */
export const position = (line: number, offset: number) => line * 1_000_000 + offset;

// Adjectives that do not tell two holders of a role apart.
const VAGUE = wordSet(VAGUE_ROLE_MODIFIERS);
const OTHER_PERSON = wordSet(OTHER_PERSON_MODIFIERS);
// "Gov." in a role is "governor" when the text later says "the governor".
const ABBREVIATED = new Map(TITLE_ABBREVIATION_WORDS.map(([short, word]) => [short.replace(/\.$/u, ''), word]));
const fold = (text: string) => text.toLowerCase().replace(/\./gu, '').replace(/’/gu, "'");
const roleWords = (role: string) =>
  fold(role)
    .split(/[\s-]+/u)
    .map((word) => ABBREVIATED.get(word) ?? word);

/**
 * Whether an adjective of nationality the table does not know and a country's name share all but
 * their endings: "veloran" and "veloria", "korean" and "korea's"; not "austrian" and "australia".
 */
function sameStem(nationality: string, name: string): boolean {
  if (nationality === name) return true;
  let common = 0;
  while (common < nationality.length && nationality[common] === name[common]) common++;
  return common >= Math.max(5, Math.min(nationality.length, name.length) - 2);
}

/** Speaker record for a roster person. */
export const personSpeaker = (person: Person): Speaker => ({ name: person.name, person, head: null, kind: 'person' });

/** Speaker record for a name the roster does not hold ("Ruritanian Front", "Okafor"): a body when it is an acronym or an organisation's name. */
export function nameSpeaker(name: string): Speaker {
  const words = name.split(/\s+/u);
  // An acronym, an organisation's word or a web address ("Example.com") names a body.
  const body = words.some((word) => isAcronym(word) || NOT_NAME_WORDS.has(fold(word)) || /\.\p{L}/u.test(word));
  return { name, person: null, head: null, kind: body ? 'body' : 'person' };
}

/** Speaker record for a description: "South Korean official", "the ministry", "officials". */
export function descriptionSpeaker(role: Extract<Subject, { kind: 'role' }>): Speaker {
  const kind: SpeakerKind = role.plural ? 'group' : BODY_NOUNS.has(role.head) ? 'body' : 'person';
  return { name: role.text, person: null, head: role.head, kind };
}

/**
 * Who the reporting is about at each point of an article: the latest speaker or subject, and
 * the latest person and body among them. Resolves "he" to that person, "it" to that body, "the
 * secretary" to the person whose role says so and who was named most recently, "the official"
 * back to an earlier unnamed official, "the statement" to whoever spoke last, and "the American
 * leader" to the person the reporting is about. An indefinite "a senior official" is always
 * someone new: never a named person.
 */
export class SpeakerFocus {
  /** The speaker a participle (", adding") or an unattributed quotation at this point refers to. */
  current: Speaker | null = null;
  /** The person a "he said" refers to. */
  personal: Speaker | null = null;
  /** The body an "it said" refers to. */
  body: Speaker | null = null;
  /** The last named person with a role that the reporting was about: whom "the American leader" stands for. */
  private leader: Speaker | null = null;
  private readonly described: Speaker[] = [];
  private readonly mentionPositions: Map<Person, number[]>;
  private readonly people: readonly Person[];
  /** Words that say where each person belongs besides their role: those just after their name ("Dario Montes of Veloria"). */
  private readonly belonging: ReadonlyMap<Person, readonly string[]>;

  constructor(people: readonly Person[], belonging: ReadonlyMap<Person, readonly string[]> = new Map()) {
    this.people = people;
    this.belonging = belonging;
    this.mentionPositions = new Map(
      people.map((person) => [person, person.mentions.map((mention) => position(mention.line, mention.start))]),
    );
  }

  /** Makes `speaker` the focus, when there is one. */
  set(speaker: Speaker | null): void {
    if (speaker === null) return;
    this.current = speaker;
    if (speaker.kind === 'person') this.setPersonal(speaker);
    else if (speaker.kind === 'body') this.body = speaker;
  }

  /** Makes `speaker` the person a "he" refers to, without making them the speaker of what follows. */
  setPersonal(speaker: Speaker): void {
    this.personal = speaker;
    if (speaker.person?.role) this.leader = speaker;
  }

  /** Remembers a description that a later definite one ("the junta") can refer back to. */
  describe(speaker: Speaker): void {
    if (speaker.head !== null && !this.described.includes(speaker)) this.described.push(speaker);
  }

  /** The speaker a subject stands for at `at`, or null when it cannot be told. */
  resolve(subject: Subject, at: number): Speaker | null {
    switch (subject.kind) {
      case 'person':
        return personSpeaker(subject.person);
      case 'pronoun':
        return this.personal;
      case 'it':
        return this.body;
      case 'focus':
      case 'sentence':
        return this.current;
      case 'name':
        return nameSpeaker(subject.text);
      case 'unknown':
        return null;
      case 'role':
        return this.resolveRole(subject, at);
    }
  }

  private resolveRole(subject: Extract<Subject, { kind: 'role' }>, at: number): Speaker | null {
    const description = descriptionSpeaker(subject);
    // "The statement added": the words of whoever issued it; "a statement said": someone unnamed.
    if (DOCUMENT_NOUNS.has(subject.head)) return subject.definite ? (this.current ?? description) : null;
    if (subject.plural || !subject.definite) return this.remember(description);
    // "The former minister": not the holder the text names.
    if (subject.modifiers.some((word) => OTHER_PERSON.has(fold(word)))) return this.remember(description);
    // "The state's governor", "the country's president": a possessive common noun tells no holder apart.
    const modifiers = subject.modifiers
      .filter((word) => !/^\p{Ll}.*['’]s$/u.test(word))
      .map(fold)
      .filter((word) => !VAGUE.has(word));
    const holders = this.people.filter((person) => {
      const role = person.role === null ? [] : roleWords(person.role);
      return role.includes(subject.head) && modifiers.every((word) => role.includes(word));
    });
    const holder = this.latestBefore(holders, at);
    if (holder) return personSpeaker(holder);
    // "The official" refers back to an earlier official; "the Ruritanian leader" not to "the Veloran leader".
    const capitals = subject.modifiers.filter((word) => /^\p{Lu}/u.test(word) && !VAGUE.has(fold(word))).map(fold);
    const earlier = this.described.findLast(
      (speaker) =>
        speaker.head === subject.head && capitals.every((word) => fold(speaker.name).split(/\s+/u).includes(word)),
    );
    if (earlier) return earlier;
    // "The American leader", "the White House chief": the person reported on, when nothing else fits.
    const generic =
      GENERIC_NOUNS.has(subject.head) &&
      subject.modifiers.every((word) => !/^\p{Ll}/u.test(word) || VAGUE.has(fold(word)));
    if (generic && this.leader && this.fits(this.leader, subject.modifiers)) return this.leader;
    const after = this.firstAfter(holders, at);
    return after ? personSpeaker(after) : this.remember(description);
  }

  /**
   * Whether the capitalised words of a description fit a speaker: "the North Korean leader" fits
   * a person whose role or the words after whose name say North Korea ("North Korean leader Kim
   * Jong Un", "Kim Jong Un of North Korea"), and not the Russian president the reporting was
   * last about. Words fit by a nationality and its country ("Ruritanian", "of Ruritania"), or, for
   * a nationality the demonym table does not know, by a country that differs only in its ending
   * ("Veloran", "of Veloria"). A description with no nationality in it ("the Palace chief") fits
   * anyone, as before.
   */
  private fits(speaker: Speaker, modifiers: readonly string[]): boolean {
    const capitals = modifiers.filter((word) => /^\p{Lu}/u.test(word) && !VAGUE.has(fold(word)));
    // Only a nationality must fit: "the Palace chief", "the White House chief" name the leader's office.
    if (capitals.length === 0 || !isNationality(capitals.join(' '))) return true;
    const person = speaker.person;
    if (person === null) return false;
    const evidence = [
      ...(person.role === null ? [] : person.role.split(/[\s-]+/u)),
      ...(this.belonging.get(person) ?? []),
    ].filter(Boolean);
    const nationality = capitals.join(' ');
    const phrase = fold(nationality);
    for (let start = 0; start < evidence.length; start++)
      for (let end = start + 1; end <= Math.min(evidence.length, start + 3); end++) {
        const words = evidence.slice(start, end).join(' ');
        if (fold(words) === phrase || fold(demonymOf(words)) === phrase) return true;
      }
    // A known nationality fits only its own country: "Austrian" never fits "of Australia", nor "Indian" "of Indiana".
    if (isKnownNationality(nationality)) return false;
    return capitals.every((word) => evidence.some((other) => sameStem(fold(word), fold(other))));
  }

  private remember(description: Speaker): Speaker {
    this.described.push(description);
    return description;
  }

  /** The person of `people` named last before `at`. */
  private latestBefore(people: readonly Person[], at: number): Person | undefined {
    let best: Person | undefined;
    let bestAt = -1;
    for (const person of people)
      for (const mentioned of this.mentionPositions.get(person) ?? [])
        if (mentioned < at && mentioned > bestAt) [best, bestAt] = [person, mentioned];
    return best;
  }

  /**
   * The person of `people` named first at or after `at`, within the next two lines: "the
   * secretary said" just before the text names him. A holder named further on may be someone else.
   */
  private firstAfter(people: readonly Person[], at: number): Person | undefined {
    let best: Person | undefined;
    let bestAt = position(Math.floor(at / position(1, 0)) + 3, 0);
    for (const person of people)
      for (const mentioned of this.mentionPositions.get(person) ?? [])
        if (mentioned >= at && mentioned < bestAt) [best, bestAt] = [person, mentioned];
    return best;
  }
}
