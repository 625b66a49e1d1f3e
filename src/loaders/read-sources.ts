import { readFile } from 'node:fs/promises';
import { isMap, parseDocument, LineCounter } from 'yaml';
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
    warnings.push(`${displayPath}:1: ignored: expected a map from article id to its facts (outlet, url, published, language)`);
    return { meta, warnings };
  }
  for (const pair of document.contents.items) {
    const key = String((pair.key as { value?: unknown } | null)?.value ?? pair.key);
    const line = lineOf((pair.key as { range?: [number] } | null)?.range?.[0]);
    const parsed = articleMetaSchema.safeParse((pair.value as { toJSON?: () => unknown } | null)?.toJSON?.() ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      warnings.push(`${displayPath}:${line}: ignored the entry for "${key}": ${issue?.path.join('.') || 'entry'}: ${issue?.message}`);
      continue;
    }
    meta.set(key, parsed.data);
  }
  return { meta, warnings };
}
