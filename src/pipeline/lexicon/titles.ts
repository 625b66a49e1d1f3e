/**
 * Titles, honorifics and role words that stand before or around a person's name. General
 * English usage, gathered by hand for this project (ranks, offices, professions, forms of
 * address); no person's name. Lower case; wrapped lines of words (prettier-ignore).
 */

/** Role head words that can stand right before a name: "Minister Kim", "President Putin", "Dr." forms included. */
// prettier-ignore
export const TITLES: readonly string[] = [
  'president', 'secretary', 'minister', 'ambassador', 'chancellor', 'premier', 'governor', 'senator', 'sen.',
  'representative', 'rep.', 'congressman', 'congresswoman', 'mayor', 'general', 'gen.', 'admiral', 'adm.',
  'colonel', 'col.', 'lieutenant', 'lt.', 'major', 'maj.', 'captain', 'capt.', 'sergeant', 'sgt.', 'commander',
  'spokesman', 'spokeswoman', 'spokesperson', 'envoy', 'director', 'chairman', 'chairwoman', 'chair', 'chief',
  'leader', 'judge', 'prosecutor', 'attorney', 'professor', 'expert', 'analyst', 'correspondent', 'reporter',
  'editor', 'adviser', 'advisor', 'officer', 'commissioner', 'diplomat', 'lawmaker', 'candidate', 'ceo', 'founder',
  'economist', 'researcher', 'scientist', 'historian', 'journalist', 'bishop', 'archbishop', 'cardinal', 'speaker',
  'secretary-general', 'negotiator', 'commander-in-chief', 'coach', 'manager', 'engineer', 'lawyer', 'doctor',
  'surgeon', 'nurse', 'teacher', 'activist', 'campaigner', 'author', 'writer', 'novelist', 'artist', 'singer',
  'actor', 'actress', 'coordinator', 'administrator', 'inspector', 'detective', 'constable', 'superintendent',
  'sheriff', 'pilot', 'priest', 'rabbi', 'imam', 'dean', 'rector', 'headteacher', 'principal', 'president-elect',
  'vice-president', 'ex-president', 'prime-minister', 'vice', 'miss', 'lord', 'lady', 'emperor', 'marshal',
  'justice', 'reverend', 'father', 'emir', 'ayatollah', 'dictator', 'deputy', 'agent', 'rev.', 'gov.', 'pastor',
  'chaplain', 'superintendent-general', 'trooper', 'patrolman', 'firefighter', 'chancellor-elect',
];

/** Honorifics that stay part of the name as written: "Dr. Emily Carter", "Pope Francis". */
// prettier-ignore
export const NAME_HONORIFICS: readonly string[] = [
  'dr.', 'dr', 'prof.', 'prof', 'pope', 'king', 'queen', 'prince', 'princess', 'sheikh', 'sir', 'dame',
];

/** Courtesy titles left out of a name: "Mr. Kim" is Kim. */
// prettier-ignore
export const COURTESY_TITLES: readonly string[] = [
  'mr.', 'mr', 'mrs.', 'mrs', 'ms.', 'ms', 'mx.', 'mx',
];

/** Words that qualify a role: "Defense Minister", "Secretary of State", "Prime Minister". */
// prettier-ignore
export const ROLE_WORDS: readonly string[] = [
  'defense', 'defence', 'state', 'foreign', 'affairs', 'interior', 'home', 'homeland', 'security', 'finance',
  'treasury', 'justice', 'health', 'education', 'energy', 'commerce', 'trade', 'labor', 'labour', 'agriculture',
  'transport', 'transportation', 'environment', 'culture', 'economy', 'economic', 'national', 'international',
  'public', 'information', 'intelligence', 'unification', 'veterans', 'housing', 'war', 'navy', 'naval', 'army',
  'air', 'force', 'forces', 'military', 'digital', 'science', 'technology', 'industry', 'development', 'emergency',
  'immigration', 'communications', 'cabinet', 'prime', 'vice', 'deputy', 'acting', 'former', 'senior', 'chief',
  'supreme', 'assistant', 'under', 'general', 'top', 'press', 'presidential', 'federal', 'executive', 'managing',
  'associate', 'principal', 'regional', 'local', 'foreign-policy', ];

/** Suffixes that belong to a name: "Lloyd J. Austin III". */
// prettier-ignore
export const NAME_SUFFIXES: readonly string[] = [
  'ii', 'iii', 'iv', 'v', 'jr.', 'jr', 'sr.', 'sr',
];

/** Mid-name particles written in lower case: "Bashar al-Assad", "Ursula von der Leyen". */
// prettier-ignore
export const NAME_PARTICLES: readonly string[] = [
  'al', 'el', 'bin', 'ibn', 'van', 'von', 'de', 'da', 'di', 'du', 'der', 'den', 'la', 'le', 'dos', 'das',
];

/** Adjectives that do not tell two holders of a role apart: "a senior official", "the top commander". */
// prettier-ignore
export const VAGUE_ROLE_MODIFIERS: readonly string[] = [
  'senior', 'top', 'current', 'high-ranking',
];

/**
 * Adjectives that say a description is not the role's holder the text names: "the former
 * minister", "the then president", "an unnamed official". Such a speaker is never resolved to a
 * named holder of the role.
 */
// prettier-ignore
export const OTHER_PERSON_MODIFIERS: readonly string[] = [
  'former', 'then', 'ex', 'late', 'previous', 'outgoing', 'incoming', 'unnamed', 'anonymous', 'another', 'other',
];
