/**
 * What the check reads of a primary source with the article collectors: the figures its
 * speakers give and the people it names (in its title, and where needed in its text). The text is parsed as a
 * transcript (`parsePrimary`), with spoken self-repairs blanked, so that "7.4 million —
 * million liters" is read as 7.4 million liters; every offset still points into the file.
 */
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { FigureClaim, Primary } from '../../lib/schemas.ts';
import extractFigures from '../extract/extract-figures.ts';
import extractPeople from '../extract/extract-people.ts';
import '../file-data.ts';
import parsePrimary from '../parse/parse-primary.ts';
import type { Turn } from '../parse/find-turns.ts';
import type { Token } from '../parse/language/types.ts';
import { DOZEN, NUMBER_WORD_VALUES, SCALE_VALUES, TENS_VALUES } from '../lexicon/number-words.ts';
import type { KnownPerson } from './resolve-speakers.ts';

/** A figure a primary gives, and the turn (index into the primary's turns) whose words it is in. */
export interface PrimaryFigure {
  figure: FigureClaim;
  turn: number;
}

const peopleOnly = unified().use(parsePrimary).use(extractPeople).freeze();

function peopleOf(file: VFile, from: KnownPerson['from']): KnownPerson[] {
  return (file.data.people ?? []).map((person) => ({ name: person.name, role: person.role, from }));
}

/** The turn whose words hold a position, or -1. */
function turnAt(turns: readonly Turn[], line: number, start: number): number {
  return turns.findIndex((turn) =>
    turn.pieces.some((piece) => piece.line === line && piece.start <= start && start < piece.end),
  );
}

/** The people a primary's title names ("Remarks by President Biden ..."), with the roles it gives them. */
export function titlePeople(title: string): KnownPerson[] {
  const file = new VFile({ value: title, data: { articleId: '', lines: [title], claims: [] } });
  peopleOnly.runSync(peopleOnly.parse(file), file);
  return peopleOf(file, 'title');
}

/** Whether someone can be said to speak a primary with no speaker labels: a person its title names, or its publisher. */
export function statementSpeakerKnown(title: string, publisher: string | null | undefined): boolean {
  return (publisher ?? '').trim() !== '' || titlePeople(title).length > 0;
}

/** The processor for a primary's collectors: its text read as a transcript, repairs blanked, questions skipped. */
const transcript = (title: string, annotate?: (line: number, text: string) => boolean) =>
  unified().use(parsePrimary, { withoutRepairs: true, skipQuestions: true, title, ...(annotate ? { annotate } : {}) });

// A digit or a number word ("a thousand Olympians", "Ninety percent"): a line that may hold a figure.
const NUMBER_TEXT = new RegExp(
  `\\d|\\b(?:${[...Object.keys(NUMBER_WORD_VALUES), ...Object.keys(TENS_VALUES), ...Object.keys(SCALE_VALUES), DOZEN].join('|')})\\b`,
  'iu',
);

/** What the check reads of one primary: its figures, and the tokens of the lines it was asked for. */
export interface PrimaryReading {
  figures: PrimaryFigure[];
  /** The language layer's tokens of each line asked for (repairs blanked), by 0-based line. */
  tokens: Map<number, Token[]>;
}

/**
 * Reads one primary: the figures in its speakers' words (not in questions), and the tokens of
 * `lines` (the words of speakers some quote is credited to). Only those lines and lines that may
 * hold a number are tokenized: the language layer is most of what reading costs.
 */
export function readPrimary(
  primary: Pick<Primary, 'id' | 'title' | 'lines' | 'turns'>,
  lines: ReadonlySet<number>,
): PrimaryReading {
  const file = new VFile({
    value: primary.lines.join('\n'),
    data: { articleId: primary.id, lines: primary.lines, claims: [] },
  });
  const processor = transcript(primary.title, (line, text) => lines.has(line) || NUMBER_TEXT.test(text)).use(
    extractFigures,
  );
  const tree = processor.parse(file);
  processor.runSync(tree, file);
  const figures: PrimaryFigure[] = [];
  for (const claim of file.data.claims ?? []) {
    if (claim.kind !== 'figure') continue;
    const turn = turnAt(primary.turns, claim.line, claim.start);
    if (turn === -1 || primary.turns[turn]!.question) continue;
    // The collectors read the repaired line; the claim's words are the file's.
    figures.push({ figure: { ...claim, text: primary.lines[claim.line]!.slice(claim.start, claim.end) }, turn });
  }
  const tokens = new Map<number, Token[]>();
  for (const node of tree.children) {
    const line = node.data?.line;
    if (line !== undefined && lines.has(line))
      tokens.set(
        line,
        (node.data?.sentences ?? []).flatMap((sentence) => sentence.tokens),
      );
  }
  return { figures, tokens };
}

/**
 * The people a primary's own text names ("my colleague, Admiral John Kirby"), with the roles
 * it gives them. Read only when its title and the story's articles leave a speaker untold:
 * finding people costs as much as finding figures.
 */
export function textPeople(primary: Pick<Primary, 'id' | 'title' | 'lines'>): KnownPerson[] {
  const file = new VFile({
    value: primary.lines.join('\n'),
    data: { articleId: primary.id, lines: primary.lines, claims: [] },
  });
  const processor = transcript(primary.title).use(extractPeople);
  processor.runSync(processor.parse(file), file);
  return peopleOf(file, 'primary');
}
