import { TITLE_ABBREVIATIONS } from '../lexicon/abbreviations.ts';
import type { LineRole } from './types.ts';

/** One non-empty source line and what it is. */
export interface ClassifiedLine {
  line: number;
  text: string;
  role: LineRole;
  duplicateOf?: number;
  speakerLabel?: string;
  speechStart?: number;
  markerLength?: number;
}

// A sentence ends with . ! ? or … , optionally followed by closing quotes or brackets.
const SENTENCE_END = /[.!?…:;]["'”’)\]]*\s*$/u;
// "Editor: ...", "Dr. Carter: ...", "Q: ..." — up to four capitalised words, then a colon.
// Titles that may open a label, capitalised: "Dr", "Gen", "Lt" (not the name suffixes "Jr", "Sr", "St").
const LABEL_TITLES = TITLE_ABBREVIATIONS.filter((word) => !['jr', 'sr', 'st'].includes(word))
  .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
  .join('|');
const TURN = new RegExp(
  `^((?:(?:${LABEL_TITLES})\\.\\s)?[\\p{Lu}][\\p{L}.'’-]*(?:\\s[\\p{Lu}][\\p{L}.'’-]*){0,3}):\\s+(?=\\S)`,
  'u',
);
// A dek or subheading printed as a list item: "- ...", "– ...", "• ...".
const MARKER = /^[-–—•*]\s+/u;
// Phrases that mark promotional or page-furniture lines rather than reporting.
const BOILERPLATE = [
  /^(add|post|view|show|load)( a| all| more)? comments?$/i,
  /^(advertisement|sponsored( content)?|share( this)?( article| story)?|read more|related( articles| stories)?|continue reading|print|email)$/i,
  /\b(sign up|subscribe) (to|for) (our|the)\b/i,
  /\bour (new )?(platform|newsletter|app|podcast)\b/i,
  /\b(download|get) (our|the) (app|newsletter)\b/i,
  /\bbrought to you by\b/i,
  /\bfollow us on\b/i,
  /\bclick here\b/i,
];
const HEADING_MAX_WORDS = 12;
const HEADLINE_MAX_CHARS = 240;

const words = (text: string) => text.trim().split(/\s+/u).length;
const fold = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/[“”„«»]/gu, '"')
    .replace(/[‘’]/gu, "'")
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();

/** Whether a line reads as a title: short, capitalised start, and no sentence ending. */
function looksLikeTitle(text: string, maxWords: number): boolean {
  return !SENTENCE_END.test(text) && words(text) <= maxWords && /^[\p{Lu}\p{N}"'“‘-]/u.test(text.trim());
}

function isBoilerplate(text: string): boolean {
  return BOILERPLATE.some((pattern) => pattern.test(text.trim()));
}

/**
 * Decides, for every non-empty line of an article, what it is: its headline, section headings,
 * a subheading, interview turns, boilerplate, or a paragraph; and marks lines that repeat an
 * earlier line. Rules look at the shape of a line and its neighbours, never at particular words
 * of particular articles.
 */
export function classifyLines(lines: readonly string[]): ClassifiedLine[] {
  const present = lines.flatMap((text, line) => (text.trim() === '' ? [] : [{ line, text }]));
  const turnLabels = present.map(({ text }) => TURN.exec(text)?.[1]);
  // An interview has at least two turns and two speakers; a lone "Note: ..." is a paragraph.
  const labels = new Set(turnLabels.filter((label) => label !== undefined));
  const isInterview = labels.size >= 2 && turnLabels.filter(Boolean).length >= 3;
  const seen = new Map<string, number>();

  return present.map(({ line, text }, index): ClassifiedLine => {
    const result: ClassifiedLine = { line, text, role: 'paragraph' };
    const key = fold(text);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, line);
    else result.duplicateOf = first;

    const label = turnLabels[index];
    const next = present[index + 1];
    if (isBoilerplate(text)) result.role = 'boilerplate';
    else if (isInterview && label !== undefined) {
      result.role = 'turn';
      result.speakerLabel = label;
      result.speechStart = TURN.exec(text)![0].length;
    } else if (index === 0 && present.length > 1 && text.length <= HEADLINE_MAX_CHARS && !SENTENCE_END.test(text))
      result.role = 'headline';
    else if (result.duplicateOf !== undefined && present[0]?.line === result.duplicateOf && index === 1)
      result.role = 'headline';
    else if (MARKER.test(text) && !SENTENCE_END.test(text)) {
      result.role = 'subheading';
      result.markerLength = MARKER.exec(text)![0].length;
    } else if (next !== undefined && looksLikeTitle(text, HEADING_MAX_WORDS)) result.role = 'heading';
    return result;
  });
}
