/**
 * The single source of the site's data types: zod schemas for article metadata, article
 * entries, claims and comparisons. Types are derived from them with `z.output`.
 */
import type { Root } from 'mdast';
import { z } from 'astro/zod';

/** Optional facts an editor writes about an article in `content/sources.yaml`. */
export const articleMetaSchema = z
  .object({
    outlet: z.string().min(1).optional(),
    url: z.url().optional(),
    published: z.iso
      .date()
      .or(z.iso.datetime({ offset: true }))
      .optional(),
    language: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'a BCP 47 tag such as "en" or "en-GB"')
      .optional(),
    title: z.string().min(1).optional(),
  })
  .strict();
export type ArticleMeta = z.output<typeof articleMetaSchema>;

function isArticleTree(value: unknown): value is Root {
  if (typeof value !== 'object' || value === null) return false;
  const node = value as { type?: unknown; children?: unknown };
  return node.type === 'root' && Array.isArray(node.children);
}

const lineOffsets = {
  /** 0-based line of the source file. */
  line: z.number().int().nonnegative(),
  /** UTF-16 offsets into that line: `lines[line].slice(start, end) === text`. */
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
};

const claimBase = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  articleId: z.string().min(1),
  text: z.string().min(1),
  ...lineOffsets,
});

/** A number that counts or measures something, with who gave it. */
export const figureClaimSchema = claimBase.extend({
  kind: z.literal('figure'),
  value: z.number(),
  unit: z.string().nullable(),
  qualifier: z.enum(['exact', 'approx', 'max', 'min']),
  subject: z.string().nullable(),
  attribution: z.string().nullable(),
});
/** A direct quotation and its speaker. */
export const quoteClaimSchema = claimBase.extend({
  kind: z.literal('quote'),
  quote: z.string().min(1),
  speaker: z.string().nullable(),
  partial: z.boolean(),
});
/** A geographic place, with coordinates where known. */
export const placeClaimSchema = claimBase.extend({
  kind: z.literal('place'),
  name: z.string().min(1),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
});
/** A named person, with a role where the text gives one. */
export const personClaimSchema = claimBase.extend({
  kind: z.literal('person'),
  name: z.string().min(1),
  role: z.string().nullable(),
});
/** A calendar date or day named in the text. */
export const dateClaimSchema = claimBase.extend({
  kind: z.literal('date'),
  iso: z.string().nullable(),
});

/** Any claim, told apart by `kind`. */
export const claimSchema = z.discriminatedUnion('kind', [
  figureClaimSchema,
  quoteClaimSchema,
  placeClaimSchema,
  personClaimSchema,
  dateClaimSchema,
]);
export type Claim = z.output<typeof claimSchema>;
export type ClaimKind = Claim['kind'];
export type FigureClaim = z.output<typeof figureClaimSchema>;
export type QuoteClaim = z.output<typeof quoteClaimSchema>;
export type PlaceClaim = z.output<typeof placeClaimSchema>;

/** One article that loaded: its metadata, its syntax tree and its claims. */
export const articleSchema = z.object({
  /** The file name without `.txt`. */
  id: z.string().min(1),
  /** URL-safe form of the id, used in paths. */
  slug: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/),
  file: z.string(),
  title: z.string().min(1),
  /** True when the article has no headline line and the title was made from its first sentence. */
  titleDerived: z.boolean(),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  published: z.string().nullable(),
  language: z.string().nullable(),
  /** Number of lines in the source file. */
  lines: z.number().int().nonnegative(),
  /** Words of article text, headings and boilerplate excluded. */
  words: z.number().int().nonnegative(),
  bytes: z.number().int().positive(),
  tree: z.custom<Root>(isArticleTree, 'an article syntax tree'),
  claims: z.array(claimSchema),
});
export type Article = z.output<typeof articleSchema>;

/** One article file that could not be loaded, and why. */
export const rejectedArticleSchema = z.object({
  file: z.string(),
  line: z.number().int().positive().nullable(),
  code: z.string(),
  reason: z.string(),
});
export type RejectedArticle = z.output<typeof rejectedArticleSchema>;

/** An entry of the articles collection: an article that loaded, or a file that did not and why. */
export const articleFileSchema = z.discriminatedUnion('status', [
  articleSchema.extend({ status: z.literal('loaded') }),
  rejectedArticleSchema.extend({ status: z.literal('rejected') }),
]);

/** Claims from different articles about the same thing. */
export const comparisonSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  kind: z.enum(['figure', 'quote', 'place']),
  topic: z.string().min(1),
  claimIds: z.array(z.string()).min(1),
  articleIds: z.array(z.string()).min(1),
  verdict: z.enum(['agree', 'differ', 'single-source']),
});
export type Comparison = z.output<typeof comparisonSchema>;

/** What the story is, written by the editor in `content/story.yaml`. */
export const storySchema = z.object({
  title: z.string().min(1),
  period: z.string().min(1).optional(),
  summary: z.string().min(1).optional(),
});
export type StoryMeta = z.output<typeof storySchema>;
