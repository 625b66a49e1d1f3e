import type { Loader, LoaderContext } from 'astro/loaders';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem } from '../lib/errors.ts';
import { processArticle } from '../pipeline/process-article.ts';
import { readSources } from './read-sources.ts';
import { scanArticles } from './scan-articles.ts';

/** Where the articles live, relative to the project root. */
export interface ArticlesLoaderOptions {
  /** The folder of `.txt` articles, e.g. `content/articles`. */
  folder: string;
  /** The optional metadata sidecar, e.g. `content/sources.yaml`. */
  sources: string;
}

function resolve(config: LoaderContext['config'], path: string): string {
  return fileURLToPath(new URL(path, config.root));
}

/** Re-runs `load` in `astro dev` when a file of the folder changes. */
function watch(context: LoaderContext, paths: string[], load: () => Promise<void>) {
  if (!context.watcher) return;
  context.watcher.add(paths);
  context.watcher.on('all', (_event, changed) => {
    if (paths.some((path) => changed.startsWith(path))) void load();
  });
}

/**
 * Loads every article that passes the checks: decodes it, parses it into a syntax tree,
 * extracts its claims, and stores one typed entry per article. Files that fail are reported
 * in the build log, one line each, and stored as `rejected` entries with their reason.
 */
export function articlesLoader(options: ArticlesLoaderOptions): Loader {
  return {
    name: 'articles-loader',
    load: async (context) => {
      const folder = resolve(context.config, options.folder);
      const shown = options.folder.replace(/\/+$/, '');
      const sourcesPath = resolve(context.config, options.sources);
      const load = async () => {
        const { sources, problems } = await scanArticles(folder);
        const { meta, warnings } = await readSources(sourcesPath, options.sources);
        for (const problem of problems) context.logger.warn(formatProblem(problem, shown));
        for (const warning of warnings) context.logger.warn(warning);
        for (const id of meta.keys()) {
          if (!sources.some((source) => source.id === id))
            context.logger.warn(`${options.sources}: "${id}" names no article in ${shown}`);
        }
        context.store.clear();
        for (const source of sources) {
          const facts = meta.get(source.id) ?? {};
          const processed = processArticle(source.id, source.text);
          const data = await context.parseData({
            id: source.id,
            data: {
              status: 'loaded',
              id: source.id,
              slug: source.slug,
              file: source.file,
              title: facts.title ?? processed.title,
              titleDerived: facts.title === undefined && processed.titleDerived,
              outlet: facts.outlet ?? null,
              url: facts.url ?? null,
              published: facts.published ?? null,
              language: facts.language ?? null,
              lines: processed.lines,
              words: processed.words,
              bytes: source.bytes,
              tree: processed.tree,
              claims: processed.claims,
            },
          });
          // Astro wants entry paths relative to the project; articles from elsewhere (tests) have none.
          const filePath = relative(fileURLToPath(context.config.root), join(folder, source.file));
          context.store.set(
            filePath.startsWith(`..${sep}`) ? { id: source.id, data } : { id: source.id, data, filePath },
          );
        }
        for (const problem of problems) {
          const data = await context.parseData({
            id: `rejected:${problem.file}`,
            data: {
              status: 'rejected',
              file: problem.file,
              line: problem.line ?? null,
              code: problem.code,
              reason: problem.reason,
            },
          });
          context.store.set({ id: `rejected:${problem.file}`, data });
        }
        context.logger.info(`${sources.length} articles loaded, ${problems.length} not loaded`);
      };
      watch(context, [folder, sourcesPath], load);
      await load();
    },
  };
}
