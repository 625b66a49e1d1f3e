/**
 * The shape of the article syntax tree: mdast nodes (`heading`, `paragraph`, `text`)
 * with positions, one block per non-empty source line, plus what each line is.
 */
import type { Root } from 'mdast';
import type { LanguageData } from './language/types.ts';

/** What a source line is, decided by `classifyLines`. */
export type LineRole = 'headline' | 'heading' | 'subheading' | 'paragraph' | 'turn' | 'boilerplate';

/** Facts every block of an article tree carries in its `data`. */
export interface BlockData {
  /** What the line is. */
  role: LineRole;
  /** 0-based line of the source file (the same numbering as the export's `line`). */
  line: number;
  /** 0-based line of an earlier line with the same text, when this one repeats it. */
  duplicateOf?: number;
  /** For an interview turn ("Dr. Carter: ..."), the speaker label as written. */
  speakerLabel?: string;
  /** For an interview turn, where the speech starts within the line (after "Label: "). */
  speechStart?: number;
  /** For a subheading, how many leading characters are a list-like marker ("- "). */
  markerLength?: number;
}

// Block facts live on mdast's base `Data`, so every node of `root.children` can be asked for them.
declare module 'mdast' {
  // An interface (not a type alias) so that it merges with mdast's own `Data`.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Data extends Partial<BlockData> {}
}

export type { LanguageData, Root };
