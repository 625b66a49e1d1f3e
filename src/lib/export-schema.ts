/**
 * The public download `/data/claims.json` (and one story's part, `/data/stories/<story>.json`),
 * described once in zod. The JSON Schema published at `/data/claims.schema.json` is generated
 * from it at build time, with the descriptions given here.
 */
import { z } from 'astro/zod';
import {
  articleSchema,
  comparisonSchema,
  figureCheckSchema,
  figureClaimSchema,
  personClaimSchema,
  placeClaimSchema,
  primarySchema,
  quoteCheckSchema,
  quoteClaimSchema,
  storySchema,
} from './schemas.ts';

/** The version of the export's shape; README "Data" says what changed in each. */
export const EXPORT_SCHEMA_VERSION = 3;

const permalink = z.string().regex(/^\//).describe('a path on this site');

/** A story of the export. */
export const exportedStorySchema = storySchema.pick({ id: true, title: true, period: true, summary: true }).extend({
  permalink,
  articleIds: z.array(z.string()).describe('the ids of its articles, in id order'),
});

/** An article of the export: what is known of it, without its text (the text is its file). */
export const exportedArticleSchema = articleSchema
  .pick({
    id: true,
    storyId: true,
    title: true,
    titleDerived: true,
    outlet: true,
    url: true,
    published: true,
    language: true,
    wire: true,
    lines: true,
    words: true,
  })
  .extend({ permalink });

/** A primary source of the export: what is known of it, without its text (the text is its file). */
export const exportedPrimarySchema = primarySchema
  .pick({ id: true, storyId: true, title: true, kind: true, publisher: true, url: true, partial: true, file: true })
  .extend({
    date: z.string().nullable().describe('when it was given or published (ISO 8601), where known'),
    permalink: permalink.describe('its page, every line anchored (#L1, #L2, ...)'),
  });

const claimPermalink = { permalink: permalink.describe('shows the claim in place, highlighted, on its article page') };

/**
 * A claim of the export: the claim with the link that shows it highlighted in its article; a
 * quote or figure also with its check against the story's primary sources.
 */
export const exportedClaimSchema = z.discriminatedUnion('kind', [
  figureClaimSchema.extend({
    ...claimPermalink,
    primaryCheck: figureCheckSchema
      .nullable()
      .describe(
        'the same quantity in a primary source of the story, and whether it is the same; null when no primary gives it',
      ),
  }),
  quoteClaimSchema.extend({
    ...claimPermalink,
    primaryCheck: quoteCheckSchema
      .nullable()
      .describe(
        'the quote against what its speaker said in a primary source of the story; null when the speaker has no words in any',
      ),
  }),
  placeClaimSchema.extend(claimPermalink),
  personClaimSchema.extend(claimPermalink),
]);

/** A comparison of the export, with its page. */
export const exportedComparisonSchema = comparisonSchema.extend({ permalink });

/** Everything the site knows, as one document. */
export const exportSchema = z
  .object({
    schemaVersion: z.literal(EXPORT_SCHEMA_VERSION),
    schema: z.string().describe('where this JSON Schema is published'),
    stories: z.array(exportedStorySchema),
    articles: z.array(exportedArticleSchema),
    primaries: z
      .array(exportedPrimarySchema)
      .describe("the stories' primary sources: transcripts, statements, releases"),
    notLoaded: z
      .array(
        z.object({
          file: z.string().describe('path relative to the content folder'),
          line: z.number().int().positive().nullable(),
          reason: z.string(),
        }),
      )
      .describe('files that could not be loaded, with the reason'),
    claims: z.array(exportedClaimSchema),
    comparisons: z.array(exportedComparisonSchema),
  })
  .describe(
    'Every story, article, extracted claim and comparison of the site. Offsets point into the source file: `line` is the 0-based line of the article file (split on line feeds after a byte order mark is dropped and CRLF made LF), and `start`/`end` are JavaScript string indices (UTF-16 code units) into that line, so that lines[line].slice(start, end) === text. Comparisons are always within one story. A primaryCheck points into a primary source file the same way: lines[line].slice(start, end) === text.',
  );
export type ExportDocument = z.output<typeof exportSchema>;

/** The JSON Schema of the export (draft 2020-12), made from the zod schema above. */
export function exportJsonSchema(): Record<string, unknown> {
  return {
    $id: 'claims.schema.json',
    title: 'Claims export (served at /data/claims.json and, one story each, /data/stories/<story>.json)',
    ...z.toJSONSchema(exportSchema, { target: 'draft-2020-12', io: 'output' }),
  };
}
