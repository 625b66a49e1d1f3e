import type { Root } from 'mdast';
import type { Sentence } from '../parse/language/types.ts';
import type { LineRole } from '../parse/types.ts';
import { blockText } from '../parse/title.ts';

/** One block of article text, as collectors see it. */
export interface TextBlock {
  /** 0-based source line. */
  line: number;
  /** The whole line as written; claim offsets are indices into it. */
  text: string;
  role: LineRole;
  /** Where the reporting starts: after the "Speaker: " label of an interview turn, else 0. */
  start: number;
  /** The interview speaker label ("Dr. Carter"), for turns. */
  speakerLabel?: string;
  /** True when the line repeats an earlier line (a printed-twice headline). */
  duplicate: boolean;
  /** The line's sentences and their tokens, made once by the parser: read these, never split the text again. */
  sentences: readonly Sentence[];
}

/** Lists the blocks of an article tree in document order, with what collectors need to know. */
export function textBlocks(tree: Root): TextBlock[] {
  return tree.children.flatMap((node): TextBlock[] => {
    const data = node.data;
    if (data?.role === undefined || data.line === undefined) return [];
    const block: TextBlock = {
      line: data.line,
      text: blockText(node),
      role: data.role,
      start: data.speechStart ?? 0,
      duplicate: data.duplicateOf !== undefined,
      sentences: data.sentences ?? [],
    };
    if (data.speakerLabel !== undefined) block.speakerLabel = data.speakerLabel;
    return [block];
  });
}
