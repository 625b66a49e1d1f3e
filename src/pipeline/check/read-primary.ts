/**
 * What the check reads of a primary source with the article collectors: the figures its
 * speakers give and the people it names (its title's first). The text is parsed as a
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
import type { KnownPerson } from './resolve-speakers.ts';

/** A figure a primary gives, and the turn (index into the primary's turns) whose words it is in. */
export interface PrimaryFigure {
  figure: FigureClaim;
  turn: number;
}

/** The figures and people of one primary. */
export interface PrimaryReading {
  figures: PrimaryFigure[];
  /** People named in the title, then in the text, with the roles given there. */
  people: KnownPerson[];
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

/** Reads one primary: its figures (in the words of a speaker, not of a question) and the people it names. */
export function readPrimary(primary: Pick<Primary, 'id' | 'title' | 'lines' | 'turns'>): PrimaryReading {
  const text = primary.lines.join('\n');
  const file = new VFile({ value: text, data: { articleId: primary.id, lines: primary.lines, claims: [] } });
  const processor = unified()
    .use(parsePrimary, { withoutRepairs: true, title: primary.title })
    .use([extractPeople, extractFigures]);
  processor.runSync(processor.parse(file), file);

  const figures: PrimaryFigure[] = [];
  for (const claim of file.data.claims ?? []) {
    if (claim.kind !== 'figure') continue;
    const turn = turnAt(primary.turns, claim.line, claim.start);
    if (turn === -1 || primary.turns[turn]!.question) continue;
    // The collectors read the repaired line; the claim's words are the file's.
    figures.push({ figure: { ...claim, text: primary.lines[claim.line]!.slice(claim.start, claim.end) }, turn });
  }
  return { figures, people: [...titlePeople(primary.title), ...peopleOf(file, 'primary')] };
}
