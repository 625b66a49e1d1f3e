/**
 * Word lists the figure rules share: function words that end a noun phrase, adverbs and
 * auxiliaries to step over, nouns for people. General English, never words of one article.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/u));

/** Prepositions. */
export const PREPOSITIONS = set(`
  of in to toward towards into at on onto from by for with without near across along inside outside
  over under between among against after before since during through via per within around about
  like than beyond behind beside upon amid amidst throughout until till off`);

/** Prepositions that say where or whither: the ones a subject keeps ("in Russia", "toward combat zones"). */
export const PLACE_PREPOSITIONS = set('in to toward towards into at near inside from across along on onto within off');

/** Determiners and pronouns. */
export const DETERMINERS = set(`
  the a an this that these those them their its his her our my your which who whom whose what there
  here it they he she we i you some any each every all both either neither such another other`);

/** Subject pronouns that can stand for a source ("he said"). */
export const PRONOUNS = set('he she they it we i you');

/** Forms of be, have and do, and modal verbs. */
export const AUXILIARIES = set(`
  is are was were be been being am has have had having will would could can may might must should
  shall do does did 's 're 've 'd`);

/** Conjunctions and clause openers. */
export const CONJUNCTIONS = set(`
  and or but nor so yet as if while because when where whether although though unless whereas
  however that which who whom whose then than once`);

/** Adverbs that hedge or time a statement; steps over them keep the phrase readable. */
export const ADVERBS = set(`
  now currently already still also reportedly allegedly purportedly recently previously earlier
  later just only even likely possibly probably apparently officially publicly there here away
  again soon then today yesterday respectively approximately roughly nearly almost not never
  further newly initially eventually`);

/** Words after which a noun phrase or clause is over. */
export const PHRASE_STOPS: ReadonlySet<string> = new Set([
  ...PREPOSITIONS,
  ...DETERMINERS,
  ...AUXILIARIES,
  ...CONJUNCTIONS,
]);

const NOT_ADVERBS = set('family ally rally supply assembly anomaly monopoly reply italy july early only');

/** Whether a lower-case word is an adverb to step over ("reportedly", "now"). */
export const isAdverb = (lower: string): boolean =>
  ADVERBS.has(lower) || (/^[a-z]{4,}ly$/u.test(lower) && !NOT_ADVERBS.has(lower));

/** Words of a hedge between a noun and its verb: "are believed to have (moved)". */
export const HEDGES: ReadonlySet<string> = new Set([
  ...AUXILIARIES,
  ...ADVERBS,
  ...set('to not reported believed thought said estimated expected understood known'),
]);

/** Nouns for people who can be counted: "troops", "service members", "civilians". */
export const PERSON_NOUNS = set(`
  troops soldiers forces members servicemen servicemembers personnel fighters militants mercenaries
  recruits conscripts volunteers reservists combatants commandos paratroopers marines sailors pilots
  officers men women people civilians children workers prisoners refugees residents casualties
  units specialists engineers instructors advisers advisors guards crews infantry troop soldier
  force member fighter mercenary recruit conscript volunteer civilian person man woman child worker
  prisoner refugee officer pilot sailor marine unit`);

/** People in arms: a bare "3,000 forces" takes the nationality of the troops mentioned just before. */
export const MILITARY_NOUNS = set(`
  troops soldiers forces members servicemen servicemembers personnel fighters militants mercenaries
  recruits conscripts volunteers reservists combatants commandos paratroopers marines units infantry`);

/** Words that name a time: a phrase like "on Tuesday" or "by March" says when, not where. */
export const TIME_NAMES = set(`
  monday tuesday wednesday thursday friday saturday sunday week weekend month year morning afternoon
  evening night today yesterday tonight tomorrow january february march april may june july august
  september october november december time moment end start beginning days weeks months years hours
  minutes decades spring summer autumn fall winter season`);

/** Plurals that do not end in s. */
export const IRREGULAR_PLURALS = set(
  'people men women children personnel police staff infantry cattle sheep fish aircraft',
);

/** Nouns for sources that can say things: officials, ministries, analysts. */
export const AGENT_NOUNS = set(`
  official officials spokesperson spokesman spokeswoman minister ministry secretary ambassador envoy
  president leader leaders commander commanders general analyst analysts expert experts source
  sources agency government military army officer officers diplomat diplomats lawmaker lawmakers
  aide aides adviser advisers advisor advisors investigator investigators researchers monitor
  monitors observers chief staff service office intelligence administration command department
  council committee authority authorities representative representatives correspondent reporter
  institute bureau navy police prosecutors embassy mission admiral commander mayor governor`);

/** Things that are not sources even when a verb of saying follows them ("evidence suggests"). */
export const INANIMATE_SUBJECTS = set(`
  evidence data images image photos pictures footage video videos figures figure estimates estimate
  numbers number signs sign indications likelihood possibility chance`);

/** Whether a word looks plural ("troops", "containers", "people"). */
export function isPluralWord(lower: string): boolean {
  if (IRREGULAR_PLURALS.has(lower)) return true;
  return /^[a-z][a-z'-]*[a-z]s$/u.test(lower) && !/(?:ss|us|is|ous)$/u.test(lower) && lower.length > 3;
}
