import { defineCollection } from 'astro:content';
import { articlesLoader, rejectedArticlesLoader } from './loaders/articles-loader.ts';
import { articleSchema, rejectedArticleSchema } from './lib/schemas.ts';

const folder = 'content/articles/';

/** Every article that loaded: metadata, syntax tree and claims. */
const articles = defineCollection({
  loader: articlesLoader({ folder, sources: 'content/sources.yaml' }),
  schema: articleSchema,
});

/** Article files that could not be loaded, with the reason, listed on the sources page. */
const rejectedArticles = defineCollection({
  loader: rejectedArticlesLoader({ folder }),
  schema: rejectedArticleSchema,
});

export const collections = { articles, rejectedArticles };
