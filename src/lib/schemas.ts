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

/**
 * The kinds of quantity a figure can be: what its number counts or measures. Figures of a story
 * are compared only with figures of the same kind.
 */
export const QUANTITY_KINDS = [
  'people',
  'deaths',
  'injured',
  'missing',
  'money',
  'objects',
  'animals',
  'buildings',
  'places',
  'distance',
  'area',
  'weight',
  'volume',
  'speed',
  'duration',
  'age',
  'percentage',
  'other',
] as const;
export type QuantityKind = (typeof QUANTITY_KINDS)[number];

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
  quantity: z
    .enum(QUANTITY_KINDS)
    .describe(
      'the kind of quantity: people (troops, prisoners, evacuees...), deaths, injured, missing, money, objects (supplies, vehicles, weapons), animals, buildings (homes), places (states, counties, bases), distance, area, weight, volume, speed, duration (a prison term, a 90-day moratorium), age, percentage, or other',
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
    .describe(
      "who said it: the person's fullest name in the story (one name for one person across its articles), resolved from 'he said', titles and the like; else the body or the description the text gives ('the ministry', 'a senior official'); null when the text names no one",
    ),
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
  name: z.string().min(1).describe('full name: the fullest form any article of the story gives for this person'),
  role: z.string().nullable().describe('role or title where the text gives one'),
});
/** Where a check found its passage in a primary: `lines[line].slice(start, end) === text` in the primary's file. */
const passageShape = {
  primaryId: z
    .string()
    .min(1)
    .describe("the id of the primary source (its file name without .txt) within the claim's story"),
  line: z.number().int().nonnegative().describe('0-based line of the primary source file'),
  start: z
    .number()
    .int()
    .nonnegative()
    .describe('UTF-16 offset into that line: lines[line].slice(start, end) === text'),
  end: z.number().int().positive(),
  text: z.string().min(1).describe('the passage as the primary prints it (its first line, when it runs over several)'),
  more: z
    .array(
      z.object({
        line: z.number().int().nonnegative(),
        start: z.number().int().nonnegative(),
        end: z.number().int().positive(),
        text: z.string(),
      }),
    )
    .describe('the rest of the passage, line by line, when it runs over several lines of one speaker turn'),
  note: z.string().min(1).describe('what the check found, in a sentence for readers'),
};

/** One step of a word diff of a quote against its primary: what the outlet kept, dropped, added or changed. */
export const quoteDiffPartSchema = z.object({
  op: z
    .enum(['same', 'dropped', 'added', 'changed', 'joined', 'inserted', 'elided'])
    .describe(
      "same: the words of both; dropped: words of the primary the quote leaves out; added: words only the quote has; changed: words the quote puts in place of the primary's; joined: sentences of the primary left out between two quoted ones, without an ellipsis; inserted: words the outlet put in brackets or parentheses; elided: words left out where the quote prints an ellipsis",
    ),
  quote: z.string().nullable().describe("the quote's words of this step, or null"),
  primary: z.string().nullable().describe("the primary's words of this step, or null"),
});
export type QuoteDiffPart = z.output<typeof quoteDiffPartSchema>;

/** How a quote compares with what its speaker said in a primary source of the story. */
export const quoteCheckSchema = z.discriminatedUnion('verdict', [
  z.object({
    verdict: z.literal('verbatim').describe('the same words, quote marks, punctuation and case aside'),
    ...passageShape,
    speaker: z.string().describe('who speaks the passage, as the story names them'),
  }),
  z.object({
    verdict: z.literal('variant').describe('the passage the quote comes from, in other words'),
    ...passageShape,
    speaker: z.string(),
    diff: z.array(quoteDiffPartSchema).describe('the quote against the passage, word by word, in order'),
  }),
  z.object({
    verdict: z.literal('not-found').describe('the speaker has words in a primary of the story, but not these'),
    primaryId: z
      .string()
      .min(1)
      .describe('the primary most likely to hold it: a partial one, else the closest in date'),
    line: z.null(),
    start: z.null(),
    end: z.null(),
    text: z.null(),
    partial: z
      .boolean()
      .describe('true when only part of a transcript searched is at hand: the quote may be in the part we lack'),
    searched: z.array(z.string()).describe('every primary of the story the speaker has words in'),
    speaker: z.string(),
    note: z.string().min(1),
  }),
]);
export type QuoteCheck = z.output<typeof quoteCheckSchema>;

/** How a figure compares with the same quantity given in a primary source of the story. */
export const figureCheckSchema = z.object({
  verdict: z.enum(['same', 'differs']).describe('same: the same value and hedge; differs: see differences'),
  ...passageShape,
  value: z.number().describe('the value the primary gives'),
  qualifier: z.enum(['exact', 'approx', 'max', 'min']).describe('the hedge the primary gives, as for figures'),
  unit: z.string().nullable(),
  speaker: z.string().nullable().describe('who gives it in the primary, where the primary says'),
  differences: z
    .array(z.enum(['value', 'qualifier']))
    .describe('what differs: the value, the hedge ("around", "up to"), or both'),
});
export type FigureCheck = z.output<typeof figureCheckSchema>;

/** A quote's or a figure's check against the primaries. */
export type PrimaryCheck = QuoteCheck | FigureCheck;

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

/** One stretch of a speaker turn's words on one line of a primary: `lines[line].slice(start, end)`. */
const turnPieceSchema = z.object({
  line: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
});

/** A speaker turn of a primary, as printed ("MR. KIRBY:  ..."), with where its words are. */
export const turnSchema = z.object({
  /** The label as printed; null for a text with no labels, read as one statement. */
  label: z.string().nullable(),
  /** True for a reporter's question ("Q"). */
  question: z.boolean(),
  /** 0-based line of the label and where it starts in that line. */
  line: z.number().int().nonnegative(),
  labelStart: z.number().int().nonnegative(),
  pieces: z.array(turnPieceSchema),
});

/** A primary source of a story (a transcript, a statement, a release), as its file reads. */
export const primarySchema = z.object({
  /** The file name without `.txt`, unique within its story. */
  id: z.string().min(1),
  /** URL-safe form of the id, used in its page's path under its story. */
  slug: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/),
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
  /** Its speaker turns, in order; lines of no one (header, time stamps) are in none. */
  turns: z.array(turnSchema),
  /** True when it prints no speaker label, so it is read as one statement (by whom its title or publisher says). */
  statement: z.boolean(),
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
    .enum(['agree', 'differ', 'partial', 'single-source'])
    .describe(
      'agree: every source gives the same; differ: they do not; partial (quotes): the others quote part of what one source quotes whole, in the same words; single-source: only one source has it',
    ),
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
