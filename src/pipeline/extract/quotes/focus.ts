import { VAGUE_ROLE_MODIFIERS } from '../../lexicon/titles.ts';
import { wordSet } from '../../lexicon/word-set.ts';
import type { Person } from '../people/types.ts';
import type { Subject } from './subjects.ts';

/** Whom a quotation is attributed to: a roster person, or a description ("South Korean official"). */
export interface Speaker {
  /** The person's fullest name, or the description as written. */
  name: string;
  person: Person | null;
  /** For a description, its role noun ("official"), so that "the official" can refer back to it. */
  head: string | null;
}

/** A position in the article: line and offset folded into one sortable number. */
export const position = (line: number, offset: number) => line * 1_000_000 + offset;

// Adjectives that do not tell two holders of a role apart.
const VAGUE = wordSet(VAGUE_ROLE_MODIFIERS);
const fold = (text: string) => text.toLowerCase().replace(/\./gu, '').replace(/’/gu, "'");

/** Speaker record for a roster person. */
export const personSpeaker = (person: Person): Speaker => ({ name: person.name, person, head: null });

/**
 * Who the reporting is about at each point of an article: the latest named speaker or
 * subject. Resolves "he" to that focus, "the secretary" to the person whose role says so and
 * who was named most recently, and "the official" back to an earlier unnamed official.
 */
export class SpeakerFocus {
  /** The speaker a "he said" at this point refers to. */
  current: Speaker | null = null;
  private readonly described: Speaker[] = [];
  private readonly mentionPositions: Map<Person, number[]>;
  private readonly people: readonly Person[];

  constructor(people: readonly Person[]) {
    this.people = people;
    this.mentionPositions = new Map(
      people.map((person) => [person, person.mentions.map((mention) => position(mention.line, mention.start))]),
    );
  }

  /** Makes `speaker` the focus, when there is one. */
  set(speaker: Speaker | null): void {
    if (speaker !== null) this.current = speaker;
  }

  /** The speaker a subject stands for at `at`, or null when it cannot be told. */
  resolve(subject: Subject, at: number): Speaker | null {
    switch (subject.kind) {
      case 'person':
        return personSpeaker(subject.person);
      case 'pronoun':
      case 'focus':
        return this.current;
      case 'name':
        return { name: subject.text, person: null, head: null };
      case 'unknown':
        return null;
      case 'role':
        return this.resolveRole(subject, at);
    }
  }

  private resolveRole(subject: Extract<Subject, { kind: 'role' }>, at: number): Speaker {
    if (!subject.plural) {
      const modifiers = subject.modifiers.map(fold).filter((word) => !VAGUE.has(word));
      const holders = this.people.filter((person) => {
        const role = person.role === null ? [] : fold(person.role).split(/[\s-]+/u);
        return role.includes(subject.head) && modifiers.every((word) => role.includes(word));
      });
      const holder = this.latestBefore(holders, at);
      if (holder) return personSpeaker(holder);
      if (subject.definite) {
        const earlier = this.described.findLast((speaker) => speaker.head === subject.head);
        if (earlier) return earlier;
      }
    }
    const description: Speaker = { name: subject.text, person: null, head: subject.head };
    this.described.push(description);
    return description;
  }

  /** The person named last before `at`, or else the first named after it. */
  private latestBefore(people: readonly Person[], at: number): Person | undefined {
    let best: Person | undefined;
    let bestAt = -1;
    let firstAfter: Person | undefined;
    let firstAfterAt = Infinity;
    for (const person of people) {
      for (const mentioned of this.mentionPositions.get(person) ?? []) {
        if (mentioned < at && mentioned > bestAt) [best, bestAt] = [person, mentioned];
        if (mentioned >= at && mentioned < firstAfterAt) [firstAfter, firstAfterAt] = [person, mentioned];
      }
    }
    return best ?? firstAfter;
  }
}
