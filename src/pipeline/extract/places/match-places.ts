/**
 * Finds place names in one block of text: the longest gazetteer name at each word, a region
 * word after a province or city ("Kursk region"), a direction before a place ("eastern
 * Russia"), and the context that says whether a matched word is a person after all.
 */
import { LOCATIVE_PREPOSITIONS } from '../../lexicon/grammar-words.ts';
import { wordSet } from '../../lexicon/word-set.ts';
import type { TextBlock } from '../blocks.ts';
import { REGION_MODIFIERS, regionBasesStartingWith, regionLabel } from './admin-regions.ts';
import { countryPart, type Direction } from './country-shapes.ts';
import {
  GENERIC_WORDS,
  namesStartingWith,
  placeCoordinates,
  type Evidence,
  type PlaceKind,
  type PlaceName,
} from './gazetteer.ts';
import { FUNCTION_WORDS, TITLES, isNameLike, type ArticleContext } from './person-context.ts';
import { isAllCaps, isCapitalized, isTitleCase, joinerAfter, type Word } from './part-joins.ts';

/** A place name found in the text, with what its context says about it. */
export interface PlaceCandidate {
  line: number;
  start: number;
  end: number;
  text: string;
  name: string;
  kind: PlaceKind;
  lat: number | null;
  lon: number | null;
  /** What the gazetteer says this name needs before it counts as a place. */
  evidence: Evidence;
  /** The text says it is a place: "in Kursk", "Austin, Texas", "Kursk region", "eastern Russia". */
  placeContext: boolean;
  /** Follows "in", "near", "outside", or is followed by ", Texas": stronger than a person of the same name. */
  surelyPlace: boolean;
  /** A title or a given name stands right before it ("President Vladimir", "Lloyd Austin"). */
  personBefore: 'title' | 'name' | null;
  /** A capitalized word follows it, making it part of a longer name ("Washington Post"). */
  capitalAfter: boolean;
  /** The folded word, for one-word names: checked against the people of the article. */
  word: string | null;
}

/** Prepositions after which a capitalized name is a place. */
const LOCATIVES = wordSet(LOCATIVE_PREPOSITIONS);
/** Of those, the ones no person follows ("in Austin", never "in Lloyd Austin"'s sense). */
const PLACE_ONLY_LOCATIVES: ReadonlySet<string> = new Set(['in', 'near', 'outside', 'inside', 'across', 'throughout']);
/** Direction adjectives, and the canonical word of their region name. */
const DIRECTIONS: Readonly<Record<string, readonly [Direction, string]>> = {
  eastern: ['east', 'Eastern'],
  western: ['west', 'Western'],
  northern: ['north', 'Northern'],
  southern: ['south', 'Southern'],
  central: ['central', 'Central'],
  northeastern: ['northeast', 'Northeastern'],
  northwestern: ['northwest', 'Northwestern'],
  southeastern: ['southeast', 'Southeastern'],
  southwestern: ['southwest', 'Southwestern'],
  // Plain compass words only in lower case ("east Ukraine"): capitalized, they begin names ("East Timor").
  east: ['east', 'Eastern'],
  west: ['west', 'Western'],
  north: ['north', 'Northern'],
  south: ['south', 'Southern'],
  northeast: ['northeast', 'Northeastern'],
  northwest: ['northwest', 'Northwestern'],
  southeast: ['southeast', 'Southeastern'],
  southwest: ['southwest', 'Southwestern'],
};
const COMPASS = new Set(['east', 'west', 'north', 'south', 'northeast', 'northwest', 'southeast', 'southwest']);

interface Span {
  first: number;
  last: number;
  end: number;
  name: string;
  kind: PlaceKind;
  lat: number | null;
  lon: number | null;
  evidence: Evidence;
  region: boolean;
  place: PlaceName | null;
}

/** Mostly words in capitals ("RUSSIA SENDS TROOPS"), where "US" may be the pronoun. */
function isShouting(words: readonly Word[]): boolean {
  const long = words.filter((word) => word.text.length >= 3);
  return long.length >= 3 && long.filter(isAllCaps).length >= 0.8 * long.length;
}

/** Joiners are compatible when equal, or when both are a space or a hyphen ("Indo Pacific"). */
const joinersFit = (want: string, got: string | null) =>
  got !== null && (want === got || (want !== '.' && want !== "'" && (got === ' ' || got === '-')));

/** The longest gazetteer name that starts at word `at`, or null. */
function nameAt(text: string, words: readonly Word[], at: number, shouting: boolean): Span | null {
  const first = words[at];
  if (first === undefined) return null;
  for (const name of namesStartingWith(first.fold)) {
    if (name.abbreviation && shouting) continue;
    const fits = name.words.every((fold, offset) => {
      const word = words[at + offset];
      if (word?.fold !== fold) return false;
      if (offset > 0 && !joinersFit(name.joiners[offset - 1]!, joinerAfter(text, words, at + offset - 1))) return false;
      if (name.abbreviation) return word.text === word.text.toUpperCase();
      return GENERIC_WORDS.has(fold) || isCapitalized(word);
    });
    if (!fits) continue;
    const last = at + name.words.length - 1;
    const lastWord = words[last]!;
    const end = name.trailingDot && text[lastWord.end] === '.' ? lastWord.end + 1 : lastWord.end;
    const point = placeCoordinates(name.place);
    return {
      first: at,
      last,
      end,
      name: name.place.name,
      kind: name.place.kind,
      lat: point?.[0] ?? null,
      lon: point?.[1] ?? null,
      evidence: name.evidence,
      region: false,
      place: name,
    };
  }
  return null;
}

/** A province or city followed by a region word ("Kursk region", "Kursk border region"), or null. */
function regionAt(text: string, words: readonly Word[], at: number): Span | null {
  const first = words[at];
  if (first === undefined || !isCapitalized(first) || FUNCTION_WORDS.has(first.fold)) return null;
  for (const base of regionBasesStartingWith(first.fold)) {
    const fits = base.words.every((fold, offset) => {
      const word = words[at + offset];
      if (word?.fold !== fold || !isCapitalized(word)) return false;
      return offset === 0 || joinersFit(' ', joinerAfter(text, words, at + offset - 1));
    });
    if (!fits) continue;
    let next = at + base.words.length;
    if (REGION_MODIFIERS.has(words[next]?.fold ?? '') && joinerAfter(text, words, next - 1) === ' ') next++;
    const noun = words[next];
    const label =
      noun === undefined || joinerAfter(text, words, next - 1) !== ' ' ? null : regionLabel(noun.fold, base.iso2);
    if (noun === undefined || label === null) continue;
    return {
      first: at,
      last: next,
      end: noun.end,
      name: `${base.name} ${label}`,
      kind: 'region',
      lat: base.lat,
      lon: base.lon,
      evidence: 'none',
      region: true,
      place: null,
    };
  }
  return null;
}

/** Extends a span to a direction word before it ("eastern Russia"), moving its point there. */
function withDirection(text: string, words: readonly Word[], span: Span, taken: ReadonlySet<number>): Span {
  const before = words[span.first - 1];
  if (
    before === undefined ||
    taken.has(span.first - 1) ||
    joinerAfter(text, words, span.first - 1) !== ' ' ||
    span.kind === 'landmark'
  )
    return span;
  const direction = DIRECTIONS[before.fold];
  if (direction === undefined || (COMPASS.has(before.fold) && isCapitalized(before))) return span;
  const [where, adjective] = direction;
  const place = span.place?.place;
  const point = span.kind === 'country' && place !== undefined ? countryPart(place.numeric, place.name, where) : null;
  return {
    ...span,
    first: span.first - 1,
    name: `${adjective} ${span.name}`,
    lat: point?.[0] ?? span.lat,
    lon: point?.[1] ?? span.lon,
    region: true,
  };
}

/** Finds every candidate place name in one block, whose word pieces (`wordParts` of its tokens) are `allWords`. */
export function placeCandidates(
  block: TextBlock,
  context: ArticleContext,
  allWords: readonly Word[],
): PlaceCandidate[] {
  const { text } = block;
  // Reporting starts after an interview turn's "Speaker: " label.
  const words = block.start === 0 ? allWords : allWords.filter((word) => word.start >= block.start);
  const titleCase = block.role !== 'paragraph' && block.role !== 'turn' && isTitleCase(words);
  const shouting = isShouting(words);
  const taken = new Set<number>();
  const spans: Span[] = [];
  /** Words inside a one-word city or state match: they may still be half of a person's name ("George Washington"). */
  const looseCities = new Set<number>();
  for (let at = 0; at < words.length; at++) {
    const region = regionAt(text, words, at);
    const name = nameAt(text, words, at, shouting);
    const found = region !== null && (name === null || region.last > name.last) ? region : name;
    if (found === null) continue;
    const span = withDirection(text, words, found, taken);
    spans.push(span);
    for (let index = span.first; index <= span.last; index++) taken.add(index);
    if (span.first === span.last && span.evidence !== 'none' && (span.kind === 'city' || span.kind === 'state'))
      looseCities.add(span.first);
    at = span.last;
  }
  // "Atlanta, Georgia": after a city, a name that is also a state of the city's country is that state.
  for (const [order, span] of spans.entries()) {
    const city = spans[order - 1];
    const state = span.place?.others.find((other) => other.kind === 'state' && other.iso2 === city?.place?.place.iso2);
    if (city?.kind !== 'city' || state === undefined || !/^, ?$/u.test(text.slice(city.end, words[span.first]!.start)))
      continue;
    spans[order] = { ...span, name: state.name, kind: state.kind, lat: state.lat, lon: state.lon, evidence: 'none' };
  }
  return spans.map((span, order): PlaceCandidate => {
    const before = words[span.first - 1];
    const after = words[span.last + 1];
    const joinedBefore = before === undefined ? null : joinerAfter(text, words, span.first - 1);
    const locativeWord =
      before !== undefined &&
      joinedBefore === ' ' &&
      LOCATIVES.has(before.fold) &&
      words[span.first - 2]?.fold !== 'according'
        ? before.fold
        : null;
    const nextSpan = spans[order + 1];
    const commaPlace =
      nextSpan !== undefined &&
      /^, ?$/u.test(text.slice(span.end, words[nextSpan.first]!.start)) &&
      nextSpan.kind !== 'city' &&
      nextSpan.kind !== 'landmark';
    const initial = before?.text.length === 1 && joinedBefore === '.';
    let personBefore: PlaceCandidate['personBefore'] = null;
    if (
      before !== undefined &&
      (!taken.has(span.first - 1) || looseCities.has(span.first - 1)) &&
      (joinedBefore === ' ' || (joinedBefore === '.' && (initial || TITLES.has(before.fold))))
    ) {
      if (isCapitalized(before) && TITLES.has(before.fold)) personBefore = 'title';
      else if (!titleCase && isNameLike(before, context)) personBefore = 'name';
    }
    const capitalAfter =
      !titleCase &&
      after !== undefined &&
      (!taken.has(span.last + 1) || looseCities.has(span.last + 1)) &&
      joinerAfter(text, words, span.last) === ' ' &&
      span.end === words[span.last]!.end &&
      isCapitalized(after) &&
      !isAllCaps(after) &&
      !FUNCTION_WORDS.has(after.fold) &&
      !TITLES.has(after.fold);
    return {
      line: block.line,
      start: words[span.first]!.start,
      end: span.end,
      text: text.slice(words[span.first]!.start, span.end),
      name: span.name,
      kind: span.kind,
      lat: span.lat,
      lon: span.lon,
      evidence: span.evidence,
      placeContext: span.region || locativeWord !== null || commaPlace,
      surelyPlace: (locativeWord !== null && PLACE_ONLY_LOCATIVES.has(locativeWord)) || commaPlace,
      personBefore,
      capitalAfter,
      word: span.first === span.last ? words[span.first]!.fold : null,
    };
  });
}
