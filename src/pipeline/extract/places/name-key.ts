/**
 * The key a place name is looked up by: its word pieces (as `wordParts` reads text), folded,
 * one space apart. Beyond the language layer's folding (case, accents), letters that have no
 * decomposition are spelled the English way ("Diyarbakır" -> diyarbakir, "Łódź" -> lodz), and
 * compass adjectives count as their nouns, so "North Darfur" finds the gazetteer's "Northern Darfur".
 */
import { foldAccents } from '../../parse/language/fold.ts';
import { textParts } from '../../parse/language/word-parts.ts';

/** Letters that Unicode does not decompose, as English spells them. */
const LETTERS: Readonly<Record<string, string>> = {
  ı: 'i',
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  ħ: 'h',
};
const SPECIAL = /[ıłøđðßæœþħ]/gu;
const HAS_SPECIAL = /[ıłøđðßæœþħ]/u;
/** Compass adjectives, as the nouns gazetteers write them with. */
const COMPASS: Readonly<Record<string, string>> = {
  northern: 'north',
  southern: 'south',
  eastern: 'east',
  western: 'west',
};

/** Letters and single spaces only: the key is the name in lower case. */
const SIMPLE = /^[A-Za-z]+(?: [A-Za-z]+)*$/u;

/** The key of one folded word piece (a `WordPart`'s `fold`). */
export function partKey(fold: string): string {
  const plain = HAS_SPECIAL.test(fold) ? fold.replace(SPECIAL, (letter) => LETTERS[letter] ?? letter) : fold;
  return COMPASS[plain] ?? plain;
}

/** The key of a name given as data: "Deir ez-Zor" -> "deir ez zor", "Northern Darfur" -> "north darfur". */
export function nameKey(name: string): string {
  if (SIMPLE.test(name)) {
    const lower = name.toLowerCase();
    return lower.includes('ern')
      ? lower
          .split(' ')
          .map((word) => COMPASS[word] ?? word)
          .join(' ')
      : lower;
  }
  if (/^[\x20-\x7e]*$/u.test(name)) {
    const words = name.toLowerCase().split(/[^a-z0-9]+/u);
    let key = '';
    for (const word of words)
      if (word !== '') key = key === '' ? (COMPASS[word] ?? word) : `${key} ${COMPASS[word] ?? word}`;
    return key;
  }
  return textParts(name)
    .map((part) => partKey(foldAccents(part.text)))
    .join(' ');
}
