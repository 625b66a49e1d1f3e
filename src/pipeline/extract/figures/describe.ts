/** Unit and subject of one number in its sentence, with where the claim's text ends. */
import { HEDGE_VERBS } from '../../lexicon/hedges.ts';
import { wordSet } from '../../lexicon/word-set.ts';
import { readCountedNoun, type CountedNoun } from './counted-noun.ts';
import { SCALES } from './parse-number.ts';
import type { NumberMention } from './find-numbers.ts';
import { AUXILIARIES, MILITARY_NOUNS, PERSON_NOUNS, PHRASE_STOPS, PREPOSITIONS, isPluralWord } from './lexicon.ts';
import { agentNationality, joinSubject, nounPhrase, tailAfter, type Mention } from './subject.ts';
import { isCapitalized, isMark, tokenAt } from '../../parse/language/read-tokens.ts';
import type { Sentence, Token } from '../../parse/language/types.ts';
import { LENGTH_UNITS, pluralize, unitKind } from './units.ts';

/** What earlier text says that a figure may refer back to. */
export interface FigureContext {
  /**
   * The latest figure's counted phrase and unit, for "of them" and "the number"; `recent` when
   * it is in this sentence or the one before, and `sameSentence`, so that a bare "3,000" may
   * count the same thing.
   */
  previous: {
    base: string;
    unit: string | null;
    subject: string | null;
    recent: boolean;
    sameSentence: boolean;
  } | null;
  /** "<Nationality> <people>" mentions of the last few sentences, oldest first. */
  mentions: readonly Pick<Mention, 'modifier' | 'phrase'>[];
}

/** A figure's unit and subject, the phrase later figures can refer back to, and its text's end. */
export interface Description {
  unit: string | null;
  subject: string | null;
  /** The counted phrase without place ("North Korean troops"), for "of them" later. */
  base: string | null;
  /** Offset in the line where the claim's text ends. */
  end: number;
}

// "estimated to number", "likely to number": a hedge before a number that refers back.
const REPORTED_NUMBER = wordSet(HEDGE_VERBS, ['likely']);
const RANGE_WORDS = new Set(['and', 'to', 'or', '-', '–', '—']);
const SCALE_WORDS = wordSet(Object.keys(SCALES));
const NUMBER_ADJECTIVES = new Set(['total', 'overall', 'combined', 'official', 'final', 'estimated']);
const NAME_JOINERS = new Set(['to', 'of', 'and', 'for', 'the']);
const NUMBERING = new Set(['numbering', 'totaling', 'totalling', 'totaled', 'totalled', 'numbered']);

/** The latest mention before token `first` of this sentence, else of the last sentences. */
function latestMention(
  sentenceMentions: readonly Mention[],
  first: number,
  context: FigureContext,
): Pick<Mention, 'modifier' | 'phrase'> | null {
  const here = sentenceMentions.filter((mention) => mention.head < first);
  return here.at(-1) ?? context.mentions.at(-1) ?? null;
}

function fromNoun(
  tokens: readonly Token[],
  noun: CountedNoun,
  first: number,
  mentions: readonly Mention[],
  context: FigureContext,
): Omit<Description, 'end'> {
  let nationality: string | null = null;
  if (noun.people && !noun.modified) nationality = agentNationality(tokens, first);
  // A bare "3,000 forces" after "North Korean troops": the same side, for people in arms only.
  if (nationality === null && noun.people && !noun.modified && MILITARY_NOUNS.has(tokens[noun.head]!.lower))
    nationality = latestMention(mentions, first, context)?.modifier ?? null;
  const base = nounPhrase(tokens, noun, nationality);
  return { unit: noun.unit, base, subject: joinSubject(base, ownTail(tokens, first, nameEnd(tokens, noun.head))) };
}

/** "military spending of $740.5 billion": the noun phrase before "of" that the amount is given for. */
function nounBeforeOf(tokens: readonly Token[], first: number): string | null {
  if (tokens[first - 1]?.lower !== 'of') return null;
  let from = first - 1;
  // Two words at most: "military spending", not "proposes military spending".
  while (
    from > 0 &&
    tokens[from - 1]!.kind === 'word' &&
    !PHRASE_STOPS.has(tokens[from - 1]!.lower) &&
    first - from < 3
  )
    from--;
  return from < first - 1
    ? tokens
        .slice(from, first - 1)
        .map((token) => token.value)
        .join(' ')
    : null;
}

/**
 * Where a counted noun written as part of a capitalized name ends: "Meals Ready to Eat (MREs)"
 * is one name, whose words are not a tail saying where or what for.
 */
function nameEnd(tokens: readonly Token[], head: number): number {
  let end = head + 1;
  // "homes and businesses were without power": the tail comes after the second noun.
  const second = tokens[end + 1];
  if (
    (tokens[end]?.lower === 'and' || tokens[end]?.lower === 'or') &&
    second?.kind === 'word' &&
    !isCapitalized(second) &&
    isPluralWord(second.lower) &&
    !PHRASE_STOPS.has(second.lower)
  )
    return end + 2;
  if (!isCapitalized(tokens[head])) return end;
  while (
    isCapitalized(tokens[end]) ||
    (NAME_JOINERS.has(tokens[end]?.lower ?? '') && isCapitalized(tokens[end - 1]) && isCapitalized(tokens[end + 1]))
  )
    end++;
  // "(MREs)": the name's abbreviation.
  if (end > head + 1 && tokens[end]?.value === '(' && tokens[end + 2]?.value === ')') end += 3;
  return end;
}

/**
 * The tail that belongs to the figure whose text starts at token `first`: none when the figure is
 * the object of a preposition ("personnel from 12 states are spearheading ..." says what the
 * personnel do), unless it names a place ("from 12 states in the region").
 */
function ownTail(tokens: readonly Token[], first: number, index: number): string {
  const tail = tailAfter(tokens, index);
  if (!PREPOSITIONS.has(tokens[first - 1]?.lower ?? '') || tokens[first - 1]?.lower === 'to') return tail;
  return /^(?:in|at|across|near|to|into|toward|towards) (?:[\p{Ll}-]+ ){0,2}\p{Lu}/u.test(tail) ? tail : '';
}

/**
 * A figure with no noun after it refers back: "these troops, estimated to number up to 12,000",
 * "the number (of troops) sent to Russia has risen to 11,000".
 */
function fromContext(
  tokens: readonly Token[],
  first: number,
  mentions: readonly Mention[],
  context: FigureContext,
): Omit<Description, 'end'> {
  const none = { unit: null, base: null, subject: null };
  let noun = -1;
  if (NUMBERING.has(tokens[first - 1]?.lower ?? '')) noun = first - 2;
  else if (
    tokens[first - 1]?.lower === 'number' &&
    tokens[first - 2]?.lower === 'to' &&
    REPORTED_NUMBER.has(tokens[first - 3]?.lower ?? '')
  )
    noun = first - 4;
  if (noun >= 0) {
    if (tokens[noun]?.value === ',') noun--;
    const word = tokens[noun];
    if (word?.kind !== 'word') return none;
    const unit = pluralize(word.lower);
    if (!PERSON_NOUNS.has(word.lower)) return { unit, base: word.lower, subject: word.lower };
    const mention = latestMention(mentions, noun + 1, context);
    return {
      unit,
      base: mention ? `${mention.modifier} ${word.lower}` : word.lower,
      subject: mention?.phrase ?? word.lower,
    };
  }
  // "the number ... has risen to 11,000", within the same clause.
  for (let index = first - 1; index > 0 && !isMark(tokens[index]); index--) {
    if (tokens[index]!.lower !== 'number') continue;
    // "the number", "the total number".
    const article = NUMBER_ADJECTIVES.has(tokens[index - 1]?.lower ?? '') ? index - 2 : index - 1;
    if (tokens[article]?.lower !== 'the') continue;
    const counted = tokens[index + 1]?.lower === 'of' ? readCountedNoun(tokens, index + 2) : null;
    if (counted?.kind === 'noun') return fromNoun(tokens, counted, article, mentions, context);
    if (context.previous === null) return none;
    const { base, unit } = context.previous;
    return { unit, base, subject: joinSubject(base, tailAfter(tokens, index + 1)) };
  }
  return none;
}

/**
 * Reads what the number `mention` of `sentence` counts. `first` is the token where the claim's
 * text starts (its qualifier), `qualifierEnd` where a qualifier after it ends ("or more");
 * `mentions` are the sentence's nationality mentions.
 */
export function describeFigure(
  sentence: Sentence,
  mention: NumberMention,
  first: number,
  qualifierEnd: number,
  mentions: readonly Mention[],
  context: FigureContext,
): Description {
  const { tokens } = sentence;
  // The counted noun comes after the unit and after a trailing qualifier ("1,500 or more volunteers").
  const next = tokenAt(tokens, Math.max(mention.unitEnd, qualifierEnd));
  if (mention.unit !== null) {
    const tail = tailAfter(tokens, next);
    if (LENGTH_UNITS.has(mention.unit)) {
      const who = mentions.filter((item) => item.head < first).at(-1);
      const base = who ? `distance of ${who.modifier} ${tokens[who.head]!.lower}` : 'distance';
      return { unit: mention.unit, base: null, subject: joinSubject(base, tail), end: mention.unitEnd };
    }
    // "a 90-day moratorium on foreclosures", "nine years in prison": what lasts that long.
    if (unitKind(mention.unit) === 'duration')
      return { unit: mention.unit, base: null, subject: tail === '' ? null : tail, end: mention.unitEnd };
    // "a 25-year-old pilot": the person whose age it is.
    if (mention.unit === 'years old') {
      const counted = readCountedNoun(tokens, next, true);
      return {
        unit: mention.unit,
        base: null,
        subject: counted?.kind === 'noun' ? nounPhrase(tokens, counted, null) : null,
        end: mention.unitEnd,
      };
    }
    // "$2.5 billion in military aid", "10% of the budget": what the amount is of; else the noun
    // it measures ("a $4.89 trillion package") or the noun it is given for ("military spending of
    // $740.5 billion").
    const of = /^(?:worth of|of|in|for)\s+/u.exec(tail);
    const named = of ? null : readCountedNoun(tokens, next, true);
    const subject = of
      ? tail.slice(of[0].length) || null
      : named?.kind === 'noun' && !isCapitalized(tokens[named.head])
        ? nounPhrase(tokens, named, null)
        : nounBeforeOf(tokens, first);
    return { unit: mention.unit, base: null, subject, end: mention.unitEnd };
  }
  if (mention.compound !== null) {
    const counted = readCountedNoun(tokens, next, true);
    const end = counted?.kind === 'noun' ? tokens[counted.head]!.end : mention.unitEnd;
    // "a 10,000-strong force" counts the force's members; "a five-member team" counts members.
    if (counted?.kind === 'noun' && mention.compound === 'strong')
      return { ...fromNoun(tokens, counted, first, mentions, context), end };
    const unit = mention.compound === 'strong' ? null : pluralize(mention.compound);
    const subject = counted?.kind === 'noun' ? nounPhrase(tokens, counted, null) : null;
    return { unit, base: null, subject, end };
  }
  const counted = readCountedNoun(tokens, next, mention.value === 1);
  // "between 10,000 and 12,000 troops": the low end counts the noun after the high end.
  if (counted === null && RANGE_WORDS.has(tokens[next]?.lower ?? '') && tokens[next + 1]?.kind === 'number') {
    const scale = SCALE_WORDS.has(tokens[next + 2]?.lower ?? '') ? 1 : 0;
    const shared = readCountedNoun(tokens, next + 2 + scale);
    if (shared?.kind === 'noun') return { ...fromNoun(tokens, shared, first, mentions, context), end: mention.end };
  }
  // The claim's text runs to the noun ("10,000 soldiers"), but not across "of its 500" to it.
  if (counted?.kind === 'noun')
    return {
      ...fromNoun(tokens, counted, first, mentions, context),
      end: counted.partitive ? mention.end : tokens[counted.head]!.end,
    };
  // "Three more were wounded": more of what was counted before.
  const more =
    counted === null && tokens[next]?.lower === 'more' && context.previous !== null
      ? { kind: 'back' as const, next: next + 1 }
      : null;
  if (counted?.kind === 'back' || more !== null) {
    const reference = counted?.kind === 'back' ? counted : more!;
    const previous = context.previous;
    const tail = tailAfter(tokens, reference.next);
    return {
      unit: previous?.unit ?? null,
      base: previous?.base ?? null,
      subject: joinSubject(previous?.base ?? null, tail),
      end: mention.end,
    };
  }
  const resolved = fromContext(tokens, first, mentions, context);
  // A bare number right after another figure counts the same thing: "the first of an expected
  // 12,000", "A second group of 3,000 was expected"; not "At 70, he ...".
  const previous = context.previous;
  const sameThing =
    previous !== null && (previous.sameSentence || (previous.recent && AUXILIARIES.has(tokens[next]?.lower ?? '')));
  if (resolved.base === null && resolved.unit === null && sameThing) {
    const { base, unit } = previous;
    const tail = tailAfter(tokens, next);
    // In one sentence, a number that says nothing of its own counts what the figure before it
    // counts, in that figure's words: "1.6 million customers without power, from a peak of 4.6 million".
    const subject = tail === '' && previous.sameSentence ? previous.subject : joinSubject(base, tail);
    return { unit, base, subject, end: mention.end };
  }
  return { ...resolved, end: mention.end };
}
