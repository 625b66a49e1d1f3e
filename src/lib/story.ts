import { getCollection, getEntry } from 'astro:content';
import { compareClaims } from '../pipeline/compare/compare-claims.ts';
import type { Article, Claim, Comparison, RejectedArticle, StoryMeta } from './schemas.ts';

/** Everything the pages show: the story, its articles, their claims and the comparisons. */
export interface Story {
  meta: StoryMeta;
  articles: Article[];
  rejected: RejectedArticle[];
  claims: Claim[];
  comparisons: Comparison[];
  articleById: Map<string, Article>;
}

let story: Promise<Story> | undefined;

async function assemble(): Promise<Story> {
  const entries = (await getCollection('articles')).map((entry) => entry.data);
  const articles = entries.flatMap((entry) => (entry.status === 'loaded' ? [entry] : [])).sort((a, b) => a.id.localeCompare(b.id));
  const rejected = entries.flatMap((entry) => (entry.status === 'rejected' ? [entry] : [])).sort((a, b) => a.file.localeCompare(b.file));
  const meta = (await getEntry('story', 'story'))?.data ?? { title: 'Story' };
  const claims = articles.flatMap((article) => article.claims);
  return { meta, articles, rejected, claims, comparisons: compareClaims(claims), articleById: new Map(articles.map((a) => [a.id, a])) };
}

/** The story, assembled once per build and shared by every page (comparison runs once, not per page). */
export function loadStory(): Promise<Story> {
  story ??= assemble();
  return story;
}
