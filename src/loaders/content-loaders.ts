import type { Loader, LoaderContext } from 'astro/loaders';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem } from '../lib/errors.ts';
import { articleEntries, primaryEntry } from './entries.ts';
import { scanContent, type ContentScan } from './scan-content.ts';

/** The collections one scan of the content folder fills. */
export type ContentCollection = 'stories' | 'articles' | 'primaries' | 'report';

// One scan per content folder and build, shared by the four collections' loaders; `astro dev`
// starts a new one when a file changes.
const scans = new Map<string, { generation: number; scan: Promise<ContentScan> }>();
let generation = 0;
let invalidating = false;

/** Starts a new scan generation, once per change however many loaders hear of it. */
function invalidate(): void {
  if (invalidating) return;
  invalidating = true;
  generation++;
  queueMicrotask(() => (invalidating = false));
}

function scanOnce(root: string): Promise<ContentScan> {
  const cached = scans.get(root);
  if (cached?.generation === generation) return cached.scan;
  const scan = scanContent(root);
  scans.set(root, { generation, scan });
  return scan;
}

/** Astro wants entry paths relative to the project; content from elsewhere (tests) has none. */
function filePathOf(context: LoaderContext, root: string, file: string): { filePath?: string } {
  const path = relative(fileURLToPath(context.config.root), join(root, file));
  return path.startsWith(`..${sep}`) || path.startsWith('/') ? {} : { filePath: path };
}

/**
 * A loader for one collection of the content folder (`content/` by default): its stories, their
 * articles (decoded, parsed, claims extracted), their primary sources, and every problem found
 * on the way, which the `report` loader also writes to the build log, one line each.
 */
export function contentLoader(folder: string, collection: ContentCollection): Loader {
  return {
    name: `content-${collection}`,
    load: async (context) => {
      const root = fileURLToPath(new URL(folder, context.config.root)).replace(/[\\/]+$/, '');
      const shown = folder.replace(/\/+$/, '');
      const load = async () => {
        const { stories, problems } = await scanOnce(root);
        context.store.clear();
        const set = async (id: string, data: Record<string, unknown>, file?: string) => {
          const parsed = await context.parseData({ id, data });
          context.store.set({ id, data: parsed, ...(file === undefined ? {} : filePathOf(context, root, file)) });
        };
        if (collection === 'stories') {
          for (const { articles: _, primaries, folder: __, ...story } of stories)
            await set(story.id, { ...story, primaryCount: primaries.length });
        } else if (collection === 'articles') {
          for (const story of stories)
            for (const article of articleEntries(story.id, story.articles))
              await set(article.id, { ...article }, article.file);
        } else if (collection === 'primaries') {
          for (const story of stories)
            for (const source of story.primaries)
              await set(`${story.id}/${source.id}`, { ...primaryEntry(story.id, source) }, source.file);
        } else {
          for (const problem of problems) {
            if (problem.severity === 'error') context.logger.warn(formatProblem(problem, shown));
            else context.logger.info(formatProblem(problem, shown));
          }
          const sorted = [...problems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
          await set('report', { problems: sorted.map((problem) => ({ line: null, storyId: null, ...problem })) });
          const articles = stories.reduce((sum, story) => sum + story.articles.length, 0);
          const errors = problems.filter((problem) => problem.severity === 'error').length;
          context.logger.info(
            `${stories.length} stories, ${articles} articles loaded; ${errors} files not loaded, ${problems.length - errors} warnings`,
          );
        }
      };
      if (context.watcher) {
        context.watcher.add(root);
        context.watcher.on('all', (_event, changed) => {
          if (!changed.startsWith(root)) return;
          invalidate();
          void load();
        });
      }
      await load();
    },
  };
}
