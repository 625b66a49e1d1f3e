import { isMap } from 'yaml';
import { problems, type ContentProblem } from '../lib/errors.ts';
import { sourceFactsShape, type SourceFacts } from '../lib/schemas.ts';
import type { FileAt } from './decode-text.ts';
import { keyOf, readFields, readYamlMap } from './read-yaml-fields.ts';

/** A story's `sources.yaml`: the facts about each of its files, and what was wrong with them. */
export interface SourcesFile {
  /** Facts per file id (an article's or a primary source's file name without `.txt`). */
  facts: Map<string, SourceFacts>;
  /** 1-based line of each id's entry, to report an id that names no file. */
  lines: Map<string, number>;
  problems: ContentProblem[];
}

/**
 * Reads a story's optional `sources.yaml` (file id -> outlet, url, published, language, wire,
 * and for primary sources title, kind, publisher, partial). A missing file means no facts; a
 * value that is not what its field expects is reported with its line and ignored, and the
 * entry's other fields are kept.
 */
export async function readSources(path: string, at: FileAt): Promise<SourcesFile> {
  const facts = new Map<string, SourceFacts>();
  const lines = new Map<string, number>();
  const yaml = await readYamlMap(path, at, 'a map from file id to its facts (outlet, url, published, language)');
  if (yaml === null) return { facts, lines, problems: [] };
  const found = [...yaml.problems];
  for (const pair of yaml.map?.items ?? []) {
    const key = keyOf(pair);
    const line = yaml.lineOf(pair.key);
    lines.set(key, line);
    if (pair.value !== null && !isMap(pair.value)) {
      found.push(problems.badField(at, line, key, 'entry', 'expected fields such as outlet: and url: under the id'));
      continue;
    }
    const read = readFields(pair.value, sourceFactsShape, { at, key, lineOf: yaml.lineOf });
    facts.set(key, read.fields);
    found.push(...read.problems);
  }
  return { facts, lines, problems: found };
}
