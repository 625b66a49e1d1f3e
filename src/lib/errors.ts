/**
 * Every message the build shows a person about their input, in one place.
 * Each names the file (and line, where there is one), says what is wrong and what to do.
 */

/** A problem with one article file: why it was not loaded. */
export interface ArticleProblem {
  /** The file name, relative to the articles folder. */
  file: string;
  /** 1-based line of the first offending byte, where the problem has a place. */
  line?: number;
  /** Short machine-readable cause. */
  code: 'empty' | 'blank' | 'not-utf8' | 'nul-byte' | 'too-large' | 'unreadable' | 'duplicate-id';
  /** What is wrong and what to do, in one sentence for people. */
  reason: string;
}

/** What went wrong, from whatever was thrown: an error's message, or the thrown value itself. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The largest article file the build accepts, in bytes (1 MiB: ten times a very long article). */
export const MAX_ARTICLE_BYTES = 1024 * 1024;

const kib = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en-US')} KiB`;

/** Message builders, one per problem, so that wording stays consistent. */
export const problems = {
  empty: (file: string): ArticleProblem => ({
    file,
    code: 'empty',
    reason: 'the file is empty; write the article text in it (one paragraph per line) or delete it',
  }),
  blank: (file: string): ArticleProblem => ({
    file,
    code: 'blank',
    reason: 'the file holds only white space; write the article text in it or delete it',
  }),
  notUtf8: (file: string, line: number): ArticleProblem => ({
    file,
    line,
    code: 'not-utf8',
    reason: `the file is not valid UTF-8 (first bad byte on line ${line}); save it as UTF-8`,
  }),
  nulByte: (file: string, line: number): ArticleProblem => ({
    file,
    line,
    code: 'nul-byte',
    reason: `the file contains a NUL byte on line ${line}, so it is binary or corrupted; save the article as plain text`,
  }),
  tooLarge: (file: string, bytes: number): ArticleProblem => ({
    file,
    code: 'too-large',
    reason: `the file is ${kib(bytes)}, over the ${kib(MAX_ARTICLE_BYTES)} limit for one article; split it or check that it is an article`,
  }),
  unreadable: (file: string, cause: string): ArticleProblem => ({
    file,
    code: 'unreadable',
    reason: `the file could not be read (${cause}); check its permissions`,
  }),
  duplicateId: (file: string, other: string): ArticleProblem => ({
    file,
    code: 'duplicate-id',
    reason: `its id is the same as that of ${other} once made URL-safe; rename one of the two files`,
  }),
};

/** One line for the build log: `content/articles/x.txt:3: reason`. */
export function formatProblem(problem: ArticleProblem, folder = 'content/articles'): string {
  const where = problem.line === undefined ? '' : `:${problem.line}`;
  return `${folder}/${problem.file}${where}: not loaded: ${problem.reason}`;
}
