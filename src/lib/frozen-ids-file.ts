import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'astro/zod';
import type { FrozenIds } from '../pipeline/compare/frozen-ids.ts';
import { messageOf } from './errors.ts';

/** Where published comparison ids are kept (`npm run ids:freeze` writes it). */
export const FROZEN_IDS_FILE = process.env.COMPARISON_IDS_FILE ?? 'content/comparison-ids.json';

const frozenIdsSchema = z.record(z.string().regex(/^[a-z0-9][a-z0-9-]*$/), z.array(z.string()));

/** The published comparison ids, or none when the file is missing; a broken file is reported and ignored. */
export function readFrozenIds(path = FROZEN_IDS_FILE): FrozenIds {
  let text: string;
  try {
    text = readFileSync(resolve(path), 'utf8');
  } catch {
    return {};
  }
  try {
    return frozenIdsSchema.parse(JSON.parse(text));
  } catch (error) {
    console.warn(`${path}: ignored: not a map from comparison id to claim ids (${messageOf(error).split('\n')[0]}); run npm run ids:freeze to rewrite it`);
    return {};
  }
}
