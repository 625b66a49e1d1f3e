/**
 * The ids the site has published, kept in the content folder so that their links keep working
 * whatever changes later: `comparison-ids.json` (comparison id -> its claims) pins comparison
 * ids, and `claim-ids.json` (claim id -> its article and line) lets a claim that is no longer
 * found still lead somewhere. `npm run ids:freeze` writes both after a build is published.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'astro/zod';
import type { FrozenIds } from '../pipeline/compare/frozen-ids.ts';
import { messageOf } from '../lib/errors.ts';
import { comparisonSchema } from '../lib/schemas.ts';

const folder = process.env.CONTENT_DIR ?? 'content/';

/** Where published comparison ids are kept. */
export const FROZEN_IDS_FILE = process.env.COMPARISON_IDS_FILE ?? `${folder.replace(/\/*$/, '/')}comparison-ids.json`;

/** Where published claim ids are kept. */
export const CLAIM_IDS_FILE = process.env.CLAIM_IDS_FILE ?? `${folder.replace(/\/*$/, '/')}claim-ids.json`;

/** A published claim: the article it was in and its 0-based line there. */
export type PublishedClaims = Record<string, readonly [articleId: string, line: number]>;

const frozenIdsSchema = z.record(comparisonSchema.shape.id, comparisonSchema.shape.claimIds);
const claimIdsSchema = z.record(z.string(), z.tuple([z.string(), z.number().int().nonnegative()]));

function readRegistry<T>(path: string, schema: z.ZodType<T>, what: string, empty: T): T {
  let text: string;
  try {
    text = readFileSync(resolve(path), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      console.warn(`${path}: ignored: cannot be read (${messageOf(error)}); published links may change`);
    return empty;
  }
  try {
    return schema.parse(JSON.parse(text));
  } catch (error) {
    console.warn(
      `${path}: ignored: not ${what} (${messageOf(error).split('\n')[0] ?? ''}); run npm run ids:freeze to rewrite it`,
    );
    return empty;
  }
}

/** The published comparison ids, or none when the file is missing; a broken file is reported and ignored. */
export function readFrozenIds(path = FROZEN_IDS_FILE): FrozenIds {
  return readRegistry(path, frozenIdsSchema, 'a map from comparison id to claim ids', {});
}

/** The published claim ids, or none when the file is missing; a broken file is reported and ignored. */
export function readPublishedClaims(path = CLAIM_IDS_FILE): PublishedClaims {
  return readRegistry(path, claimIdsSchema, 'a map from claim id to [article id, line]', {});
}

/** The registry of claims after a build is published: what was recorded, updated with every claim built now. */
export function recordClaims(
  published: PublishedClaims,
  built: readonly { id: string; articleId: string; line: number }[],
): PublishedClaims {
  const all = new Map(Object.entries(published));
  for (const claim of built) all.set(claim.id, [claim.articleId, claim.line]);
  return Object.fromEntries([...all].sort(([a], [b]) => (a < b ? -1 : 1)));
}
