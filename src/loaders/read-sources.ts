import { readFile } from 'node:fs/promises';
import { isMap, isScalar, parseDocument, LineCounter } from 'yaml';
import { articleMetaSchema, type ArticleMeta } from '../lib/schemas.ts';

/** Per-article metadata from the sidecar file, and what was wrong with it. */
export interface SourcesFile {
  meta: Map<string, ArticleMeta>;
  warnings: string[];
}

/**
 * Reads the optional sidecar `sources.yaml` (article id -> outlet, url, published, language).
 * A missing file means no metadata; a malformed entry is reported with its line and ignored,
 * and never stops the articles from loading.
 */
export async function readSources(path: string, displayPath: string): Promise<SourcesFile> {
  const meta = new Map<string, ArticleMeta>();
  const warnings: string[] = [];
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return { meta, warnings };
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  const lineOf = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
  for (const error of document.errors) {
    warnings.push(`${displayPath}:${lineOf(error.pos[0])}: ignored: ${error.message.split('\n')[0]}`);
  }
  if (document.errors.length > 0) return { meta, warnings };
  if (document.contents === null) return { meta, warnings };
  if (!isMap(document.contents)) {
    warnings.push(
      `${displayPath}:1: ignored: expected a map from article id to its facts (outlet, url, published, language)`,
    );
    return { meta, warnings };
  }
  for (const pair of document.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const line = lineOf(isScalar(pair.key) ? pair.key.range[0] : undefined);
    const value: unknown = pair.value === null ? {} : (pair.value.toJSON() as unknown);
    const parsed = articleMetaSchema.safeParse(value ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      warnings.push(
        `${displayPath}:${line}: ignored the entry for "${key}": ${issue?.path.join('.') ?? 'entry'}: ${issue?.message}`,
      );
      continue;
    }
    meta.set(key, parsed.data);
  }
  return { meta, warnings };
}
