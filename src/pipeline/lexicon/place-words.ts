/**
 * Words that say a name is a place, or part of something that is not: region nouns ("Kursk
 * region", "Kerr and Kendall counties"), facilities that stand at a place ("Erbil International
 * Airport"), and the words that begin or end the names of organisations ("Georgia Power", "Bank
 * of America"). General English news usage, gathered by hand for this project; lower case;
 * wrapped lines (prettier-ignore).
 */

/** Region nouns after a name ("Kursk region", "Idlib province"), singular and plural, with the canonical word. */
// prettier-ignore
export const REGION_NOUNS: readonly (readonly [string, string])[] = [
  ['region', 'Region'], ['regions', 'Region'], ['oblast', 'Oblast'], ['oblasts', 'Oblast'],
  ['province', 'Province'], ['provinces', 'Province'], ['governorate', 'Governorate'],
  ['governorates', 'Governorate'], ['prefecture', 'Prefecture'], ['prefectures', 'Prefecture'],
  ['district', 'District'], ['districts', 'District'], ['territory', 'Territory'], ['state', 'State'],
  ['states', 'State'], ['county', 'County'], ['counties', 'County'], ['parish', 'Parish'],
  ['krai', 'Krai'], ['kray', 'Krai'], ['canton', 'Canton'], ['division', 'Division'],
  ['department', 'Department'], ['municipality', 'Municipality'], ['borough', 'Borough'],
  ['voivodeship', 'Voivodeship'], ['raion', 'Raion'],
];

/** Region nouns that make a first-level region an oblast in the countries that have oblasts ("Kursk region" is "Kursk Oblast"). */
// prettier-ignore
export const OBLAST_NOUNS: readonly string[] = ['region', 'regions', 'oblast', 'oblasts'];

/** Words that may stand between a name and its region noun: "the Kursk border region". */
// prettier-ignore
export const REGION_MODIFIERS: readonly string[] = ['border', 'frontier', 'southern', 'northern', 'eastern', 'western'];

/**
 * Words that a region's own name begins or ends with in gazetteers ("Kursk Oblast", "Kaduna
 * State", "Provincia di Roma"), taken off to find the name the news uses on its own ("Kursk").
 */
// prettier-ignore
export const REGION_NAME_AFFIXES: readonly string[] = [
  'oblast', "oblast'", 'krai', 'kray', 'province', 'governorate', 'region', 'state', 'district',
  'prefecture', 'division', 'department', 'municipality', 'republic', 'territory', 'county', 'parish',
  'borough', 'city', 'emirate', 'voivodeship', 'canton', 'autonomous', 'okrug', 'community', 'of', 'the',
  'provincia', 'di', 'de', 'del', 'estado', 'departamento', 'département', 'wilayah', 'muhafazat',
];

/** Facilities named after the place they stand at: "Erbil International Airport", "Ramstein Air Base". */
// prettier-ignore
export const FACILITY_NOUNS: readonly string[] = [
  'airport', 'airbase', 'base', 'port', 'harbour', 'harbor', 'dam', 'park', 'camp', 'valley', 'peninsula',
  'coast', 'delta', 'crossing',
];

/** The Arabic article as names in Latin letters write it ("Al Hudaydah", "As Salif", "El Hermel"): names are also found without it. */
// prettier-ignore
export const NAME_ARTICLES: readonly string[] = [
  'al', 'el', 'as', 'ash', 'ad', 'adh', 'ar', 'at', 'ath', 'az', 'an',
];

/** Words that may stand between a place and its facility noun: "Erbil International Airport", "Fort Bragg Army Base". */
// prettier-ignore
export const FACILITY_MODIFIERS: readonly string[] = [
  'international', 'regional', 'national', 'air', 'force', 'naval', 'army', 'military', 'refugee',
  'displacement', 'municipal',
];

/** Words that end an organisation's name after a place ("Georgia Power", "Jordan Times"), beyond the shared organisation words. */
// prettier-ignore
export const ORGANISATION_ENDINGS: readonly string[] = [
  'power', 'energy', 'gas', 'oil', 'water', 'today', 'daily', 'sun', 'star', 'observer', 'guardian',
  'standard', 'globe', 'inquirer', 'record', 'bulletin', 'courier', 'register', 'tribune', 'university',
  'fc', 'united', 'rovers', 'athletic', 'bank', 'trust', 'capital',
];

/** Words before "of" that make the place after it part of an organisation's name: "Bank of America", "University of Michigan". */
// prettier-ignore
export const ORGANISATION_BEFORE_OF: readonly string[] = [
  'bank', 'university', 'college', 'school', 'institute', 'museum', 'church', 'archdiocese', 'diocese',
  'chamber', 'league', 'club', 'orchestra', 'symphony',
];
