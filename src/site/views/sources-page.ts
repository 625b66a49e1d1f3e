/** /sources/: each story's articles and primary sources, what was not loaded, and why. */
import { claimSummary, dateLabel, plural } from '../../lib/format.ts';
import type { Problem } from '../../lib/schemas.ts';
import { primaryPath, storyPath } from '../../lib/urls.ts';
import type { Site } from '../load-site.ts';
import { sourceRef, type SourceRef } from './source-ref.ts';

/** A file not loaded, or something in it ignored: "stories/x/articles/a.txt, line 3: not UTF-8". */
export interface ProblemLine {
  file: string;
  where: string;
  reason: string;
}

/** One story's sources. */
export interface SourcesSection {
  id: string;
  title: string;
  href: string;
  articles: { source: SourceRef; words: string; claims: string; file: string }[];
  primaries: {
    title: string;
    /** Its page, every line anchored. */
    href: string;
    publisher: string | null;
    published: string | null;
    date: string | null;
    kind: string | null;
    partial: boolean;
    file: string;
  }[];
  problems: ProblemLine[];
}

const line = (problem: Problem): ProblemLine => ({
  file: problem.file,
  where: problem.line === null ? '' : `, line ${problem.line}`,
  reason: problem.reason,
});

/** The sources page's content. */
export function sourcesPage(site: Site): { sections: SourcesSection[]; elsewhere: ProblemLine[]; total: string } {
  const storyIds = new Set(site.stories.map((story) => story.id));
  return {
    sections: site.stories.map((story) => ({
      id: story.id,
      title: story.title,
      href: storyPath(story.id),
      articles: story.articles.map((article) => ({
        source: sourceRef(article),
        words: article.words.toLocaleString('en-US'),
        claims: claimSummary(article),
        file: article.file,
      })),
      primaries: story.primaries.map((primary) => ({
        title: primary.title,
        href: primaryPath(story.id, primary.slug),
        publisher: primary.publisher,
        published: primary.published,
        date: dateLabel(primary.published),
        kind: primary.kind,
        partial: primary.partial,
        file: primary.file,
      })),
      problems: story.problems.map(line),
    })),
    // Problems of folders that are not a story on the site: stray files, empty or unreadable story folders.
    elsewhere: site.problems.filter((problem) => problem.storyId === null || !storyIds.has(problem.storyId)).map(line),
    total: plural(site.problems.length, 'problem'),
  };
}
