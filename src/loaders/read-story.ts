import { problems, type ContentProblem } from '../lib/errors.ts';
import { storyMetaShape } from '../lib/schemas.ts';
import type { FileAt } from './decode-text.ts';
import { readFields, readYamlMap } from './read-yaml-fields.ts';

/** What `story.yaml` says of a story, with the title made from the folder name when it says none. */
export interface StoryFile {
  title: string;
  titleDerived: boolean;
  period: string | null;
  summary: string | null;
  problems: ContentProblem[];
}

/** "hurricane-helene-2024" -> "Hurricane helene 2024": a readable title when the editor wrote none. */
export function titleFromFolder(folder: string): string {
  const words = folder.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Reads a story's `story.yaml` (title, period, summary). Without one, or without a title in it,
 * the title is made from the folder name and a warning says so; a bad field is reported and ignored.
 */
export async function readStory(path: string, at: FileAt, folder: string): Promise<StoryFile> {
  const yaml = await readYamlMap(path, at, 'fields title:, period: and summary:');
  const read =
    yaml === null
      ? { fields: {}, problems: [] }
      : readFields(yaml.map, storyMetaShape, { at, key: 'story', lineOf: yaml.lineOf });
  const fields: Partial<Record<keyof typeof storyMetaShape, string>> = read.fields;
  const found = [...(yaml?.problems ?? []), ...read.problems];
  const title = fields.title ?? titleFromFolder(folder);
  if (fields.title === undefined) found.push(problems.noStoryYaml(at, title));
  return {
    title,
    titleDerived: fields.title === undefined,
    period: fields.period ?? null,
    summary: fields.summary ?? null,
    problems: found,
  };
}
