import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'astro/zod';
import type { FrozenIds } from '../pipeline/compare/frozen-ids.ts';
import { messageOf } from './errors.ts';
import { comparisonSchema } from './schemas.ts';

/** Where published comparison ids are kept (`npm run ids:freeze` writes it). */
export const FROZEN_IDS_FILE = process.env.COMPARISON_IDS_FILE ?? 'content/comparison-ids.json';

const frozenIdsSchema = z.record(comparisonSchema.shape.id, comparisonSchema.shape.claimIds);

/** The published comparison ids, or none when the file is missing; a file that cannot be read or is broken is reported and ignored. */
export function readFrozenIds(path = FROZEN_IDS_FILE): FrozenIds {
  let text: string;
  try {
    text = readFileSync(resolve(path), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      console.warn(`${path}: ignored: cannot be read (${messageOf(error)}); published comparison links may change`);
    return {};
  }
  try {
    return frozenIdsSchema.parse(JSON.parse(text));
  } catch (error) {
    console.warn(
      `${path}: ignored: not a map from comparison id to claim ids (${messageOf(error).split('\n')[0]}); run npm run ids:freeze to rewrite it`,
    );
    return {};
  }
}
