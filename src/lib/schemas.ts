/**
 * The single source of the site's data types: zod schemas for article metadata, article
 * entries, claims and comparisons. Types are derived from them with `z.output`.
 */
import type { Root } from 'mdast';
import { z } from 'astro/zod';
import { COMPARED_KINDS } from './claim-kinds.ts';

const isoDate = z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
  error: 'not an ISO 8601 date; write it as 2024-10-23',
});

/**
 * What an editor may write about a source file (an article or a primary source) in its story's
 * `sources.yaml`, keyed by the file's id. Every field is optional and checked on its own.
 */
export const sourceFactsShape = {
  /** The outlet that published an article ("Voice of America"). */
  outlet: z.string().min(1),
  url: z.httpUrl({ error: 'not a web address; write it in full, starting with https:// or http://' }),
  /** Publication date (ISO 8601). */
  published: isoDate,
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'not a BCP 47 language tag such as "en" or "en-GB"'),
  /** A title to show instead of the file's first line. */
  title: z.string().min(1),
  /** The news agency whose story the outlet carries ("Associated Press"). */
  wire: z.string().min(1),
  /** An editor's note on where the text comes from. */
  note: z.string().min(1),
  /** What a primary source is. */
  kind: z.enum(['transcript', 'statement', 'release'], { error: 'not one of transcript, statement, release' }),
  /** Who published a primary source ("The White House"). */
  publisher: z.string().min(1),
  /** True when only part of a primary source is at hand. */
  partial: z.boolean({ error: 'not true or false' }),
};
/** Facts about one source file, as read from `sources.yaml`. */
export type SourceFacts = Partial<{ [K in keyof typeof sourceFactsShape]: z.output<(typeof sourceFactsShape)[K]> }>;

function isArticleTree(value: unknown): value is Root {
  if (typeof value !== 'object' || value === null) return false;
  const node = value as { type?: unknown; children?: unknown };
  return node.type === 'root' && Array.isArray(node.children);
}

const lineOffsets = {
  line: z.number().int().nonnegative().describe('0-based line of the source file'),
  start: z
    .number()
    .int()
    .nonnegative()
    .describe('UTF-16 offset into that line where the claim starts: lines[line].slice(start, end) === text'),
  end: z.number().int().positive().describe('UTF-16 offset into that line just past the claim'),
};

const claimBase = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/)
    .describe('stable across rebuilds and across adding or removing other articles and stories'),
  articleId: z.string().min(1).describe('the id of the article the claim is in'),
  text: z.string().min(1).describe('the exact source text of the claim'),
  ...lineOffsets,
});

/** A number that counts or measures something, with who gave it. */
export const figureClaimSchema = claimBase.extend({
  kind: z.literal('figure'),
  value: z.number().describe('the number, with scale words applied: "7.1 million" is 7100000'),
  unit: z.string().nullable().describe('what is counted or the unit measured: troops, km, meals, ...'),
  qualifier: z
    .enum(['exact', 'approx', 'max', 'min'])
    .describe(
      "exact: '11,000'; approx: 'about, around, nearly'; max: 'up to, as many as'; min: 'more than, over, at least'",
    ),
  subject: z.string().nullable().describe('what the figure counts or measures, in words'),
  attribution: z
    .string()
    .nullable()
    .describe('who the text says the figure comes from; null when the text names no one'),
});
/** A direct quotation and its speaker. */
export const quoteClaimSchema = claimBase.extend({
  kind: z.literal('quote'),
  quote: z.string().min(1).describe('the quoted words without the quote marks'),
  speaker: z
    .string()
    .nullable()
    .describe("full name of the person quoted, resolved from 'he said' and the like; null when the text names no one"),
  partial: z.boolean().describe('true for a fragment quoted inside a sentence of reported speech'),
});
/** A geographic place, with coordinates where known. */
export const placeClaimSchema = claimBase.extend({
  kind: z.literal('place'),
  name: z.string().min(1).describe('canonical place name'),
  lat: z.number().nullable().describe('latitude in degrees, where known'),
  lon: z.number().nullable().describe('longitude in degrees, where known'),
});
/** A named person, with a role where the text gives one. */
export const personClaimSchema = claimBase.extend({
  kind: z.literal('person'),
  name: z.string().min(1).describe('full name as the article gives it'),
  role: z.string().nullable().describe('role or title where the text gives one'),
});
/** Any claim, told apart by `kind`. */
export const claimSchema = z.discriminatedUnion('kind', [
  figureClaimSchema,
  quoteClaimSchema,
  placeClaimSchema,
  personClaimSchema,
]);
export type Claim = z.output<typeof claimSchema>;
export type ClaimKind = Claim['kind'];
export type FigureClaim = z.output<typeof figureClaimSchema>;
export type QuoteClaim = z.output<typeof quoteClaimSchema>;
export type PlaceClaim = z.output<typeof placeClaimSchema>;

/** One article that loaded: its story, its metadata, its syntax tree and its claims. */
export const articleSchema = z.object({
  /** The file name without `.txt`, unique across the site. */
  id: z.string().min(1),
  /** URL-safe form of the id, used in paths. */
  slug: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/),
  /** The story it belongs to (its folder name). */
  storyId: z.string().min(1),
  /** Path of the file, relative to the content folder. */
  file: z.string(),
  title: z.string().min(1),
  /** True when the article has no headline line and the title was made from its first sentence. */
  titleDerived: z.boolean(),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  published: z.string().nullable(),
  language: z.string().nullable(),
  /** The news agency whose story the outlet carries, where known. */
  wire: z.string().nullable(),
  /** Number of lines in the source file. */
  lines: z.number().int().nonnegative(),
  /** Words of article text, headings and boilerplate excluded. */
  words: z.number().int().nonnegative(),
  bytes: z.number().int().positive(),
  tree: z.custom<Root>(isArticleTree, 'an article syntax tree'),
  claims: z.array(claimSchema),
});
export type Article = z.output<typeof articleSchema>;

/** A primary source of a story (a transcript, a statement, a release), as its file reads. */
export const primarySchema = z.object({
  /** The file name without `.txt`, unique within its story. */
  id: z.string().min(1),
  storyId: z.string().min(1),
  /** Path of the file, relative to the content folder. */
  file: z.string(),
  title: z.string().min(1),
  kind: z.enum(['transcript', 'statement', 'release']).nullable(),
  publisher: z.string().nullable(),
  url: z.string().nullable(),
  published: z.string().nullable(),
  /** True when only part of it is at hand: a quote not found in it may be in the part we lack. */
  partial: z.boolean(),
  language: z.string().nullable(),
  /** The file's lines (after a byte order mark is dropped and line endings made LF). */
  lines: z.array(z.string()),
  bytes: z.number().int().positive(),
});
export type Primary = z.output<typeof primarySchema>;

/** A problem with the content: a file not loaded (`error`), or something in a file ignored (`warning`). */
export const problemSchema = z.object({
  /** Path relative to the content folder. */
  file: z.string(),
  line: z.number().int().positive().nullable(),
  code: z.string(),
  severity: z.enum(['error', 'warning']),
  storyId: z.string().nullable(),
  reason: z.string(),
});
export type Problem = z.output<typeof problemSchema>;

/** What the build found wrong with the content, in path order: one entry, always there. */
export const reportSchema = z.object({ problems: z.array(problemSchema) });

/** Claims from different articles about the same thing. */
export const comparisonSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/)
    .describe('stable: a published comparison keeps its id while it shares claims with what was published'),
  storyId: z.string().describe('the story it belongs to: claims are only ever compared within one story'),
  kind: z.enum(COMPARED_KINDS).describe('the kind of its claims (people are not compared)'),
  topic: z.string().min(1).describe('what is compared, in words'),
  claimIds: z.array(z.string()).min(1),
  articleIds: z.array(z.string()).min(1),
  verdict: z
    .enum(['agree', 'differ', 'single-source'])
    .describe('agree: every source gives the same; differ: they do not; single-source: only one source has it'),
});
export type Comparison = z.output<typeof comparisonSchema>;

/** What a story is, written by its editor in `content/stories/<story>/story.yaml`. */
export const storyMetaShape = {
  title: z.string().min(1),
  /** When it happened, as people write it ("October 2024"). */
  period: z.string().min(1),
  summary: z.string().min(1),
};

/** A story: a folder of articles about one event, and its primary sources. */
export const storySchema = z.object({
  /** The folder name: the story's id and URL slug. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  title: z.string().min(1),
  /** True when the story has no `story.yaml` and its title was made from the folder name. */
  titleDerived: z.boolean(),
  period: z.string().nullable(),
  summary: z.string().nullable(),
  /** How many primary sources loaded. */
  primaryCount: z.number().int().nonnegative(),
});
export type StoryEntry = z.output<typeof storySchema>;
