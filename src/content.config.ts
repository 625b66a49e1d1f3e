import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { articlesLoader } from './loaders/articles-loader.ts';
import { articleFileSchema, storySchema } from './lib/schemas.ts';

/**
 * One entry per article file: the articles that loaded (metadata, syntax tree, claims) and
 * the files that did not, with the reason, so the sources page can list them.
 */
const articles = defineCollection({
  // ARTICLES_DIR and SOURCES_FILE let tests build the site from other article sets.
  loader: articlesLoader({
    folder: process.env.ARTICLES_DIR ?? 'content/articles/',
    sources: process.env.SOURCES_FILE ?? 'content/sources.yaml',
  }),
  schema: articleFileSchema,
});

/** The story's title and summary, for the home page. */
const story = defineCollection({
  loader: file('content/story.yaml'),
  schema: storySchema,
});

export const collections = { articles, story };
