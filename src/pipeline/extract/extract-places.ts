import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import type { PlaceClaim } from '../../lib/schemas.ts';
import '../file-data.ts';
import { textBlocks } from './blocks.ts';
import { claimId } from './claim-id.ts';
import { findMentions } from './places/find-mentions.ts';
import { readPlaces, type ContextMention, type PlaceReading } from './places/read-places.ts';
import { tokensOfSentences } from '../parse/language/read-tokens.ts';
import { wordParts } from '../parse/language/word-parts.ts';
import { lowercaseVocabulary, nameWords, namesAfterTitles, type ArticleContext } from './places/person-context.ts';

/** A place mention of an article, with what its claim id is made of when it is read as a place. */
export interface ArticleMention extends ContextMention {
  articleId: string;
  /** How many mentions of the same text came before it in the article (read as places or not). */
  occurrence: number;
}

/** The place claim of a mention read as `read`. */
export function placeClaim(mention: ArticleMention, read: PlaceReading): PlaceClaim {
  return {
    id: claimId(mention.articleId, 'place', mention.text, mention.occurrence),
    articleId: mention.articleId,
    kind: 'place',
    text: mention.text,
    line: mention.line,
    start: mention.start,
    end: mention.end,
    name: read.name,
    lat: read.lat,
    lon: read.lon,
  };
}

/**
 * Collector: pushes a place claim onto `file.data.claims` for every place the article names
 * (countries, regions, cities, landmarks), with a name and coordinates from the gazetteer, read
 * in the context of the article's other places; keeps every mention on `file.data.placeMentions`
 * so that a story can read them again with all its articles (`process-story.ts`, which asks for
 * the mentions only, with `readPlacesAlone: false`, rather than have them read twice). Claim ids
 * count every mention of the same text, read as a place or not, so that they never depend on
 * the other articles. Boilerplate and repeated lines are skipped; the tree is not changed.
 */
const extractPlaces: Plugin<[], Root> = function () {
  return (tree, file) => {
    const articleId = file.data.articleId ?? file.stem ?? 'article';
    const claims = (file.data.claims ??= []);
    const blocks = textBlocks(tree)
      .filter((block) => block.role !== 'boilerplate' && !block.duplicate)
      .map((block) => ({ block, words: wordParts(tokensOfSentences(block.sentences)) }));
    const context: ArticleContext = {
      lowercase: lowercaseVocabulary(blocks.map(({ words }) => words)),
      people: new Set(),
    };
    // The people of the article: named after a title, as interview speakers, or by the people collector.
    const personSpans: { line: number; start: number; end: number }[] = [];
    for (const claim of claims) {
      if (claim.kind !== 'person') continue;
      personSpans.push(claim);
      const words = nameWords(claim.name);
      if (words.length >= 2) for (const word of words) context.people.add(word);
    }
    const found = blocks.flatMap(({ block, words }) => {
      for (const word of namesAfterTitles(block, words)) context.people.add(word);
      if (block.speakerLabel !== undefined) for (const word of nameWords(block.speakerLabel)) context.people.add(word);
      return findMentions(block, context, words);
    });
    // "Lloyd Austin" makes every later (and earlier) "Austin" of the article a person.
    for (const mention of found)
      if (mention.personBefore !== null && mention.word !== null) context.people.add(mention.word);

    const seen = new Map<string, number>();
    const mentions: ArticleMention[] = found.map((mention) => {
      const occurrence = seen.get(mention.text) ?? 0;
      seen.set(mention.text, occurrence + 1);
      const inPersonName = personSpans.some(
        (span) => span.line === mention.line && span.start < mention.end && mention.start < span.end,
      );
      return {
        ...mention,
        articleId,
        occurrence,
        inPersonName,
        person: inPersonName || (mention.word !== null && context.people.has(mention.word)),
      };
    });
    // Qualifiers ("Austin, Texas") point at the mentions as found: point them at these.
    const renamed = new Map(found.map((mention, index) => [mention, mentions[index]!]));
    for (const mention of mentions) mention.qualifier = mention.qualifier && (renamed.get(mention.qualifier) ?? null);
    file.data.placeMentions = mentions;
    if (file.data.readPlacesAlone === false) return;
    readPlaces(mentions).forEach((read, index) => {
      if (read !== null) claims.push(placeClaim(mentions[index]!, read));
    });
  };
};
export default extractPlaces;
