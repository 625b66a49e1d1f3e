import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_ARTICLE_BYTES, MAX_PRIMARY_BYTES, messageOf, problems, type ContentProblem } from '../lib/errors.ts';
import type { SourceFacts } from '../lib/schemas.ts';
import { readTurns } from '../pipeline/parse/parse-primary.ts';
import type { PrimaryTurns } from '../pipeline/parse/find-turns.ts';
import { statementSpeakerKnown } from '../pipeline/check/read-primary.ts';
import { decodeText, type FileAt } from './decode-text.ts';
import { readSources } from './read-sources.ts';
import { readStory, type StoryFile } from './read-story.ts';
import { slugify, storySlug } from './slugify.ts';

/** A text file of a story that passed every check. */
export interface ScannedText {
  /** The file name without `.txt`. */
  id: string;
  /** URL-safe form of the id. */
  slug: string;
  /** Path relative to the content folder, with `/`. */
  file: string;
  text: string;
  bytes: number;
  facts: SourceFacts;
}

/** A primary source that passed every check, with its speaker turns. */
export interface ScannedPrimary extends ScannedText {
  turns: PrimaryTurns;
}

/** One story folder, read. */
export interface ScannedStory extends Omit<StoryFile, 'problems'> {
  /** The story's id and URL slug (its folder name). */
  id: string;
  /** The folder name as written. */
  folder: string;
  articles: ScannedText[];
  primaries: ScannedPrimary[];
}

/** Everything under the content folder: the stories that can be built, and every problem found. */
export interface ContentScan {
  stories: ScannedStory[];
  problems: ContentProblem[];
}

const STORIES = 'stories';
const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The `.txt` files under `folder` (recursively), as paths relative to it with `/`. */
async function textFilesUnder(folder: string, skip: (name: string) => boolean = () => false): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(folder, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.txt'))
    .map((entry) =>
      join(entry.parentPath, entry.name)
        .slice(folder.length + 1)
        .split('\\')
        .join('/'),
    )
    .filter((path) => !skip(path))
    .sort(byName);
}

async function subfolders(folder: string): Promise<string[]> {
  try {
    const entries = await readdir(folder, { withFileTypes: true });
    return entries.flatMap((entry) => (entry.isDirectory() ? [entry.name] : [])).sort(byName);
  } catch {
    return [];
  }
}

/** Reads and decodes the `.txt` files of one folder of a story; those that fail become problems. */
async function readTexts(
  root: string,
  folder: string,
  storyId: string,
  limit: number,
  found: ContentProblem[],
): Promise<{ ids: string[]; texts: Omit<ScannedText, 'facts'>[] }> {
  const names = (await textFilesUnder(join(root, folder))).filter((name) => !name.includes('/'));
  const texts: Omit<ScannedText, 'facts'>[] = [];
  for (const name of names) {
    const at: FileAt = { file: `${folder}/${name}`, storyId };
    let bytes: Uint8Array;
    try {
      bytes = await readFile(join(root, folder, name));
    } catch (error) {
      found.push(problems.unreadable(at, messageOf(error)));
      continue;
    }
    const decoded = decodeText(at, bytes, limit);
    if (!decoded.ok) {
      found.push(decoded.problem);
      continue;
    }
    const id = name.slice(0, -'.txt'.length);
    texts.push({ id, slug: slugify(id), file: at.file, text: decoded.text, bytes: bytes.length });
  }
  return { ids: names.map((name) => name.slice(0, -'.txt'.length)), texts };
}

/**
 * Reads the content folder: one folder per story under `stories/`, each with `story.yaml`,
 * `sources.yaml`, `articles/*.txt` and `primary/*.txt`. Stories come in folder-name order and
 * files in name order, so that "the second of two" is always the same file. Nothing is dropped
 * silently: a file that cannot be used, a `.txt` outside any story, an empty story folder or an
 * article id used twice is reported as a problem naming its path.
 */
export async function scanContent(root: string): Promise<ContentScan> {
  const found: ContentProblem[] = [];
  // Text files outside the stories folder (the old content/articles/, say) belong to no story.
  for (const file of await textFilesUnder(root, (path) => path.startsWith(`${STORIES}/`)))
    found.push(problems.strayFile({ file }));

  const stories: ScannedStory[] = [];
  const storyIds = new Map<string, string>();
  // Articles are found by id (/articles/<slug>/): an id may be used once across the whole site.
  const articleSlugs = new Map<string, string>();
  for (const file of await textFilesUnder(join(root, STORIES), (path) => path.includes('/')))
    found.push(problems.strayFile({ file: `${STORIES}/${file}` }));

  for (const folder of await subfolders(join(root, STORIES))) {
    const base = `${STORIES}/${folder}`;
    const id = storySlug(folder);
    const at: FileAt = { file: `${base}/`, storyId: id };
    const taken = storyIds.get(id);
    if (taken !== undefined) {
      found.push(problems.duplicateId(at, `${STORIES}/${taken}/`));
      continue;
    }
    storyIds.set(id, folder);
    if (id !== folder) found.push(problems.badStoryFolder(at, id));

    const strays = await textFilesUnder(join(root, base), (path) => /^(articles|primary)\/[^/]+$/.test(path));
    for (const file of strays) found.push(problems.strayFile({ file: `${base}/${file}`, storyId: id }));

    const meta = await readStory(join(root, base, 'story.yaml'), { file: `${base}/story.yaml`, storyId: id }, folder);
    const sources = await readSources(join(root, base, 'sources.yaml'), { file: `${base}/sources.yaml`, storyId: id });
    found.push(...meta.problems, ...sources.problems);

    const articleFiles = await readTexts(root, `${base}/articles`, id, MAX_ARTICLE_BYTES, found);
    const primaryFiles = await readTexts(root, `${base}/primary`, id, MAX_PRIMARY_BYTES, found);
    const articles: ScannedText[] = [];
    for (const text of articleFiles.texts) {
      const other = articleSlugs.get(text.slug);
      if (other !== undefined) {
        found.push(problems.duplicateId({ file: text.file, storyId: id }, other));
        continue;
      }
      articleSlugs.set(text.slug, text.file);
      articles.push({ ...text, facts: sources.facts.get(text.id) ?? {} });
    }
    const primaries = primaryFiles.texts.map((text): ScannedPrimary => {
      const facts = sources.facts.get(text.id) ?? {};
      const turns = readTurns(text.text, facts.title);
      // With no speaker labels, the text is one statement: of the person its title names, else of its publisher.
      if (turns.statement && !statementSpeakerKnown(facts.title ?? text.text.split('\n', 1)[0]!, facts.publisher))
        found.push(problems.speakerUnknown({ file: text.file, storyId: id }));
      return { ...text, facts, turns };
    });

    const ids = new Set([...articleFiles.ids, ...primaryFiles.ids]);
    for (const [key, line] of sources.lines)
      if (!ids.has(key)) found.push(problems.unknownId({ file: `${base}/sources.yaml`, storyId: id }, line, key));

    if (articles.length === 0) {
      // A folder whose article files were all reported above is not empty; say only what is new.
      found.push(articleFiles.ids.length === 0 ? problems.emptyStory(at) : problems.noArticleLoaded(at));
      continue;
    }
    const { problems: _, ...story } = meta;
    stories.push({ ...story, id, folder, articles, primaries });
  }
  return { stories, problems: found };
}
