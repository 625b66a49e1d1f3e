/**
 * Prints the claims of plain-text article files as JSON Lines, one claim a line, in the shape of
 * the export's claims (`exportedClaimSchema`, with the permalink the site would give it), without
 * building the site. The files are read as the articles of one story: each article's id is its
 * file name without `.txt`. A file that cannot be used (missing, empty, not UTF-8, binary, over
 * 1 MiB, an id given twice) is reported on stderr with its name and reason; the others are still
 * read, and the exit status is 1 when any file failed.
 * Usage: npm run extract -- FILE... [> claims.jsonl]
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { exportedClaimSchema } from '../src/lib/export-schema.ts';
import { messageOf, problems, type ContentProblem } from '../src/lib/errors.ts';
import { claimInPlacePath } from '../src/lib/urls.ts';
import { decodeArticle } from '../src/loaders/decode-text.ts';
import { slugify } from '../src/loaders/slugify.ts';
import { processStory, type StoryText } from '../src/pipeline/process-story.ts';

const files = process.argv.slice(2);
if (files.length === 0) {
  process.stderr.write('Usage: npm run extract -- FILE... (plain-text articles, one paragraph a line)\n');
  process.exit(2);
}

/** Reads one file as an article, or returns why it cannot be one. */
function readArticle(path: string): StoryText | ContentProblem {
  const at = { file: path };
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return problems.missing(at);
    if (code === 'EISDIR') return problems.notAFile(at);
    return problems.unreadable(at, code ?? messageOf(error));
  }
  const decoded = decodeArticle(path, bytes);
  if (!decoded.ok) return decoded.problem;
  return { id: basename(path).replace(/\.txt$/iu, ''), text: decoded.text };
}

let failed = 0;
const fail = (problem: ContentProblem) => {
  failed++;
  const where = problem.line === undefined ? '' : `:${problem.line}`;
  process.stderr.write(`${problem.file}${where}: not read: ${problem.reason}\n`);
};
const articles: StoryText[] = [];
const pathOf = new Map<string, string>();
for (const path of files) {
  const read = readArticle(path);
  if (!('id' in read)) fail(read);
  else if (pathOf.has(read.id)) fail(problems.duplicateId({ file: path }, pathOf.get(read.id)!));
  else {
    pathOf.set(read.id, path);
    articles.push(read);
  }
}
// A reader that stops early (`| head`) is no error.
process.stdout.on('error', (error: NodeJS.ErrnoException) =>
  process.exit(error.code === 'EPIPE' ? (failed > 0 ? 1 : 0) : 1),
);
for (const article of processStory(articles)) {
  const lines = article.claims.map((claim) =>
    JSON.stringify(
      exportedClaimSchema.parse({
        ...claim,
        permalink: claimInPlacePath(slugify(claim.articleId), claim.id),
        // No primary sources are read here: quotes and figures are unchecked, as the export says of them.
        ...(claim.kind === 'figure' || claim.kind === 'quote' ? { primaryCheck: null } : {}),
      }),
    ),
  );
  if (lines.length > 0) process.stdout.write(`${lines.join('\n')}\n`);
}
process.exitCode = failed > 0 ? 1 : 0;
