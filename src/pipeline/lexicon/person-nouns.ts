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

/** Nouns that can name a quotation's speaker by role: "the secretary", "a US official" (bodies and documents are listed below). */
// prettier-ignore
export const SPEAKER_ROLE_NOUNS: readonly string[] = [
  'president', 'secretary', 'minister', 'ambassador', 'chancellor', 'premier', 'governor', 'senator',
  'representative', 'congressman', 'congresswoman', 'mayor', 'general', 'admiral', 'colonel', 'lieutenant',
  'major', 'captain', 'sergeant', 'commander', 'spokesman', 'spokeswoman', 'spokesperson', 'spokesmen',
  'spokeswomen', 'envoy', 'director', 'chairman', 'chairwoman', 'chair', 'chief', 'leader', 'judge', 'prosecutor',
  'attorney', 'professor', 'expert', 'analyst', 'correspondent', 'reporter', 'adviser', 'advisor', 'officer',
  'commissioner', 'diplomat', 'lawmaker', 'candidate', 'negotiator', 'official', 'source', 'aide', 'spokespeople',
  'witness', 'resident', 'researcher', 'economist', 'scientist', 'ceo', 'executive',
];

/** Things that are not sources even when a verb of saying follows them: "evidence suggests". */
// prettier-ignore
export const NOT_SOURCE_NOUNS: readonly string[] = [
  'evidence', 'data', 'images', 'image', 'photos', 'pictures', 'footage', 'video', 'videos', 'figures', 'figure',
  'estimates', 'estimate', 'numbers', 'number', 'signs', 'sign', 'indications', 'likelihood', 'possibility',
  'chance',
];

/**
 * People a quotation's speaker can be described as without a role: "the woman said", "a
 * resident told reporters". A description, never a name: they never resolve to a named person.
 */
// prettier-ignore
export const SPEAKER_PERSON_NOUNS: readonly string[] = [
  'woman', 'man', 'boy', 'girl', 'mother', 'father', 'son', 'daughter', 'wife', 'husband', 'sister', 'brother',
  'aunt', 'uncle', 'grandmother', 'grandfather', 'survivor', 'neighbor', 'neighbour', 'volunteer', 'student',
  'worker', 'employee', 'passenger', 'driver', 'victim', 'relative', 'friend', 'farmer', 'protester', 'soldier',
  'nurse', 'doctor', 'teacher', 'lawyer', 'engineer', 'pilot', 'owner', 'shopkeeper',
  'rescuer', 'firefighter', 'paramedic', 'medic', 'commentator', 'observer', 'monitor', 'investigator',
  'activist', 'organizer', 'organiser', 'delegate', 'member', 'fighter', 'militant', 'mourner',
  'voter', 'supporter', 'eyewitness', 'bystander', 'local', 'villager', 'refugee', 'evacuee', 'prisoner',
  'detainee', 'hostage', 'historian', 'journalist', 'photographer', 'host', 'interviewer', 'moderator',
  'insider', 'person', 'individual', 'staffer',
];

/**
 * Bodies that speak as one: "the ministry said in a statement", "the junta announced", "the
 * union said". A quotation they give is credited to the body as the text names it.
 */
// prettier-ignore
export const SPEAKER_BODY_NOUNS: readonly string[] = [
  'ministry', 'agency', 'government', 'military', 'army', 'navy', 'police', 'embassy', 'administration', 'office',
  'commission', 'committee', 'council', 'department', 'court', 'party', 'union', 'company', 'junta', 'leadership',
  'brigades', 'movement', 'coalition', 'alliance', 'bloc', 'association', 'board', 'authority', 'federation',
  'campaign', 'organisation', 'organization', 'institute', 'service', 'bureau', 'command', 'firm', 'bank',
  'hospital', 'university', 'network', 'broadcaster', 'newspaper', 'cabinet', 'parliament', 'presidency',
  'secretariat', 'regime', 'group', 'team', 'club', 'league', 'foundation', 'charity', 'watchdog', 'regulator',
  'tribunal', 'assembly', 'senate', 'congress', 'directorate', 'headquarters', 'mission',
  'delegation', 'operator', 'carrier', 'airline', 'manufacturer', 'producer', 'retailer', 'insurer', 'utility',
];

/**
 * Nouns by which news refers back to the leader it is reporting on, whatever their title:
 * "the American leader", "the White House chief", "the Iranian top diplomat". Such a description
 * stands for the person last reported on when that person has a role.
 */
// prettier-ignore
export const GENERIC_LEADER_NOUNS: readonly string[] = [
  'leader', 'chief', 'head', 'diplomat', 'politician', 'statesman', 'stateswoman', 'strongman', 'dictator',
  'autocrat', 'premier', 'boss', 'incumbent', 'veteran',
];

/**
 * Documents that say what whoever issued them says: "the statement added", "a post on his
 * account said". One speaks for the body or person whose statement it is.
 */
// prettier-ignore
export const STATEMENT_NOUNS: readonly string[] = [
  'statement', 'release', 'post', 'letter', 'communique', 'communiqué', 'announcement', 'declaration', 'notice',
  'message', 'tweet', 'memo', 'note', 'filing', 'readout', 'transcript', 'video', 'broadcast',
];
