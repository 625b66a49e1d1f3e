/**
 * English function words: prepositions, determiners, pronouns, auxiliaries, conjunctions and
 * clause openers, adverbs that hedge or time a statement, irregular plurals, contractions.
 * Closed classes of English grammar, listed by hand for this project; lower case; wrapped lines
 * (prettier-ignore).
 */

/** Prepositions. */
// prettier-ignore
export const PREPOSITIONS: readonly string[] = [
  'of', 'in', 'to', 'toward', 'towards', 'into', 'at', 'on', 'onto', 'from', 'by', 'for', 'with', 'without',
  'near', 'across', 'along', 'inside', 'outside', 'over', 'under', 'between', 'among', 'against', 'after',
  'before', 'since', 'during', 'through', 'via', 'per', 'within', 'around', 'about', 'like', 'than', 'beyond',
  'behind', 'beside', 'upon', 'amid', 'amidst', 'throughout', 'until', 'till', 'off',
];

/** Prepositions that say where or whither, which a figure's subject keeps: "in Russia", "toward combat zones". */
// prettier-ignore
export const PLACE_PREPOSITIONS: readonly string[] = [
  'in', 'to', 'toward', 'towards', 'into', 'at', 'near', 'inside', 'from', 'across', 'along', 'on', 'onto',
  'within', 'off',
];

/** Prepositions after which a capitalised name is a place: "in Kursk", "flew to Seoul". */
// prettier-ignore
export const LOCATIVE_PREPOSITIONS: readonly string[] = [
  'in', 'at', 'near', 'outside', 'inside', 'from', 'to', 'into', 'toward', 'towards', 'across', 'around',
  'through', 'throughout', 'via',
];

/** Determiners and pronouns that open or stand for a noun phrase. */
// prettier-ignore
export const DETERMINERS: readonly string[] = [
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'them', 'their', 'its', 'his', 'her', 'our', 'my', 'your',
  'which', 'who', 'whom', 'whose', 'what', 'there', 'here', 'it', 'they', 'he', 'she', 'we', 'i', 'you', 'some',
  'any', 'each', 'every', 'all', 'both', 'either', 'neither', 'such', 'another', 'other',
];

/** Subject pronouns that can stand for a source: "he said". */
// prettier-ignore
export const SUBJECT_PRONOUNS: readonly string[] = [
  'he', 'she', 'they', 'it', 'we', 'i', 'you',
];

/** Forms of be, have and do, modal verbs, and their contracted endings. */
// prettier-ignore
export const AUXILIARIES: readonly string[] = [
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'having', 'will', 'would',
  'could', 'can', 'may', 'might', 'must', 'should', 'shall', 'do', 'does', 'did', '\'s', '\'re', '\'ve', '\'d',
];

/** Conjunctions and clause openers. */
// prettier-ignore
export const CONJUNCTIONS: readonly string[] = [
  'and', 'or', 'but', 'nor', 'so', 'yet', 'as', 'if', 'while', 'because', 'when', 'where', 'whether', 'although',
  'though', 'unless', 'whereas', 'however', 'that', 'which', 'who', 'whom', 'whose', 'then', 'than', 'once',
];

/** Words that open a clause or a prepositional phrase: a subject never reaches back past them. */
// prettier-ignore
export const CLAUSE_OPENERS: readonly string[] = [
  'that', 'which', 'who', 'whom', 'whose', 'when', 'while', 'but', 'because', 'if', 'as', 'since', 'although',
  'though', 'however', 'whether', 'so', 'than', 'where', 'whereas', 'after', 'before', 'until', 'amid', 'despite',
  'without', 'with', 'to', 'toward', 'towards', 'about', 'by', 'on', 'into', 'like', 'unlike', 'including', 'also',
  'then', 'meanwhile', 'yet', 'nor', 'or', 'not',
];

/** Adverbs that hedge or time a statement: "reportedly", "now", "nearly". */
// prettier-ignore
export const HEDGE_ADVERBS: readonly string[] = [
  'now', 'currently', 'already', 'still', 'also', 'reportedly', 'allegedly', 'purportedly', 'recently',
  'previously', 'earlier', 'later', 'just', 'only', 'even', 'likely', 'possibly', 'probably', 'apparently',
  'officially', 'publicly', 'there', 'here', 'away', 'again', 'soon', 'then', 'today', 'yesterday', 'respectively',
  'approximately', 'roughly', 'nearly', 'almost', 'not', 'never', 'further', 'newly', 'initially', 'eventually',
];

/** Words ending in -ly that are not adverbs: "family", "supply", "July". */
// prettier-ignore
export const NOT_ADVERBS: readonly string[] = [
  'family', 'ally', 'rally', 'supply', 'assembly', 'anomaly', 'monopoly', 'reply', 'italy', 'july', 'early',
  'only',
];

/** Plural nouns that do not end in s. */
// prettier-ignore
export const IRREGULAR_PLURALS: readonly string[] = [
  'people', 'men', 'women', 'children', 'personnel', 'police', 'staff', 'infantry', 'cattle', 'sheep', 'fish',
  'aircraft',
];

/** Words too common to tell two wordings apart: left out when claims are compared. */
// prettier-ignore
export const STOP_WORDS: readonly string[] = [
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'been', 'being', 'but', 'by', 'for', 'from', 'had', 'has', 'have',
  'he', 'her', 'his', 'i', 'if', 'in', 'into', 'is', 'it', 'its', 'of', 'on', 'or', 'our', 'she', 'so', 'than',
  'that', 'the', 'their', 'them', 'there', 'these', 'they', 'this', 'those', 'to', 'was', 'we', 'were', 'will',
  'with', 'would', 'you', 'your', 'who', 'which', 'what', 'when', 'where', 'while', 'do', 'does', 'did', 'not',
  'no', 'up', 'out', 'about', 'over', 'more', 'said', 'says', 'say',
];

/** English contractions and what they stand for, by their ending: "don't" -> "do not", "Kremlin's" -> "Kremlin". */
export const CONTRACTIONS: readonly (readonly [string, string])[] = [
  ["n't", ' not'],
  ["'re", ' are'],
  ["'ve", ' have'],
  ["'ll", ' will'],
  ["'m", ' am'],
  ["'d", ' would'],
  ["'s", ''],
];
