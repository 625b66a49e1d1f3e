/**
 * Finds where one block of text names a place: the longest gazetteer name at each word, a
 * region word after it ("Kursk region", "Kerr and Kendall counties"), a facility named after it
 * ("Erbil International Airport"), a direction before it ("eastern Russia"), and everything
 * around it that says whether it is a place, a person or part of an organisation's name.
 * Which place a name stands for is decided later, with the article's or the story's other places.
 */
import { LOCATIVE_PREPOSITIONS } from '../../lexicon/grammar-words.ts';
import { ORGANISATION_WORDS } from '../../lexicon/organisation-words.ts';
import {
  FACILITY_MODIFIERS,
  FACILITY_NOUNS,
  NAME_ARTICLES,
  ORGANISATION_BEFORE_OF,
  ORGANISATION_ENDINGS,
  REGION_MODIFIERS,
  REGION_NOUNS,
} from '../../lexicon/place-words.ts';
import { wordSet } from '../../lexicon/word-set.ts';
import type { TextBlock } from '../blocks.ts';
import type { Direction } from './country-shapes.ts';
import { beginsPlaceName, isPlaceName, placesNamed, regionsAbbreviated, type Candidate } from './gazetteer.ts';
import { MAX_NAME_WORDS } from './geonames.ts';
import { partKey } from './name-key.ts';
import { isAllCaps, isCapitalized, isTitleCase, joinerAfter, type Word } from './part-joins.ts';
import { FUNCTION_WORDS, TITLES, isNameLike, type ArticleContext } from './person-context.ts';

/** One place name in the text, with every place it may stand for and what its context says. */
export interface PlaceMention {
  line: number;
  start: number;
  end: number;
  /** `lines[line].slice(start, end)`. */
  text: string;
  candidates: readonly Candidate[];
  /** A name, a region named with its region word ("Kursk region"), or a facility ("Erbil Airport"). */
  form: 'name' | 'region' | 'facility';
  /** The text of the name itself, without direction, region word or facility ("Kursk"). */
  baseText: string;
  /** For regions: the region word as written, folded ("region", "counties"). */
  regionNoun: string | null;
  /** A direction before the name ("eastern" Russia), with the word its region name begins with. */
  direction: readonly [Direction, string] | null;
  /** After "in", "near", "from"...: the text uses it as a place. */
  locative: boolean;
  /** After "in", "near", "outside"...: no person stands there ("in Austin"). */
  surelyPlace: boolean;
  /** Opens a dateline ("KERRVILLE, Texas -", "CAIRO (Reuters) -"). */
  dateline: boolean;
  /** One of a list of places ("Paiporta, Xirivella, Torrent or Picanya"). */
  inList: boolean;
  /** The place after a comma or before a possessive that may contain this one ("Austin, Texas", "Iraq's Erbil"). */
  qualifier: PlaceMention | null;
  /** A title or a given name stands right before it ("President Vladimir", "Lloyd Austin"). */
  personBefore: 'title' | 'name' | null;
  /** A capitalized word follows it, making it part of a longer name ("Jordan Pettitt"). */
  capitalAfter: boolean;
  /** It is part of an organisation's name ("Georgia Power", "Bank of America", "Washington Post"). */
  organisation: boolean;
  /** The folded word, for one-word names: checked against the people of the article. */
  word: string | null;
  /** The article writes this word in lower case elsewhere ("comfort"): weaker as a name. */
  lowercaseWord: boolean;
  /** Not in the gazetteer: read later as a misspelling of a place the context names ("Virgina"). */
  unknown: boolean;
  /** In a title-case headline, where capitals say nothing about names. */
  titleCase: boolean;
}

const LOCATIVES = wordSet(LOCATIVE_PREPOSITIONS);
/** Of those, the ones no person follows ("in Austin", never "in Lloyd Austin"'s sense). */
const PLACE_ONLY_LOCATIVES: ReadonlySet<string> = new Set(['in', 'near', 'outside', 'inside', 'across', 'throughout']);
const REGION_WORDS: ReadonlyMap<string, string> = new Map(REGION_NOUNS);
const MODIFIERS = wordSet(REGION_MODIFIERS);
const FACILITIES = wordSet(FACILITY_NOUNS);
const ARTICLES = wordSet(NAME_ARTICLES);
const FACILITY_WORDS = wordSet(FACILITY_MODIFIERS);
const ORGANISATION_AFTER = new Set([...ORGANISATION_WORDS, ...ORGANISATION_ENDINGS]);
const ORGANISATION_OF = wordSet(ORGANISATION_BEFORE_OF);
/** Lower-case words that may stand inside a name ("Rio Grande do Sul", "Korean peninsula", "Sea of Azov"). */
const NAME_WORDS: ReadonlySet<string> = new Set([
  'region',
  'peninsula',
  'sea',
  'ocean',
  'strait',
  'gulf',
  'bay',
  'island',
  'islands',
  'river',
  'mountains',
  'valley',
  'desert',
  'basin',
  'heights',
  'strip',
  'theater',
  'theatre',
  'states',
  'square',
  'street',
  'hill',
  'house',
  'palace',
  'zone',
  'rainforest',
  'east',
  'west',
  'north',
  'south',
  'eastern',
  'western',
  'northern',
  'southern',
  'central',
]);
/** Direction adjectives before a place, and the canonical word of their region name. */
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
/** What separates the places of a list: "A, B and C", "A or B". */
const LIST_GAP = /^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/u;
const COMMA_GAP = /^,\s*$/u;
/** Words that join the items of a list. */
const CONNECTORS: ReadonlySet<string> = new Set(['and', 'or']);
const POSSESSIVE_GAP = /^['\u2019]s\s+$/u;

interface Span {
  first: number;
  last: number;
  end: number;
  candidates: readonly Candidate[];
  form: PlaceMention['form'];
  regionNoun: string | null;
  /** Word index where the name itself ends (before a region word or facility). */
  nameLast: number;
  direction: readonly [Direction, string] | null;
  unknown: boolean;
}

/** Mostly words in capitals ("RUSSIA SENDS TROOPS"), where "US" may be the pronoun. */
function isShouting(words: readonly Word[]): boolean {
  const long = words.filter((word) => word.text.length >= 3);
  return long.length >= 3 && long.filter(isAllCaps).length >= 0.8 * long.length;
}

/** The longest gazetteer name that starts at word `at`: its last word and candidates, or null. */
function longestName(text: string, words: readonly Word[], keys: readonly string[], at: number, shouting: boolean) {
  const first = words[at]!;
  // A lower-case compass word may begin a name of two words or more ("east Africa" is East Africa).
  const capital = isCapitalized(first);
  const compass = !capital && COMPASS.has(first.fold);
  if (!capital && !compass) return null;
  const article = ARTICLES.has(keys[at]!);
  let key = '';
  let found: { last: number; candidates: readonly Candidate[] } | null = null;
  for (let index = at; index < words.length && index - at < MAX_NAME_WORDS; index++) {
    const word = words[index]!;
    if (index > at) {
      if (joinerAfter(text, words, index - 1) === null) break;
      if (!isCapitalized(word) && word.text.length > 3 && !NAME_WORDS.has(word.fold)) break;
    }
    key = index === at ? keys[at]! : `${key} ${keys[index]!}`;
    if (!isPlaceName(key)) {
      // "Al-Salif" is found as "Salif" where the data writes "As Salif".
      if (article && index > at) {
        const bare = key.slice(key.indexOf(' ') + 1);
        if (isPlaceName(bare)) found = { last: index, candidates: placesNamed(bare) };
        continue;
      }
      if (!beginsPlaceName(key)) break;
      continue;
    }
    // A lone function word ("March", "May", "Of") is no place.
    if (index === at && FUNCTION_WORDS.has(word.fold)) {
      if (!beginsPlaceName(key)) break;
      continue;
    }
    let candidates = placesNamed(key);
    if (candidates.some((candidate) => candidate.abbreviation)) {
      let capitals = !shouting;
      for (let part = at; capitals && part <= index; part++)
        capitals = words[part]!.text === words[part]!.text.toUpperCase();
      if (!capitals) candidates = candidates.filter((candidate) => !candidate.abbreviation);
    }
    const worthy =
      candidates.length > 0 &&
      !(
        compass &&
        (index === at || candidates.some((candidate) => candidate.kind !== 'country' && candidate.kind !== 'region'))
      );
    if (worthy) found = { last: index, candidates };
    if (!beginsPlaceName(key)) break;
  }
  // "Gaza City", "Kuwait City": a city written with "City" after its name.
  const city = found === null ? undefined : words[found.last + 1];
  if (found !== null && city?.fold === 'city' && isCapitalized(city) && joinerAfter(text, words, found.last) === ' ') {
    const cities = found.candidates.filter((candidate) => candidate.kind === 'city' && !candidate.base);
    if (cities.length > 0) found = { last: found.last + 1, candidates: cities };
  }
  return found;
}

/** Extends a name to a region word after it ("Kursk region", "the Kursk border region"), or returns null. */
function regionAfter(text: string, words: readonly Word[], found: { last: number; candidates: readonly Candidate[] }) {
  let next = found.last + 1;
  if (MODIFIERS.has(words[next]?.fold ?? '') && joinerAfter(text, words, next - 1) === ' ') next++;
  const noun = words[next];
  if (noun === undefined || joinerAfter(text, words, next - 1) !== ' ' || !REGION_WORDS.has(noun.fold)) return null;
  const regions = found.candidates.filter((candidate) => candidate.kind === 'state' || candidate.kind === 'county');
  // A region named after its city, which the gazetteer lists as no region ("the Vladimir region").
  const cities = found.candidates.filter((candidate) => candidate.kind === 'city' && !candidate.base);
  const candidates = regions.length > 0 ? regions : cities;
  if (candidates.length === 0) return null;
  return { last: next, candidates, noun: noun.fold };
}

/** Extends a name to the facility named after it ("Erbil International Airport", "Jasper National Park"), or returns null. */
function facilityAfter(text: string, words: readonly Word[], last: number) {
  let next = last + 1;
  while (
    FACILITY_WORDS.has(words[next]?.fold ?? '') &&
    isCapitalized(words[next]!) &&
    joinerAfter(text, words, next - 1) === ' '
  )
    next++;
  const noun = words[next];
  if (noun === undefined || !isCapitalized(noun) || joinerAfter(text, words, next - 1) !== ' ') return null;
  return FACILITIES.has(noun.fold) ? next : null;
}

/** The word index of the dateline's end ("KERRVILLE, Texas -"), or -1 when the block opens with none. */
function datelineEnd(text: string, words: readonly Word[]): number {
  const match = /^[\p{Lu}][\p{Lu} .'-]+(?:,[^-–—:(]{1,40})?\s*(?:\([^)]{1,40}\)\s*)?(?:[-–—:])/u.exec(text);
  if (match === null || !/\p{Lu}{3}/u.test(match[0])) return -1;
  let index = -1;
  for (const [at, word] of words.entries()) if (word.end <= match[0].length) index = at;
  return index;
}

/** Finds every place mention in one block, whose word pieces (`wordParts` of its tokens) are `allWords`. */
export function findMentions(block: TextBlock, context: ArticleContext, allWords: readonly Word[]): PlaceMention[] {
  const { text } = block;
  // Reporting starts after an interview turn's "Speaker: " label.
  const words = block.start === 0 ? allWords : allWords.filter((word) => word.start >= block.start);
  const titleCase = block.role !== 'paragraph' && block.role !== 'turn' && isTitleCase(words);
  const shouting = isShouting(words);
  const keys = words.map((word) => partKey(word.fold));
  const taken = new Set<number>();
  const spans: Span[] = [];
  /** Words inside a one-word place that needs evidence: they may still be half of a person's name ("George Washington"). */
  const loose = new Set<number>();
  for (let at = 0; at < words.length; at++) {
    const found = longestName(text, words, keys, at, shouting);
    if (found === null) continue;
    // "Western North Carolina": a longer name starting at the next word wins over "Western North".
    if (DIRECTIONS[words[at]!.fold] !== undefined && found.last > at) {
      const next = longestName(text, words, keys, at + 1, shouting);
      if (next !== null && next.last > found.last) continue;
    }
    // "Zenda Jan district": a region word after the end of a longer capitalized name is that name's, not "Jan"'s.
    const previous = words[at - 1];
    const longer =
      previous !== undefined &&
      !taken.has(at - 1) &&
      isCapitalized(previous) &&
      !FUNCTION_WORDS.has(previous.fold) &&
      !TITLES.has(previous.fold) &&
      DIRECTIONS[previous.fold] === undefined &&
      joinerAfter(text, words, at - 1) === ' ';
    const region = longer ? null : regionAfter(text, words, found);
    const facility = region === null ? facilityAfter(text, words, found.last) : null;
    const last = region?.last ?? facility ?? found.last;
    const span: Span = {
      first: at,
      last,
      end: words[last]!.end,
      candidates: region?.candidates ?? found.candidates,
      form: region !== null ? 'region' : facility !== null ? 'facility' : 'name',
      regionNoun: region?.noun ?? null,
      nameLast: found.last,
      direction: null,
      unknown: false,
    };
    // "U.S." keeps its last full stop.
    if (
      span.form === 'name' &&
      text[span.end] === '.' &&
      span.candidates.some((c) => c.abbreviation) &&
      /\.\p{L}/u.test(text.slice(words[at]!.start, span.end))
    )
      span.end++;
    const before = words[at - 1];
    const direction = before === undefined ? undefined : DIRECTIONS[before.fold];
    if (
      direction !== undefined &&
      !taken.has(at - 1) &&
      joinerAfter(text, words, at - 1) === ' ' &&
      !(COMPASS.has(before!.fold) && isCapitalized(before!)) &&
      span.candidates.some((candidate) => candidate.kind !== 'landmark')
    ) {
      span.first = at - 1;
      span.direction = direction;
    }
    spans.push(span);
    for (let index = span.first; index <= span.last; index++) taken.add(index);
    if (span.first === span.last && span.form === 'name') loose.add(span.first);
    at = span.last;
  }
  const gap = (a: Span, b: Span) => text.slice(a.end, words[b.first]!.start);
  // "Kerr and Kendall counties", "the Donetsk and Zaporizhzhia regions": a plural region word names every region of its list.
  for (let order = spans.length - 1; order > 0; order--) {
    const span = spans[order]!;
    if (span.form !== 'region' || !span.regionNoun?.endsWith('s')) continue;
    for (let back = order - 1; back >= 0; back--) {
      const previous = spans[back]!;
      if (previous.form !== 'name' || !LIST_GAP.test(gap(previous, spans[back + 1]!))) break;
      const regions = previous.candidates.filter((c) => c.kind === 'state' || c.kind === 'county');
      if (regions.length === 0) break;
      spans[back] = { ...previous, candidates: regions, form: 'region', regionNoun: span.regionNoun };
    }
  }
  // "Fort Campbell, Ky.": a region's abbreviation after a comma.
  for (let order = 0; order < spans.length; order++) {
    const span = spans[order]!;
    const next = words[span.last + 1];
    if (next === undefined || taken.has(span.last + 1) || !COMMA_GAP.test(text.slice(span.end, next.start))) continue;
    let last = span.last + 1;
    const key = partKey(next.fold);
    let regions = regionsAbbreviated(key);
    const after = words[last + 1];
    // "N.C.": two letters with full stops.
    if (after !== undefined && text.slice(next.end, after.start) === '.' && after.text.length === 1) {
      const longer = regionsAbbreviated(`${key} ${partKey(after.fold)}`);
      if (longer.length > 0) [regions, last] = [longer, last + 1];
    }
    if (regions.length === 0 || !isCapitalized(next)) continue;
    const end = text[words[last]!.end] === '.' ? words[last]!.end + 1 : words[last]!.end;
    spans.splice(order + 1, 0, {
      first: span.last + 1,
      last,
      end,
      candidates: regions,
      form: 'name',
      regionNoun: null,
      nameLast: last,
      direction: null,
      unknown: false,
    });
    for (let index = span.last + 1; index <= last; index++) taken.add(index);
  }
  qualifiedRuns(text, words, spans, taken, context);
  addUnknowns(text, words, spans, taken, context);
  const dateline = datelineEnd(text, words);

  const mentions = spans.map((span): PlaceMention => {
    const before = words[span.first - 1];
    const after = words[span.last + 1];
    const joinedBefore = before === undefined ? null : joinerAfter(text, words, span.first - 1);
    // "west of Ingram", "north of Kyiv": a direction of a place.
    const directionOf = before?.fold === 'of' && DIRECTIONS[words[span.first - 2]?.fold ?? ''] !== undefined;
    const locativeWord =
      before !== undefined &&
      joinedBefore === ' ' &&
      (LOCATIVES.has(before.fold) || directionOf) &&
      words[span.first - 2]?.fold !== 'according'
        ? directionOf
          ? 'near'
          : before.fold
        : null;
    const initial = before?.text.length === 1 && joinedBefore === '.';
    let personBefore: PlaceMention['personBefore'] = null;
    if (
      !span.unknown &&
      before !== undefined &&
      span.direction === null &&
      (!taken.has(span.first - 1) || loose.has(span.first - 1)) &&
      (joinedBefore === ' ' || (joinedBefore === '.' && (initial || TITLES.has(before.fold))))
    ) {
      if (isCapitalized(before) && TITLES.has(before.fold)) personBefore = 'title';
      else if (!titleCase && isNameLike(before, context)) personBefore = 'name';
    }
    const joinedAfter = after === undefined ? null : joinerAfter(text, words, span.last);
    const capitalAfter =
      !titleCase &&
      after !== undefined &&
      (!taken.has(span.last + 1) || loose.has(span.last + 1)) &&
      joinedAfter === ' ' &&
      span.end === words[span.last]!.end &&
      isCapitalized(after) &&
      !isAllCaps(after) &&
      !FUNCTION_WORDS.has(after.fold) &&
      !TITLES.has(after.fold);
    const organisation =
      (after !== undefined &&
        joinedAfter === ' ' &&
        isCapitalized(after) &&
        !taken.has(span.last + 1) &&
        ORGANISATION_AFTER.has(after.fold) &&
        !REGION_WORDS.has(after.fold)) ||
      (before?.fold === 'of' &&
        words[span.first - 2] !== undefined &&
        isCapitalized(words[span.first - 2]!) &&
        ORGANISATION_OF.has(words[span.first - 2]!.fold));
    const nameStart = span.direction === null ? span.first : span.first + 1;
    const word = nameStart === span.nameLast ? words[nameStart]!.fold : null;
    return {
      line: block.line,
      start: words[span.first]!.start,
      end: span.end,
      text: text.slice(words[span.first]!.start, span.end),
      candidates: span.candidates,
      form: span.form,
      baseText: text.slice(words[nameStart]!.start, words[span.nameLast]!.end),
      regionNoun: span.regionNoun,
      direction: span.direction,
      locative: locativeWord !== null,
      surelyPlace: locativeWord !== null && PLACE_ONLY_LOCATIVES.has(locativeWord),
      dateline: dateline >= 0 && span.first <= dateline,
      inList: false,
      qualifier: null,
      personBefore,
      capitalAfter,
      organisation,
      word,
      lowercaseWord: word !== null && context.lowercase.has(word),
      unknown: span.unknown,
      titleCase,
    };
  });
  for (let order = 0; order + 1 < mentions.length; order++) {
    const [a, b] = [spans[order]!, spans[order + 1]!];
    const between = gap(a, b);
    if (LIST_GAP.test(between)) mentions[order]!.inList = mentions[order + 1]!.inList = true;
    // "Austin, Texas" / "Goma, Democratic Republic of the Congo": the second may contain the first.
    if (COMMA_GAP.test(between)) mentions[order]!.qualifier = mentions[order + 1]!;
    // "Iraq's Erbil", "North Carolina's Buncombe County": the first may contain the second.
    if (POSSESSIVE_GAP.test(between)) mentions[order + 1]!.qualifier = mentions[order]!;
  }
  return mentions;
}

/** Whether word `index` may be part of a place name that no gazetteer knows: capitalized, no function word, title or person. */
function nameLike(words: readonly Word[], index: number, taken: ReadonlySet<number>, context: ArticleContext): boolean {
  const word = words[index];
  return (
    word !== undefined &&
    !taken.has(index) &&
    isCapitalized(word) &&
    !isAllCaps(word) &&
    word.text.length >= 3 &&
    !FUNCTION_WORDS.has(word.fold) &&
    !TITLES.has(word.fold) &&
    !context.people.has(word.fold) &&
    !context.lowercase.has(word.fold)
  );
}

/**
 * "Spruce Pines, North Carolina": before a comma and a place, a place name is the whole run of
 * capitalized words (up to three), even where its last word alone is some other place ("Pines").
 * The run is read later inside the place after the comma, or dropped.
 */
function qualifiedRuns(
  text: string,
  words: readonly Word[],
  spans: Span[],
  taken: Set<number>,
  context: ArticleContext,
): void {
  for (const [order, span] of spans.entries()) {
    const next = spans[order + 1];
    if (span.form !== 'name' || span.direction !== null || next === undefined) continue;
    if (!COMMA_GAP.test(text.slice(span.end, words[next.first]!.start))) continue;
    let first = span.first;
    while (
      span.last - first < 2 &&
      nameLike(words, first - 1, taken, context) &&
      joinerAfter(text, words, first - 1) === ' '
    )
      first--;
    if (first === span.first) continue;
    for (let index = first; index < span.first; index++) taken.add(index);
    spans[order] = { ...span, first, candidates: [], nameLast: span.last, unknown: true };
  }
}

/**
 * Capitalized words that no gazetteer knows but that stand where a place must: in a list of
 * places ("Florida, Tennessee and Virgina"), or before a comma and a place that may contain
 * them ("Spruce Pines, North Carolina"). They are read later as misspellings of a place of the
 * same country or region, or dropped.
 */
function addUnknowns(
  text: string,
  words: readonly Word[],
  spans: Span[],
  taken: ReadonlySet<number>,
  context: ArticleContext,
): void {
  const isName = (index: number) => nameLike(words, index, taken, context) && words[index]!.text.length >= 4;
  const unknown = (first: number, last: number): Span => ({
    first,
    last,
    end: words[last]!.end,
    candidates: [],
    form: 'name',
    regionNoun: null,
    nameLast: last,
    direction: null,
    unknown: true,
  });
  const between = (a: number, b: number) => text.slice(words[a]!.end, words[b]!.start);
  const added: Span[] = [];
  for (const [order, span] of spans.entries()) {
    const previous = spans[order - 1];
    const next = spans[order + 1];
    // Before ", <place>": up to three capitalized words, not glued to a longer capitalized name.
    let last = span.first - 1;
    if (isName(last) && COMMA_GAP.test(between(last, span.first))) {
      let first = last;
      while (last - first < 2 && isName(first - 1) && joinerAfter(text, words, first - 1) === ' ') first--;
      const before = words[first - 1];
      if (before === undefined || !isCapitalized(before) || taken.has(first - 1)) added.push(unknown(first, last));
      continue;
    }
    // One word in a list: after a listed place ("..., Tennessee and Virgina"), or between two places.
    last = span.last + 1;
    if (CONNECTORS.has(words[last]?.fold ?? '')) last++;
    if (!isName(last) || (isName(last + 1) && joinerAfter(text, words, last) === ' ')) continue;
    if (!LIST_GAP.test(between(span.last, last))) continue;
    const listed =
      (previous !== undefined && LIST_GAP.test(text.slice(previous.end, words[span.first]!.start))) ||
      (next !== undefined && next.first > last && LIST_GAP.test(between(last, next.first)));
    if (listed) added.push(unknown(last, last));
  }
  // "in Hodeidah", "Hodeidah Airport", "the Zenda Jan district": a name the text uses as a place, spelt another way.
  for (let first = 0; first < words.length; first++) {
    if (!isName(first) || added.some((span) => span.first <= first && first <= span.last)) continue;
    let last = first;
    while (last - first < 2 && isName(last + 1) && joinerAfter(text, words, last) === ' ') last++;
    const before = words[first - 1];
    const after = words[last + 1];
    const joinedAfter = after === undefined ? null : joinerAfter(text, words, last);
    const located =
      before !== undefined && PLACE_ONLY_LOCATIVES.has(before.fold) && joinerAfter(text, words, first - 1) === ' ';
    const facility = joinedAfter === ' ' && FACILITIES.has(after!.fold) && isCapitalized(after!);
    const region = joinedAfter === ' ' && REGION_WORDS.has(after!.fold) && !isCapitalized(after!);
    if (!located && !facility && !region) continue;
    if (
      words[first - 1] !== undefined &&
      isCapitalized(words[first - 1]!) &&
      joinerAfter(text, words, first - 1) === ' '
    )
      continue;
    const span = unknown(first, region || facility ? last + 1 : last);
    span.nameLast = last;
    if (region) [span.form, span.regionNoun] = ['region', after!.fold];
    if (facility) span.form = 'facility';
    added.push(span);
    first = span.last;
  }
  for (const span of added) {
    for (let index = span.first; index <= span.last; index++) (taken as Set<number>).add(index);
    spans.push(span);
  }
  spans.sort((a, b) => a.first - b.first);
}
