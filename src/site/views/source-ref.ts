/** How a page names a source: its outlet, its date and the wire it carries, never its headline in their place. */
import { dateLabel } from '../../lib/format.ts';
import type { Article, Primary } from '../../lib/schemas.ts';
import { articlePath, primaryPath } from '../../lib/urls.ts';

/** A source as every component shows it. */
export interface SourceRef {
  /** The article's id (a primary source's id, for a primary). */
  articleId: string;
  /** The outlet ("DOD News"), or "Outlet not stated" when sources.yaml does not say. */
  name: string;
  /** False when the outlet is not known (the name then says so). */
  named: boolean;
  /** Publication date, ISO 8601, for `<time datetime>`; null when not stated. */
  published: string | null;
  /** The same date for people: "23 October 2024". */
  date: string | null;
  /** The news agency whose story the outlet carries ("Associated Press"), when known. */
  wire: string | null;
  /** The article's headline, shown as a headline. */
  title: string;
  /** Its reader page. */
  href: string;
}

/** The source an article is, as pages name it. */
export function sourceRef(article: Article): SourceRef {
  return {
    articleId: article.id,
    name: article.outlet ?? 'Outlet not stated',
    named: article.outlet !== null,
    published: article.published,
    date: dateLabel(article.published),
    wire: article.wire,
    title: article.title,
    href: articlePath(article.slug),
  };
}

/** "DOD News, 23 October 2024 (Associated Press)": a source in one line of plain text, for alt text and cards. */
export function sourceLine(source: SourceRef): string {
  return `${source.name}${source.date ? `, ${source.date}` : ''}${source.wire ? ` (${source.wire})` : ''}`;
}

/** A primary source as pages name it beside articles: its publisher and date, linked to its page (or `href`). */
export function primarySourceRef(primary: Primary, href = primaryPath(primary.storyId, primary.slug)): SourceRef {
  return {
    articleId: primary.id,
    name: primary.publisher ?? 'Publisher not stated',
    named: primary.publisher !== null,
    published: primary.published,
    date: dateLabel(primary.published),
    wire: null,
    title: primary.title,
    href,
  };
}
