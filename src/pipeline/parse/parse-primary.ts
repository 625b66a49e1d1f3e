/**
 * A primary source's text as a syntax tree of the article tree's shape (one block a line, with
 * its position and role, a single text node keeping every character), with the roles a
 * transcript has: its title, lines of no one (header, time stamps), speaker turns (the label of
 * each marked where it stands, also mid-line) and reporters' questions. Lines are not classified
 * as an article's are: a transcript has no section headings, and repeats short lines on purpose.
 */
import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import type { Plugin, Processor } from 'unified';
import type { Point } from 'unist';
import { findTurns, type PrimaryTurns, type Turn } from './find-turns.ts';
import { sentencesOf } from './language/annotate.ts';
import { splitLines } from './parse-article.ts';
import type { LineRole } from './types.ts';
import { withoutRepairs } from './transcript-repairs.ts';

/** A speaker label within a line: where it starts, where the words after it start, and whether it is a question's. */
export interface TurnMark {
  label: string;
  labelStart: number;
  start: number;
  question: boolean;
}

declare module 'mdast' {
  interface Data {
    /** Speaker labels that stand in this line of a primary source, in order (mid-line ones too). */
    turnMarks?: TurnMark[];
  }
}

/** What reading a primary needs besides its text. */
export interface PrimaryParseOptions {
  /** The title from `sources.yaml`, when there is one: a first line that prints it is the title. */
  title?: string | null;
  /** Blank spoken self-repairs ("the — the") for the collectors (offsets unchanged); pages show the text as written. */
  withoutRepairs?: boolean;
  /** Leave reporters' questions out of the collectors' way (read as `boilerplate`, which collectors skip). */
  skipQuestions?: boolean;
  /** Which lines get sentences and tokens (the language layer's work); by default every line. Others read as empty. */
  annotate?: (line: number, text: string) => boolean;
}

// A line that ends a sentence is not a title.
const SENTENCE_END = /[.!?:;]["'”’)\]]*\s*$/u;

/** The 0-based line of the title: the first non-empty line, when it prints the given title or reads as one. */
export function titleLine(lines: readonly string[], title: string | null | undefined): number | null {
  const line = lines.findIndex((text) => text.trim() !== '');
  if (line === -1) return null;
  const text = lines[line]!.trim();
  const others = lines.some((other, index) => index !== line && other.trim() !== '');
  return text === title?.trim() || (others && !SENTENCE_END.test(text) && !/^\p{Lu}{2,}[\p{Lu} .'’-]*:/u.test(text))
    ? line
    : null;
}

/** The speaker turns of a primary's text (what the loader keeps). */
export function readTurns(text: string, title: string | null | undefined): PrimaryTurns {
  const lines = splitLines(text);
  return findTurns(lines, titleLine(lines, title));
}

/** The speaker labels of each line, from the turns: where each label and the words after it start. */
export function turnMarks(turns: readonly Turn[], lines: readonly string[]): Map<number, TurnMark[]> {
  const marks = new Map<number, TurnMark[]>();
  for (const turn of turns) {
    if (turn.label === null) continue;
    const start = turn.pieces[0]?.line === turn.line ? turn.pieces[0].start : lines[turn.line]!.length;
    const mark = { label: turn.label, labelStart: turn.labelStart, start, question: turn.question };
    marks.set(turn.line, [...(marks.get(turn.line) ?? []), mark]);
  }
  return marks;
}

const point = (line: number, column: number, offset: number): Point => ({ line: line + 1, column: column + 1, offset });

/** The tree of a primary source and its speaker turns. */
export function parsePrimaryText(text: string, options: PrimaryParseOptions = {}): { tree: Root; turns: PrimaryTurns } {
  const lines = splitLines(text);
  const title = titleLine(lines, options.title);
  const turns = findTurns(lines, title);
  const marks = turnMarks(turns.turns, lines);
  // Lines whose only words are a reporter's: each line belongs to the turn that opens it, or goes on.
  const asked = new Set<number>();
  for (const turn of turns.turns) for (const piece of turn.pieces) if (turn.question) asked.add(piece.line);
  for (const turn of turns.turns) for (const piece of turn.pieces) if (!turn.question) asked.delete(piece.line);

  const children: RootContent[] = [];
  let offset = 0;
  lines.forEach((line, index) => {
    const start = offset;
    offset += line.length + 1;
    if (line.trim() === '') return;
    const value = options.withoutRepairs ? withoutRepairs(line) : line;
    const lineMarks = marks.get(index);
    const opening = lineMarks?.[0];
    const opens = opening !== undefined && line.slice(0, opening.labelStart).trim() === '';
    const role: LineRole =
      index === title
        ? 'headline'
        : options.skipQuestions && asked.has(index)
          ? 'boilerplate'
          : opens
            ? 'turn'
            : 'paragraph';
    const position = { start: point(index, 0, start), end: point(index, line.length, start + line.length) };
    // Sentences and tokens once, for the collectors (none for lines they skip).
    const wanted = role !== 'boilerplate' && (options.annotate?.(index, line) ?? true);
    const sentences = wanted ? sentencesOf(value, opens ? opening.start : 0) : [];
    const node = {
      children: [{ type: 'text' as const, value, position }],
      position,
      data: { role, line: index, sentences },
    };
    if (opens) Object.assign(node.data, { speakerLabel: opening.label, speechStart: opening.start });
    if (lineMarks) Object.assign(node.data, { turnMarks: lineMarks });
    children.push(
      role === 'headline'
        ? ({ type: 'heading', depth: 1, ...node } satisfies Heading)
        : ({ type: 'paragraph', ...node } satisfies Paragraph),
    );
  });
  const end = lines.length - 1;
  return {
    tree: {
      type: 'root',
      children,
      position: { start: point(0, 0, 0), end: point(end, lines[end]!.length, text.length) },
    },
    turns,
  };
}

/** unified parser plugin: a primary's text in, its tree out (turns in each block's `data.turnMarks`). */
const parsePrimary: Plugin<[PrimaryParseOptions?], string, Root> = function (this: Processor, options = {}) {
  this.parser = (document: string) => parsePrimaryText(document, options).tree;
};
export default parsePrimary;
