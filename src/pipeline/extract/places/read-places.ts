/**
 * Reads place mentions in their context: which place each name stands for, and whether it is
 * a place at all. The context is every other place of the same text (an article, or a whole
 * story): "Georgia" beside North Carolina and Tennessee is the US state, beside Tbilisi the
 * country; a small town counts when its region or neighbours are named too. Nothing here knows
 * any particular place: candidates are weighed by size and kind (`prior`), by the places around
 * them (same region, same country, nearby), and by what the text says ("Austin, Texas").
 */
import { countryPart } from './country-shapes.ts';
import { coordinates, rowCandidate, weaker, type Candidate, type Evidence } from './gazetteer.ts';
import {
  placesInRegion,
  regionBase,
  regionRow,
  regionsOfCountry,
  rowKeys,
  rowPopulation,
  rowsBySkeleton,
  skeleton,
} from './geonames.ts';
import { nameKey } from './name-key.ts';
import type { PlaceMention } from './find-mentions.ts';

/** A mention read as a place: which one, under what name, where. */
export interface PlaceReading {
  candidate: Candidate;
  name: string;
  lat: number | null;
  lon: number | null;
}

/** A mention as the reader sees it, with what the people of its article say about it. */
export interface ContextMention extends PlaceMention {
  /** The article names a person with this word, or a person's name covers it. */
  person: boolean;
  /** A person's name the people collector found covers it. */
  inPersonName: boolean;
}

interface Option {
  candidate: Candidate;
  /** The text says where it lies ("Austin, Texas"), or it says where the text's next place lies. */
  qualified: boolean;
}

/** Most support one mention draws from the places around it. */
const MAX_SUPPORT = 6;
/** Support that lets a place needing evidence stand on its neighbours alone. */
const ENOUGH_SUPPORT = 1.5;

/** Great-circle distance in km. */
function kilometres(a: readonly [number, number], b: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[0] - a[0]) * rad;
  const dLon = (b[1] - a[1]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[0] * rad) * Math.cos(b[0] * rad) * Math.sin(dLon / 2) ** 2;
  return 12_742 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** True when place `outer` contains place `inner` ("Texas" contains Austin, "Iraq" contains Erbil). */
function contains(outer: Candidate, inner: Candidate): boolean {
  if (outer.id === inner.id) return false;
  if (outer.kind === 'country') return inner.kind !== 'country' && inner.country === outer.country;
  if (outer.kind === 'state') return inner.kind !== 'state' && inner.region === outer.code;
  if (outer.kind === 'county' && inner.kind === 'city') {
    const [a, b] = [coordinates(outer), coordinates(inner)];
    return a !== null && b !== null && kilometres(a, b) < 60;
  }
  return false;
}

/** How much an accepted place `anchor` speaks for candidate `place`: its region, its country, its neighbourhood. */
function support(place: Candidate, anchor: Candidate): number {
  if (anchor.id === place.id) return 0;
  if (
    place.region !== null &&
    (anchor.region === place.region || anchor.code === place.region) &&
    place.kind !== 'state' &&
    place.kind !== 'country'
  )
    return 3;
  const [a, b] = [coordinates(place), coordinates(anchor)];
  const km = a !== null && b !== null ? kilometres(a, b) : Infinity;
  if (place.kind === 'country')
    return anchor.kind !== 'country' && anchor.country === place.country
      ? 3
      : anchor.kind === 'country' && km < 1500
        ? 0.5
        : 0;
  if (place.kind === 'state') {
    if (anchor.kind !== 'state' && anchor.region === place.code) return 3;
    if (anchor.country !== null && anchor.country === place.country)
      return anchor.kind === 'country' ? 0.5 : km < 1000 ? 1.5 : 1;
    return km < 800 ? 0.5 : 0;
  }
  if (place.region !== null && (anchor.region === place.region || anchor.code === place.region)) return 3;
  // A neighbour city speaks for a town within a few hours' drive; further, only as one of the same country.
  if (place.country !== null && anchor.country === place.country)
    return anchor.kind === 'country' ? 1 : km < 300 ? 1.5 : 0.5;
  return km < 300 ? 0.5 : 0;
}

/** Damerau-Levenshtein distance, when it is at most 1 (else 2): "virgina"/"virginia", "pines"/"pine". */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length)
    return (
      a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2))
    );
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The first-level regions a place covers: itself, or every region of a country. */
function regionCodes(container: Candidate): string[] {
  if (container.kind === 'state' && container.code !== null) return [container.code];
  if (container.kind === 'country' && container.country !== null) return regionsOfCountry(container.country);
  return [];
}

/** The most populous place (or region) of some regions whose name is one letter away from `key`: a misspelling the text places there. */
function misspelt(key: string, codes: readonly string[], level: 'places' | 'regions'): Candidate[] {
  if (key.replace(/ /gu, '').length < 5) return [];
  let best: { row: number; population: number } | null = null;
  for (const code of codes) {
    const rows = level === 'regions' ? [regionRow(code)?.row ?? -1] : placesInRegion(code);
    for (const row of rows) {
      if (row < 0) continue;
      const population = rowPopulation(row);
      if (best !== null && population <= best.population) continue;
      if (rowKeys(row).some((known) => withinOneEdit(known, key))) best = { row, population };
    }
  }
  return best === null ? [] : [rowCandidate(best.row)];
}

/** Whether the text shows a person or an organisation where the name stands. */
const personish = (mention: ContextMention) =>
  mention.personBefore !== null ||
  mention.capitalAfter ||
  mention.organisation ||
  (mention.person && !mention.surelyPlace);

/** Whether a mention counts as a place, read as `option`, with `backing` from the places around it and `closest` the most any one gives. */
function accepted(
  mention: ContextMention,
  option: Option,
  backing: number,
  closest: number,
  anchors: number,
  contested: boolean,
): boolean {
  if (mention.organisation) return false;
  let evidence: Evidence = option.candidate.evidence;
  // Countries and curated places need no evidence; a person's name never covers them.
  if (evidence === 'none' && !option.candidate.word) return true;
  // A region word, a facility or a place around it ("Austin, Texas") outweighs a person of the same name elsewhere,
  // but not the rest of the text: a region far from all its places is another region of the name.
  if (option.qualified || mention.form !== 'name')
    return (
      mention.personBefore !== 'title' &&
      !mention.inPersonName &&
      (option.qualified ||
        option.candidate.kind === 'country' ||
        (mention.form === 'region' && option.candidate.kind !== 'city') ||
        anchors < 2 ||
        closest >= 1)
    );
  const word = (option.candidate.word || mention.lowercaseWord) && mention.word !== null;
  if (mention.lowercaseWord && mention.word !== null) evidence = weaker(evidence);
  if (evidence === 'none') return true;
  if (personish(mention)) return false;
  if (evidence === 'person') return true;
  // A town far from every other place of the text is another place of the same name ("Whitehall" in a London story).
  if ((option.candidate.minor || contested) && anchors >= 2 && closest < 1) return false;
  // A word ("Hurricane", "Comfort") or a name in a title-case headline needs a place-only context: "near Comfort", a list of places.
  const placeContext =
    word || mention.titleCase
      ? mention.surelyPlace || mention.inList || mention.dateline
      : mention.locative || mention.dateline || mention.inList || mention.direction !== null;
  if (evidence === 'weak') return placeContext || (!word && backing >= ENOUGH_SUPPORT);
  return placeContext && backing >= (word ? ENOUGH_SUPPORT : 1);
}

/** The options of one mention before context: its candidates, less those its form rules out. */
function optionsOf(mention: PlaceMention): readonly Candidate[] {
  let candidates = mention.candidates;
  if (mention.form === 'name') {
    // A county is never named by its bare name ("Kerr"); a state may be ("Zamfara" for "Zamfara State").
    candidates = candidates.filter((candidate) => !(candidate.kind === 'county' && candidate.base));
    // "Kursk" is the city when a city of that name lies in the region of that name.
    candidates = candidates.filter(
      (candidate) =>
        candidate.kind !== 'state' ||
        !candidates.some((city) => city.kind === 'city' && city.region === candidate.code),
    );
  }
  return candidates;
}

/** Lower case, marks between words as one space, accents kept: how a written name is found inside the data's. */
const loose = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const titleCase = (text: string) =>
  text.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());

/**
 * The name a reading is shown under: as the text writes it ("Kiev", "Turkey", "Kahramanmaras"),
 * so that each article's places read as its own words; the data's name when that name holds the
 * written one ("Pentagon" -> "The Pentagon"), for abbreviations ("U.S.", "N.C.") and misspellings.
 */
function displayName(mention: PlaceMention, candidate: Candidate): string {
  const written = mention.baseText.replace(/\s+/gu, ' ');
  let base: string;
  if (mention.unknown || candidate.abbreviation || /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}.]{1,3}$/u.test(written))
    base = candidate.name;
  else if (written.length > 1 && written === written.toUpperCase())
    base = nameKey(written) === nameKey(candidate.name) ? candidate.name : titleCase(written);
  else if (loose(candidate.name).includes(loose(written))) base = candidate.name;
  else base = upperFirst(written);
  if (mention.form === 'region' && base === candidate.name) base = regionBase(candidate.name) ?? candidate.name;
  // Another spelling of the place ("Kiev", "Turkey", "Arbil") is followed by the data's ("Kiev (Kyiv)").
  const own =
    candidate.kind === 'state' || candidate.kind === 'county'
      ? (regionBase(candidate.name) ?? candidate.name)
      : candidate.name;
  const other = !nameKey(own).includes(nameKey(base)) && !nameKey(base).includes(nameKey(own));
  if (mention.form === 'region') base = `${base} ${regionLabel(mention.regionNoun ?? 'region', candidate)}`;
  else if (mention.form === 'facility') base = upperFirst(mention.text.slice(mention.text.indexOf(mention.baseText)));
  if (other) base = `${base} (${plain(candidate.name)})`;
  return mention.direction === null ? base : `${mention.direction[1]} ${base}`;
}

/** A name without its accents, as English text writes it ("Ţarţūs" -> "Tartus"). */
const plain = (name: string) => name.normalize('NFKD').replace(/\p{M}/gu, '');

/** Countries whose first-level regions are oblasts, so "Kursk region" is "Kursk Oblast". */
const OBLAST_COUNTRIES: ReadonlySet<string> = new Set(['RU', 'UA', 'BY', 'KZ', 'KG']);

/** The canonical region word for a region noun as written ("regions" -> "Region", "Oblast" in Russia). */
function regionLabel(noun: string, candidate: Candidate): string {
  const singular = noun.endsWith('ies') ? `${noun.slice(0, -3)}y` : noun.replace(/s$/u, '');
  if ((singular === 'region' || singular === 'oblast') && OBLAST_COUNTRIES.has(candidate.country ?? ''))
    return 'Oblast';
  return singular.charAt(0).toUpperCase() + singular.slice(1);
}

/** The reading of a mention as `candidate`: its name and point (for "eastern Russia", the east of Russia's mainland). */
function reading(mention: PlaceMention, candidate: Candidate): PlaceReading {
  let point = coordinates(candidate);
  if (mention.direction !== null && candidate.kind === 'country')
    point = countryPart(candidate.numeric, candidate.name, mention.direction[0]) ?? point;
  return { candidate, name: displayName(mention, candidate), lat: point?.[0] ?? null, lon: point?.[1] ?? null };
}

/**
 * Reads every mention of one context (an article, or all the articles of a story): for each,
 * the place it stands for, or null when it is no place (a person, an organisation, a word).
 */
export function readPlaces(mentions: readonly ContextMention[]): (PlaceReading | null)[] {
  const options: Option[][] = mentions.map((mention) =>
    optionsOf(mention).map((candidate) => ({ candidate, qualified: false })),
  );
  // "Austin, Texas", "Iraq's Erbil": keep the readings where the one contains the other.
  const position = new Map<PlaceMention, number>(mentions.map((mention, index) => [mention, index]));
  for (const [index, mention] of mentions.entries()) {
    const outer = mention.qualifier === null ? undefined : position.get(mention.qualifier);
    if (outer === undefined) continue;
    const inner = options[index]!;
    const around = options[outer]!;
    const pairs = inner.filter((a) => around.some((b) => contains(b.candidate, a.candidate)));
    if (pairs.length > 0) {
      options[index] = pairs.map((option) => ({ ...option, qualified: true }));
      options[outer] = around
        .filter((b) => pairs.some((a) => contains(b.candidate, a.candidate)))
        .map((option) => ({ ...option, qualified: true }));
    } else if (
      mention.form === 'name' &&
      mention.direction === null &&
      // A list of regions ("Ontario, Quebec") is no misspelling; "Grand Prairie, Alberta" may be.
      (mention.unknown ||
        (around.some((option) => option.candidate.kind === 'state') &&
          inner.every((option) => option.candidate.kind === 'city')))
    ) {
      // "Spruce Pines, North Carolina", "Grand Prairie, Alberta": a misspelling of a place of that region.
      const codes = around.flatMap((option) => regionCodes(option.candidate));
      const found = misspelt(nameKey(mention.baseText), codes, 'places');
      if (found.length > 0) options[index] = found.map((candidate) => ({ candidate, qualified: true }));
    }
  }
  // "Florida, Tennessee and Virgina": a misspelt region of the country of its list.
  for (const [index, mention] of mentions.entries()) {
    if (!mention.unknown || options[index]!.length > 0 || !mention.inList) continue;
    const countries = new Set<string>();
    for (const other of mentions)
      if (other !== mention && other.line === mention.line && other.inList)
        for (const candidate of other.candidates)
          if (candidate.kind === 'state') countries.add(candidate.country ?? '');
    const found = misspelt(nameKey(mention.baseText), [...countries].flatMap(regionsOfCountry), 'regions');
    options[index] = found.map((candidate) => ({ candidate, qualified: false }));
  }

  // What a mention names, without region word, facility or direction: "Noto Peninsula" and "Noto" name one thing.
  const keys = mentions.map((mention) => nameKey(mention.baseText));
  let anchors = new Map<string, { candidate: Candidate; keys: Set<string> }>();
  const addAnchor = (candidate: Candidate, key: string) => {
    const known = anchors.get(candidate.id);
    if (known === undefined) anchors.set(candidate.id, { candidate, keys: new Set([key]) });
    else known.keys.add(key);
  };
  // Sure places first: one reading only, or a clear favourite, that needs no evidence beyond "no person here".
  for (const [index, mention] of mentions.entries()) {
    const [best, second] = options[index]!;
    if (best === undefined || personish(mention) || mention.organisation) continue;
    const sure = best.qualified || second === undefined || best.candidate.prior - second.candidate.prior >= 2;
    const region = mention.form === 'region' && (best.candidate.kind === 'state' || best.candidate.kind === 'county');
    if (sure && (best.candidate.evidence === 'none' || best.candidate.evidence === 'person' || region))
      addAnchor(best.candidate, keys[index]!);
  }

  // "in Hodeidah": a name no gazetteer spells so, read as a place of the text's countries written alike.
  const countries = new Map<string, number>();
  for (const anchor of anchors.values())
    if (anchor.candidate.country !== null)
      countries.set(anchor.candidate.country, (countries.get(anchor.candidate.country) ?? 0) + 1);
  const likely = [...countries]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([country]) => country);
  for (const [index, mention] of mentions.entries()) {
    if (!mention.unknown || options[index]!.length > 0) continue;
    const wanted = skeleton(nameKey(mention.baseText));
    if (wanted.replace(/ /gu, '').length < 4) continue;
    for (const country of likely) {
      const rows = rowsBySkeleton(country, wanted).map((row) => rowCandidate(row));
      const best = rows.sort((a, b) => b.population - a.population)[0];
      if (best !== undefined) {
        options[index] = [{ candidate: best, qualified: false }];
        break;
      }
    }
  }

  // Nothing can make a place of a name that the text shows to be a person's or an organisation's.
  const hopeless = mentions.map(
    (mention, index) =>
      mention.organisation ||
      (mention.form === 'name' &&
        personish(mention) &&
        !options[index]!.some((option) => option.qualified || option.candidate.evidence === 'none')),
  );
  const optionIds = options.map((list) => new Set(list.map((option) => option.candidate.id)));
  let readings: (PlaceReading | null)[] = [];
  for (let pass = 0; pass < 2; pass++) {
    const around = [...anchors.values()];
    const chosen: (Candidate | null)[] = mentions.map((mention, index) => {
      if (hopeless[index] || options[index]!.length === 0) return null;
      const scored: { option: Option; score: number; backing: number; closest: number }[] = [];
      const usable = around.filter((anchor) => !(anchor.keys.size === 1 && anchor.keys.has(keys[index]!)));
      for (const option of options[index]!) {
        let [backing, closest] = [0, 0];
        for (const anchor of usable) {
          // The same place under another name ("Kiev" and "Kyiv") speaks for it; another reading of this name does not.
          const given =
            anchor.candidate.id === option.candidate.id
              ? 3
              : optionIds[index]!.has(anchor.candidate.id)
                ? 0
                : support(option.candidate, anchor.candidate);
          backing += given;
          if (given > closest) closest = given;
        }
        backing = Math.min(backing, MAX_SUPPORT);
        scored.push({
          option,
          score: option.candidate.prior + backing + (option.qualified ? 20 : 0),
          backing,
          closest,
        });
      }
      // The likeliest reading that the text lets count as a place.
      scored.sort((a, b) => b.score - a.score);
      // Another name of a place that is some other place's own name ("Whitehall" for Atlanta) is read with care.
      const contested = (candidate: Candidate) =>
        candidate.other &&
        options[index]!.some(
          ({ candidate: rival }) =>
            rival.id !== candidate.id && !rival.other && !contains(rival, candidate) && !contains(candidate, rival),
        );
      const best = scored.find((entry) =>
        accepted(mention, entry.option, entry.backing, entry.closest, usable.length, contested(entry.option.candidate)),
      );
      return best === undefined ? null : best.option.candidate;
    });
    anchors = new Map();
    for (const [index, candidate] of chosen.entries()) if (candidate !== null) addAnchor(candidate, keys[index]!);
    if (pass === 1)
      readings = chosen.map((candidate, index) => (candidate === null ? null : reading(mentions[index]!, candidate)));
  }
  return oneRegion(mentions, readings);
}

/**
 * "Kursk", "Kursk region" and "Kursk Oblast" are one place: where the context names a region,
 * the city of the same name inside it is read as that region too (under the name the text gives).
 */
function oneRegion(mentions: readonly PlaceMention[], readings: (PlaceReading | null)[]): (PlaceReading | null)[] {
  const regions = new Map<string, Candidate>();
  for (const [index, read] of readings.entries()) {
    const candidate = read?.candidate;
    if (candidate?.kind !== 'state' || mentions[index]!.direction !== null) continue;
    regions.set(`${candidate.code}|${nameKey(regionBase(candidate.name) ?? candidate.name)}`, candidate);
  }
  return readings.map((read, index) => {
    const candidate = read?.candidate;
    if (read === null || candidate?.kind !== 'city' || mentions[index]!.direction !== null) return read;
    const region = regions.get(`${candidate.region}|${nameKey(candidate.name)}`);
    if (region === undefined) return read;
    const point = coordinates(region);
    return { ...read, candidate: region, lat: point?.[0] ?? null, lon: point?.[1] ?? null };
  });
}
