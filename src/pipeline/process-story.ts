import { readStoryPlaces } from './extract/places/story-places.ts';
import { processArticle, type ProcessedArticle } from './process-article.ts';

/** One article of a story, as text. */
export interface StoryText {
  id: string;
  text: string;
}

/**
 * Processes the articles of one story: each article alone (`processArticle`, which finds the
 * place mentions without reading them), then what needs the whole story: which place each name
 * stands for, read once, with every article's places.
 * Claims are never compared or read across stories.
 */
export function processStory(articles: readonly StoryText[]): ProcessedArticle[] {
  return readStoryPlaces(
    articles.map((article) => processArticle(article.id, article.text, { readPlacesAlone: false })),
  );
}
