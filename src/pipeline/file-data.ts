/** What the pipeline stages share through `file.data`, typed once for every plugin. */
import type { Claim } from '../lib/schemas.ts';
import type { ArticleMention } from './extract/extract-places.ts';
import type { Person } from './extract/people/types.ts';

declare module 'vfile' {
  interface DataMap {
    /** The article id (file name without `.txt`). */
    articleId: string;
    /** The source lines, as split by the parser; claim offsets index into these. */
    lines: string[];
    /** Claims pushed by the collector plugins, in document order. */
    claims: Claim[];
    /** The article's named people and their mentions, set by the people collector for later collectors. */
    people: Person[];
    /** Every place mention of the article, read as a place or not, for its story to read again with all its articles. */
    placeMentions: ArticleMention[];
    /** False when the article's story reads its places (process-story.ts): the places collector then only finds the mentions. */
    readPlacesAlone: boolean;
  }
}

export {};
