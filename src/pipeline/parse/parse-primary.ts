/**
 * A primary source's text as a syntax tree: the article tree's shape (one block a line, with its
 * position and role), with the roles a transcript has: the title, lines of no one (header, time
 * stamps), and speaker turns, the label of each marked where it stands, also mid-line.
 */
import type { Root } from 'mdast';
import type { Plugin, Processor } from 'unified';
import { findTurns, type PrimaryTurns, type Turn } from './find-turns.ts';
import { parseArticleText, splitLines } from './parse-article.ts';
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
}

/** The 0-based line of the title: the first line, when it reads as a headline or prints the given title. */
function titleLine(tree: Root, lines: readonly string[], title: string | null | undefined): number | null {
  const first = tree.children[0];
  if (first?.data?.line === undefined) return null;
  const text = lines[first.data.line]!.trim();
  return first.data.role === 'headline' || text === title?.trim() ? first.data.line : null;
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

/** The tree of a primary source and its speaker turns. */
export function parsePrimaryText(text: string, options: PrimaryParseOptions = {}): { tree: Root; turns: PrimaryTurns } {
  const lines = splitLines(text);
  const tree = parseArticleText(options.withoutRepairs ? lines.map(withoutRepairs).join('\n') : text);
  const title = titleLine(tree, lines, options.title);
  const turns = findTurns(lines, title);
  const marks = turnMarks(turns.turns, lines);
  for (const node of tree.children) {
    const data = node.data;
    if (data?.line === undefined) continue;
    // A transcript repeats short lines ("Thank you.", "Q    Okay."): each is someone's words, none is folded away.
    delete data.duplicateOf;
    const lineMarks = marks.get(data.line);
    const opening = lineMarks?.[0];
    if (opening && lines[data.line]!.slice(0, opening.labelStart).trim() === '') {
      data.role = 'turn';
      data.speakerLabel = opening.label;
      data.speechStart = opening.start;
    } else {
      data.role = data.line === title ? 'headline' : 'paragraph';
      delete data.speakerLabel;
      delete data.speechStart;
    }
    delete data.markerLength;
    if (lineMarks) data.turnMarks = lineMarks;
  }
  return { tree, turns };
}

/** unified parser plugin: a primary's text in, its tree out (turns in each block's `data.turnMarks`). */
const parsePrimary: Plugin<[PrimaryParseOptions?], string, Root> = function (this: Processor, options = {}) {
  this.parser = (document: string) => parsePrimaryText(document, options).tree;
};
export default parsePrimary;
