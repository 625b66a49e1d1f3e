/**
 * Verbs that attribute words to someone ("said", "told", "warned", "according to"), the
 * participles that continue an attribution (", adding that"), and the role nouns that can
 * stand for a speaker ("the secretary said", "a senior official said").
 */

const FINITE = `
  said says say added adds told tells noted notes asked asks warned warns stated states explained
  explains acknowledged acknowledges argued argues insisted insists claimed claims continued
  continues wrote writes declared declares announced announces remarked remarks replied replies
  responded responds urged urges described describes called calls expressed expresses suggested
  suggests indicated indicates confirmed confirms stressed stresses emphasized emphasizes emphasised
  emphasises cautioned cautions predicted predicts recalled recalls conceded concedes admitted admits
  complained complains vowed vows promised promises pledged pledges testified testifies posted tweeted
  commented comments observed observes concluded concludes reiterated reiterates affirmed affirms
  maintained maintains repeated repeats boasted joked quipped mused denied denies contended contends
  countered counters alleged alleges charged asserted asserts shouted yelled whispered pointed reported reports
`
  .split(/\s+/u)
  .filter(Boolean);

const PARTICIPLES = `
  adding saying noting warning stating telling arguing insisting explaining claiming asking
  describing calling urging stressing emphasizing emphasising acknowledging
`
  .split(/\s+/u)
  .filter(Boolean);

/** Finite speech verbs, as a set of lower-case words. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(FINITE);

/** Participles that attribute to the subject of the sentence they continue. */
export const SPEECH_PARTICIPLES: ReadonlySet<string> = new Set(PARTICIPLES);

/** Every attributing verb or phrase in a text, lower case only ("Said" starting a headline is not one). */
export const SPEECH_VERB_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(?:[Aa]ccording to|${[...FINITE, ...PARTICIPLES].join('|')})(?![\\p{L}\\p{N}'’-])`,
  'gu',
);

/** Nouns that can name a speaker by role: "the secretary", "a US official", "the ministry". */
export const ROLE_NOUNS: ReadonlySet<string> = new Set(
  `
  president secretary minister ambassador chancellor premier governor senator representative
  congressman congresswoman mayor general admiral colonel lieutenant major captain sergeant
  commander spokesman spokeswoman spokesperson spokesmen spokeswomen envoy director chairman
  chairwoman chair chief leader judge prosecutor attorney professor expert analyst correspondent
  reporter adviser advisor officer commissioner diplomat lawmaker candidate negotiator official
  source aide ministry agency government military army embassy administration statement
  spokespeople witness resident researcher economist scientist
`
    .split(/\s+/u)
    .filter(Boolean),
);

/** The singular of a role noun as written ("officials" -> "official"), or null when it is not one. */
export function roleNoun(word: string): string | null {
  const lower = word.toLowerCase();
  if (ROLE_NOUNS.has(lower)) return lower;
  if (lower.endsWith('s') && ROLE_NOUNS.has(lower.slice(0, -1))) return lower.slice(0, -1);
  if (lower.endsWith('ies') && ROLE_NOUNS.has(`${lower.slice(0, -3)}y`)) return `${lower.slice(0, -3)}y`;
  return null;
}
