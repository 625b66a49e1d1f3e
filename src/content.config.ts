import { defineCollection } from 'astro:content';
import { contentLoader } from './loaders/content-loaders.ts';
import { articleSchema, primarySchema, reportSchema, storySchema } from './lib/schemas.ts';

// CONTENT_DIR lets tests build the site from other content folders.
const folder = process.env.CONTENT_DIR ?? 'content/';

/** One entry per story folder that has at least one article. */
const stories = defineCollection({ loader: contentLoader(folder, 'stories'), schema: storySchema });

/** One entry per article that loaded: its story, metadata, syntax tree and claims. */
const articles = defineCollection({ loader: contentLoader(folder, 'articles'), schema: articleSchema });

/** One entry per primary source (transcript, statement, release), keyed `<story>/<id>`. */
const primaries = defineCollection({ loader: contentLoader(folder, 'primaries'), schema: primarySchema });

/**
 * One entry, `report`: every file not loaded and everything ignored in a file, with the reason,
 * for the sources page (one entry, so that the collection is never empty).
 */
const report = defineCollection({ loader: contentLoader(folder, 'report'), schema: reportSchema });

export const collections = { stories, articles, primaries, report };
