import { readFile } from 'node:fs/promises';
import { isMap, isScalar, LineCounter, parseDocument, type Pair, type YAMLMap } from 'yaml';
import type { z } from 'astro/zod';
import { problems, type ContentProblem } from '../lib/errors.ts';
import type { FileAt } from './decode-text.ts';

/** A YAML file read as a map, with the 1-based line of each key; null when the file is missing. */
export interface YamlMap {
  map: YAMLMap | null;
  lineOf: (node: unknown) => number;
  problems: ContentProblem[];
}

/** Reads a YAML file whose top level must be a map. A missing file is no problem; a broken one is reported with its line. */
export async function readYamlMap(path: string, at: FileAt, expected: string): Promise<YamlMap | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return null;
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  const lineOf = (node: unknown) => {
    const range = (node as { range?: [number, number, number] } | null)?.range;
    return range ? lineCounter.linePos(range[0]).line : 1;
  };
  const found = document.errors.map((error) =>
    problems.badYaml(at, lineCounter.linePos(error.pos[0]).line, error.message.split('\n')[0] ?? ''),
  );
  if (found.length > 0) return { map: null, lineOf, problems: found };
  if (document.contents === null) return { map: null, lineOf, problems: [] };
  if (!isMap(document.contents))
    return { map: null, lineOf, problems: [problems.badYaml(at, 1, `expected ${expected}`)] };
  return { map: document.contents, lineOf, problems: [] };
}

/** The key of a map entry as text. */
export function keyOf(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
}

/**
 * Checks each field of a YAML map against its own schema and keeps the ones that pass: a bad
 * value or an unknown field is reported with its line and ignored, and the other fields stay.
 */
export function readFields<Shape extends Record<string, z.ZodType>>(
  map: YAMLMap | null,
  shape: Shape,
  context: { at: FileAt; key: string; lineOf: (node: unknown) => number },
): { fields: Partial<{ [K in keyof Shape]: z.output<Shape[K]> }>; problems: ContentProblem[] } {
  const fields: Record<string, unknown> = {};
  const found: ContentProblem[] = [];
  const known = Object.keys(shape);
  for (const pair of map?.items ?? []) {
    const field = keyOf(pair);
    const line = context.lineOf(pair.value ?? pair.key);
    const schema = shape[field];
    if (schema === undefined) {
      found.push(problems.unknownField(context.at, line, context.key, field, known));
      continue;
    }
    const value: unknown = isScalar(pair.value)
      ? pair.value.toJSON()
      : (pair.value as { toJSON?: () => unknown } | null)?.toJSON?.();
    const parsed = schema.safeParse(value);
    if (parsed.success) fields[field] = parsed.data;
    else
      found.push(problems.badField(context.at, line, context.key, field, parsed.error.issues[0]?.message ?? 'invalid'));
  }
  return { fields: fields as Partial<{ [K in keyof Shape]: z.output<Shape[K]> }>, problems: found };
}
