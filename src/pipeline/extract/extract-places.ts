import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import type { PlaceClaim } from '../../lib/schemas.ts';
import '../file-data.ts';
import { textBlocks } from './blocks.ts';
import { claimIdFactory } from './claim-id.ts';
import { placeCandidates, type PlaceCandidate } from './places/match-places.ts';
import { tokensOfSentences } from '../parse/language/read-tokens.ts';
import { wordParts } from '../parse/language/word-parts.ts';
import { lowercaseVocabulary, nameWords, namesAfterTitles, type ArticleContext } from './places/person-context.ts';

interface Span {
  line: number;
  start: number;
  end: number;
}

/** Whether a candidate counts as a place, given the people of the article. */
function isPlace(candidate: PlaceCandidate, context: ArticleContext, personSpans: readonly Span[]): boolean {
  if (candidate.evidence === 'none') return true;
  if (candidate.personBefore !== null || candidate.capitalAfter) return false;
  if (
    personSpans.some((span) => span.line === candidate.line && span.start < candidate.end && candidate.start < span.end)
  )
    return false;
  const isPerson = candidate.word !== null && context.people.has(candidate.word);
  // "in Austin" is the city even in an article about Lloyd Austin; "Austin said" is not.
  if (isPerson && !candidate.surelyPlace) return false;
  return candidate.evidence === 'person' || candidate.placeContext;
}

/**
 * Collector: pushes a place claim onto `file.data.claims` for every geographic place the
 * article names (countries, cities, regions, landmarks), with canonical name and coordinates
 * from the offline gazetteer. Boilerplate and repeated lines are skipped; the tree is not changed.
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
    const personSpans: Span[] = [];
    for (const claim of claims) {
      if (claim.kind !== 'person') continue;
      personSpans.push(claim);
      const words = nameWords(claim.name);
      if (words.length >= 2) for (const word of words) context.people.add(word);
    }
    const candidates = blocks.flatMap(({ block, words }) => {
      for (const word of namesAfterTitles(block, words)) context.people.add(word);
      if (block.speakerLabel !== undefined) for (const word of nameWords(block.speakerLabel)) context.people.add(word);
      return placeCandidates(block, context, words);
    });
    // "Lloyd Austin" makes every later (and earlier) "Austin" of the article a person.
    for (const candidate of candidates)
      if (candidate.personBefore !== null && candidate.word !== null) context.people.add(candidate.word);

    const nextId = claimIdFactory(articleId);
    for (const candidate of candidates) {
      if (!isPlace(candidate, context, personSpans)) continue;
      const claim: PlaceClaim = {
        id: nextId('place', candidate.text),
        articleId,
        kind: 'place',
        text: candidate.text,
        line: candidate.line,
        start: candidate.start,
        end: candidate.end,
        name: candidate.name,
        lat: candidate.lat,
        lon: candidate.lon,
      };
      claims.push(claim);
    }
  };
};
export default extractPlaces;
