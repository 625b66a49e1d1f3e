/**
 * Nouns for people and for the bodies that speak for them: who can be counted ("troops",
 * "civilians") and who can be a source ("officials", "the ministry"). General English news
 * usage, gathered by hand for this project; no names. Lower case; wrapped lines (prettier-ignore).
 */

/** Nouns for people who can be counted: "troops", "service members", "civilians". */
// prettier-ignore
export const PERSON_NOUNS: readonly string[] = [
  'troops', 'soldiers', 'forces', 'members', 'servicemen', 'servicemembers', 'personnel', 'fighters', 'militants',
  'mercenaries', 'recruits', 'conscripts', 'volunteers', 'reservists', 'combatants', 'commandos', 'paratroopers',
  'marines', 'sailors', 'pilots', 'officers', 'men', 'women', 'people', 'civilians', 'children', 'workers',
  'prisoners', 'refugees', 'residents', 'casualties', 'units', 'specialists', 'engineers', 'instructors',
  'advisers', 'advisors', 'guards', 'crews', 'infantry', 'troop', 'soldier', 'force', 'member', 'fighter',
  'mercenary', 'recruit', 'conscript', 'volunteer', 'civilian', 'person', 'man', 'woman', 'child', 'worker',
  'prisoner', 'refugee', 'officer', 'pilot', 'sailor', 'marine', 'unit',
];

/** People in arms: a bare "3,000 forces" takes the nationality of the troops just mentioned. */
// prettier-ignore
export const MILITARY_NOUNS: readonly string[] = [
  'troops', 'soldiers', 'forces', 'members', 'servicemen', 'servicemembers', 'personnel', 'fighters', 'militants',
  'mercenaries', 'recruits', 'conscripts', 'volunteers', 'reservists', 'combatants', 'commandos', 'paratroopers',
  'marines', 'units', 'infantry',
];

/** Nouns for sources that can say things, as a figure's source: officials, ministries, analysts. */
// prettier-ignore
export const AGENT_NOUNS: readonly string[] = [
  'official', 'officials', 'spokesperson', 'spokesman', 'spokeswoman', 'minister', 'ministry', 'secretary',
  'ambassador', 'envoy', 'president', 'leader', 'leaders', 'commander', 'commanders', 'general', 'analyst',
  'analysts', 'expert', 'experts', 'source', 'sources', 'agency', 'government', 'military', 'army', 'officer',
  'officers', 'diplomat', 'diplomats', 'lawmaker', 'lawmakers', 'aide', 'aides', 'adviser', 'advisers', 'advisor',
  'advisors', 'investigator', 'investigators', 'researchers', 'monitor', 'monitors', 'observers', 'chief', 'staff',
  'service', 'office', 'intelligence', 'administration', 'command', 'department', 'council', 'committee',
  'authority', 'authorities', 'representative', 'representatives', 'correspondent', 'reporter', 'institute',
  'bureau', 'navy', 'police', 'prosecutors', 'embassy', 'mission', 'admiral', 'mayor', 'governor',
];

/** Nouns that can name a quotation's speaker by role: "the secretary", "a US official", "the ministry". */
// prettier-ignore
export const SPEAKER_ROLE_NOUNS: readonly string[] = [
  'president', 'secretary', 'minister', 'ambassador', 'chancellor', 'premier', 'governor', 'senator',
  'representative', 'congressman', 'congresswoman', 'mayor', 'general', 'admiral', 'colonel', 'lieutenant',
  'major', 'captain', 'sergeant', 'commander', 'spokesman', 'spokeswoman', 'spokesperson', 'spokesmen',
  'spokeswomen', 'envoy', 'director', 'chairman', 'chairwoman', 'chair', 'chief', 'leader', 'judge', 'prosecutor',
  'attorney', 'professor', 'expert', 'analyst', 'correspondent', 'reporter', 'adviser', 'advisor', 'officer',
  'commissioner', 'diplomat', 'lawmaker', 'candidate', 'negotiator', 'official', 'source', 'aide', 'ministry',
  'agency', 'government', 'military', 'army', 'embassy', 'administration', 'statement', 'spokespeople', 'witness',
  'resident', 'researcher', 'economist', 'scientist',
];

/** Things that are not sources even when a verb of saying follows them: "evidence suggests". */
// prettier-ignore
export const NOT_SOURCE_NOUNS: readonly string[] = [
  'evidence', 'data', 'images', 'image', 'photos', 'pictures', 'footage', 'video', 'videos', 'figures', 'figure',
  'estimates', 'estimate', 'numbers', 'number', 'signs', 'sign', 'indications', 'likelihood', 'possibility',
  'chance',
];
