import type { Heading, Paragraph, Root, RootContent, Text } from 'mdast';
import type { Plugin, Processor } from 'unified';
import type { Point, Position } from 'unist';
import { classifyLines, type ClassifiedLine } from './classify-lines.ts';
import { sentencesOf } from './language/annotate.ts';
import type { BlockData, LanguageData } from './types.ts';

/** Splits article text into its lines; the export's `line` numbers index this array. */
export function splitLines(text: string): string[] {
  return text.split('\n');
}

function point(line: number, column: number, offset: number): Point {
  return { line: line + 1, column: column + 1, offset };
}

function toBlock(entry: ClassifiedLine, lineOffset: number): RootContent {
  const { line, text, role } = entry;
  const position: Position = {
    start: point(line, 0, lineOffset),
    end: point(line, text.length, lineOffset + text.length),
  };
  const child: Text = { type: 'text', value: text, position: structuredClone(position) };
  // Sentences and tokens once, here, for every collector (`language/types.ts`).
  const data: BlockData & LanguageData = { role, line, sentences: sentencesOf(text, entry.speechStart) };
  if (entry.duplicateOf !== undefined) data.duplicateOf = entry.duplicateOf;
  if (entry.speakerLabel !== undefined) data.speakerLabel = entry.speakerLabel;
  if (entry.speechStart !== undefined) data.speechStart = entry.speechStart;
  if (entry.markerLength !== undefined) data.markerLength = entry.markerLength;
  if (role === 'headline' || role === 'heading' || role === 'subheading') {
    const depth = role === 'headline' ? 1 : role === 'heading' ? 2 : 3;
    const heading: Heading = { type: 'heading', depth, children: [child], position, data };
    return heading;
  }
  const paragraph: Paragraph = { type: 'paragraph', children: [child], position, data };
  return paragraph;
}

/**
 * Turns plain article text into an mdast tree: one block per non-empty line, each with its
 * source position, its role, and its sentences and tokens (`data.sentences`). The text is never read as Markdown or HTML: every character
 * ends up in a `text` node as written.
 */
export function parseArticleText(text: string): Root {
  const lines = splitLines(text);
  const offsets: number[] = [];
  let offset = 0;
  for (const line of lines) {
    offsets.push(offset);
    offset += line.length + 1;
  }
  const children = classifyLines(lines).map((entry) => toBlock(entry, offsets[entry.line]!));
  const end = lines.length - 1;
  return {
    type: 'root',
    children,
    position: { start: point(0, 0, 0), end: point(end, lines[end]!.length, text.length) },
  };
}

/** unified parser plugin: plain article text in, positioned mdast out. */
const parseArticle: Plugin<[], string, Root> = function (this: Processor) {
  this.parser = (document: string) => parseArticleText(document);
};
export default parseArticle;
