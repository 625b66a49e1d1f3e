/**
 * Every message the build shows a person about their input, in one place.
 * Each names the file (and line, where there is one), says what is wrong and what to do.
 */

/** Short machine-readable causes of a content problem. */
export type ProblemCode =
  | 'empty'
  | 'blank'
  | 'not-utf8'
  | 'nul-byte'
  | 'too-large'
  | 'unreadable'
  | 'duplicate-id'
  | 'stray-file'
  | 'empty-story'
  | 'bad-story-folder'
  | 'no-story-yaml'
  | 'bad-yaml'
  | 'bad-field'
  | 'unknown-field'
  | 'unknown-id'
  | 'speaker-unknown';

/**
 * A problem with the content: a file that was not loaded (`error`), or a part of a file that
 * was ignored while the rest loaded (`warning`).
 */
export interface ContentProblem {
  /** The file, relative to the content folder, with `/`: `stories/<story>/articles/a.txt`. */
  file: string;
  /** 1-based line, where the problem has a place. */
  line?: number;
  code: ProblemCode;
  /** `error`: the file was not loaded; `warning`: something in it was ignored or guessed. */
  severity: 'error' | 'warning';
  /** The story folder the file belongs to, when it is inside one. */
  storyId?: string;
  /** What is wrong and what to do, in one sentence for people. */
  reason: string;
}

/** What went wrong, from whatever was thrown: an error's message, or the thrown value itself. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The largest article file the build accepts, in bytes (1 MiB: ten times a very long article). */
export const MAX_ARTICLE_BYTES = 1024 * 1024;

/** The largest primary source (a transcript) the build accepts: a long day of briefings is well under it. */
export const MAX_PRIMARY_BYTES = 8 * 1024 * 1024;

const kib = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en-US')} KiB`;

type At = Pick<ContentProblem, 'file' | 'storyId'>;
const error = (at: At, code: ProblemCode, reason: string, line?: number): ContentProblem => ({
  ...at,
  ...(line === undefined ? {} : { line }),
  code,
  severity: 'error',
  reason,
});
const warning = (at: At, code: ProblemCode, reason: string, line?: number): ContentProblem => ({
  ...error(at, code, reason, line),
  severity: 'warning',
});

/** Message builders, one per problem, so that wording stays consistent. */
export const problems = {
  empty: (at: At) =>
    error(at, 'empty', 'the file is empty; write the text in it (one paragraph per line) or delete it'),
  blank: (at: At) => error(at, 'blank', 'the file holds only white space; write the text in it or delete it'),
  notUtf8: (at: At, line: number) =>
    error(at, 'not-utf8', `the file is not valid UTF-8 (first bad byte on line ${line}); save it as UTF-8`, line),
  nulByte: (at: At, line: number) =>
    error(
      at,
      'nul-byte',
      `the file contains a NUL byte on line ${line}, so it is binary or corrupted; save it as plain text`,
      line,
    ),
  tooLarge: (at: At, bytes: number, limit: number) =>
    error(
      at,
      'too-large',
      `the file is ${kib(bytes)}, over the ${kib(limit)} limit; split it or check that it is the right file`,
    ),
  unreadable: (at: At, cause: string) =>
    error(at, 'unreadable', `the file could not be read (${cause}); check its permissions`),
  missing: (at: At) => error(at, 'unreadable', 'there is no such file; check the path'),
  notAFile: (at: At) => error(at, 'unreadable', 'it is a folder, not a file; name the article files in it'),
  duplicateId: (at: At, other: string) =>
    error(
      at,
      'duplicate-id',
      `its id is the same as that of ${other} (ids are file names, made URL-safe, and must be unique across the whole site); rename one of the two files`,
    ),
  strayFile: (at: At) =>
    error(
      at,
      'stray-file',
      'it is not in a story: put articles in content/stories/<story>/articles/ and primary sources in content/stories/<story>/primary/',
    ),
  emptyStory: (at: At) =>
    error(
      at,
      'empty-story',
      'the story folder has no article: add its articles as articles/<id>.txt (one paragraph per line), or delete the folder',
    ),
  badStoryFolder: (at: At, slug: string) =>
    warning(
      at,
      'bad-story-folder',
      `a story folder's name is its id and URL, so it should hold only lower-case letters, digits and single hyphens; its pages use "${slug}": rename the folder to that`,
    ),
  noArticleLoaded: (at: At) =>
    error(
      at,
      'empty-story',
      "none of the story's articles could be loaded (each is reported with its reason), so the story has no page yet",
    ),
  noStoryYaml: (at: At, title: string) =>
    warning(
      at,
      'no-story-yaml',
      `the story has no title in a story.yaml, so its title is taken from the folder name ("${title}"); write story.yaml with title, period and summary`,
    ),
  badYaml: (at: At, line: number, message: string) =>
    warning(at, 'bad-yaml', `ignored: the YAML cannot be read (${message}); fix it and rebuild`, line),
  badField: (at: At, line: number, key: string, field: string, message: string) =>
    warning(at, 'bad-field', `ignored "${field}" of "${key}": ${message}`, line),
  unknownField: (at: At, line: number, key: string, field: string, known: readonly string[]) =>
    warning(
      at,
      'unknown-field',
      `ignored "${field}" of "${key}": not a known field (known: ${known.join(', ')}); check its spelling`,
      line,
    ),
  speakerUnknown: (at: At) =>
    warning(
      at,
      'speaker-unknown',
      'the primary source has no speaker labels ("MR. KIRBY:  ...") and neither its title nor a publisher in sources.yaml says who speaks, so no quote is checked against it; add publisher: (or the speaker in title:) under its id in sources.yaml, or label its speakers',
    ),
  unknownId: (at: At, line: number, key: string) =>
    warning(
      at,
      'unknown-id',
      `ignored "${key}": no file articles/${key}.txt or primary/${key}.txt in this story; check the id (the file name without .txt)`,
      line,
    ),
};

/** One line for the build log: `content/stories/s/articles/x.txt:3: not loaded: reason`. */
export function formatProblem(problem: ContentProblem, folder = 'content'): string {
  const where = problem.line === undefined ? '' : `:${problem.line}`;
  const what = problem.severity === 'error' ? 'not loaded: ' : '';
  return `${folder.replace(/\/+$/, '')}/${problem.file}${where}: ${what}${problem.reason}`;
}
