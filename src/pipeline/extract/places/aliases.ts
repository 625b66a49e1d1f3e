/**
 * Curated additions to the package gazetteers: world regions, seas and landmarks that no
 * package names, extra spellings of countries and cities, and names that are too often a
 * person or an ordinary word to be taken as a place without evidence.
 *
 * Coordinates of curated places are approximate centres in decimal degrees (latitude,
 * longitude), rounded to 0.1 degree for regions and seas and to 0.001 degree for
 * landmarks, read off public reference maps (GeoNames and OpenStreetMap feature points).
 * They are meant for a map pin and for comparison within a few degrees, not for surveying.
 * Keep this list general (well-known world regions and landmarks), never a story's words.
 */

/** A place that the package gazetteers do not know, with every name it is written under. */
export interface CuratedPlace {
  /** Canonical name, as shown on the site. */
  name: string;
  kind: 'region' | 'landmark';
  lat: number;
  lon: number;
  /** Other ways of writing it; the canonical name is always matched too. */
  aliases?: readonly string[];
}

/**
 * Landmarks are places whether the text uses them as a place ("a meeting at the Pentagon")
 * or, as news does, for the institution housed there ("the Pentagon said", "the Kremlin's
 * plans"), exactly as a capital city stays a place in "Moscow has a choice".
 */
export const CURATED_PLACES: readonly CuratedPlace[] = [
  // Continents and world regions.
  { name: 'Europe', kind: 'region', lat: 54.0, lon: 15.0, aliases: ['European theater', 'European theatre'] },
  { name: 'Eastern Europe', kind: 'region', lat: 50.0, lon: 28.0 },
  { name: 'Western Europe', kind: 'region', lat: 48.0, lon: 5.0 },
  { name: 'Central Europe', kind: 'region', lat: 50.0, lon: 15.0 },
  { name: 'Northern Europe', kind: 'region', lat: 60.0, lon: 15.0 },
  { name: 'Southern Europe', kind: 'region', lat: 41.0, lon: 13.0 },
  { name: 'Asia', kind: 'region', lat: 43.0, lon: 87.0 },
  { name: 'East Asia', kind: 'region', lat: 35.0, lon: 115.0 },
  { name: 'Northeast Asia', kind: 'region', lat: 40.0, lon: 125.0, aliases: ['North-East Asia', 'Northeastern Asia'] },
  { name: 'Southeast Asia', kind: 'region', lat: 5.0, lon: 110.0, aliases: ['South-East Asia', 'Southeastern Asia'] },
  { name: 'South Asia', kind: 'region', lat: 22.0, lon: 78.0 },
  { name: 'Central Asia', kind: 'region', lat: 43.0, lon: 65.0 },
  { name: 'Asia-Pacific', kind: 'region', lat: 10.0, lon: 130.0 },
  { name: 'Indo-Pacific', kind: 'region', lat: 5.0, lon: 115.0 },
  { name: 'Middle East', kind: 'region', lat: 29.0, lon: 42.0, aliases: ['Mideast', 'Near East'] },
  { name: 'Far East', kind: 'region', lat: 45.0, lon: 125.0 },
  { name: 'Russian Far East', kind: 'region', lat: 60.0, lon: 140.0 },
  { name: 'Siberia', kind: 'region', lat: 60.0, lon: 100.0 },
  { name: 'Africa', kind: 'region', lat: 2.0, lon: 20.0 },
  { name: 'North Africa', kind: 'region', lat: 27.0, lon: 10.0 },
  { name: 'West Africa', kind: 'region', lat: 12.0, lon: -3.0 },
  { name: 'East Africa', kind: 'region', lat: 0.0, lon: 36.0 },
  { name: 'Sub-Saharan Africa', kind: 'region', lat: -5.0, lon: 20.0 },
  { name: 'Horn of Africa', kind: 'region', lat: 8.0, lon: 45.0 },
  { name: 'Sahel', kind: 'region', lat: 15.0, lon: 5.0 },
  { name: 'North America', kind: 'region', lat: 45.0, lon: -100.0 },
  { name: 'Central America', kind: 'region', lat: 14.0, lon: -87.0 },
  { name: 'South America', kind: 'region', lat: -15.0, lon: -60.0 },
  { name: 'Latin America', kind: 'region', lat: -10.0, lon: -65.0 },
  { name: 'Caribbean', kind: 'region', lat: 18.0, lon: -72.0 },
  { name: 'Oceania', kind: 'region', lat: -20.0, lon: 150.0 },
  { name: 'Arctic', kind: 'region', lat: 85.0, lon: 0.0 },
  { name: 'Balkans', kind: 'region', lat: 43.0, lon: 21.0 },
  { name: 'Baltic states', kind: 'region', lat: 57.0, lon: 24.0, aliases: ['Baltics'] },
  { name: 'Scandinavia', kind: 'region', lat: 63.0, lon: 15.0 },
  { name: 'Caucasus', kind: 'region', lat: 42.0, lon: 44.0 },
  { name: 'Korean Peninsula', kind: 'region', lat: 38.0, lon: 127.5 },
  { name: 'Korea', kind: 'region', lat: 37.5, lon: 127.5 },
  { name: 'Arabian Peninsula', kind: 'region', lat: 23.0, lon: 47.0 },
  { name: 'Soviet Union', kind: 'region', lat: 60.0, lon: 90.0, aliases: ['USSR'] },
  // Parts of countries that the news names on their own.
  { name: 'Crimea', kind: 'region', lat: 45.3, lon: 34.4 },
  { name: 'Donbas', kind: 'region', lat: 48.2, lon: 38.5, aliases: ['Donbass'] },
  { name: 'Gaza Strip', kind: 'region', lat: 31.4, lon: 34.4, aliases: ['Gaza'] },
  { name: 'West Bank', kind: 'region', lat: 32.0, lon: 35.3 },
  { name: 'Golan Heights', kind: 'region', lat: 33.0, lon: 35.8 },
  { name: 'Sinai', kind: 'region', lat: 29.5, lon: 33.8, aliases: ['Sinai Peninsula'] },
  { name: 'Kashmir', kind: 'region', lat: 34.5, lon: 76.0 },
  { name: 'Tibet', kind: 'region', lat: 31.5, lon: 88.0 },
  { name: 'Xinjiang', kind: 'region', lat: 41.5, lon: 85.0 },
  { name: 'Transnistria', kind: 'region', lat: 47.2, lon: 29.4 },
  { name: 'Nagorno-Karabakh', kind: 'region', lat: 39.9, lon: 46.7 },
  { name: 'Darfur', kind: 'region', lat: 13.0, lon: 24.0 },
  { name: 'England', kind: 'region', lat: 52.5, lon: -1.5 },
  { name: 'Scotland', kind: 'region', lat: 56.8, lon: -4.2 },
  { name: 'Wales', kind: 'region', lat: 52.3, lon: -3.7 },
  { name: 'Northern Ireland', kind: 'region', lat: 54.6, lon: -6.7 },
  { name: 'Catalonia', kind: 'region', lat: 41.8, lon: 1.5 },
  { name: 'Demilitarized Zone', kind: 'region', lat: 38.3, lon: 127.2, aliases: ['DMZ', 'Korean Demilitarized Zone'] },
  // Seas, straits and oceans.
  { name: 'Black Sea', kind: 'region', lat: 43.4, lon: 34.0 },
  { name: 'Sea of Azov', kind: 'region', lat: 46.0, lon: 36.5 },
  { name: 'Baltic Sea', kind: 'region', lat: 58.0, lon: 20.0 },
  { name: 'Mediterranean', kind: 'region', lat: 35.0, lon: 18.0, aliases: ['Mediterranean Sea'] },
  { name: 'Red Sea', kind: 'region', lat: 20.0, lon: 38.5 },
  { name: 'Persian Gulf', kind: 'region', lat: 27.0, lon: 51.0 },
  { name: 'Gulf of Aden', kind: 'region', lat: 12.5, lon: 48.0 },
  { name: 'Strait of Hormuz', kind: 'region', lat: 26.6, lon: 56.3 },
  { name: 'South China Sea', kind: 'region', lat: 12.0, lon: 113.0 },
  { name: 'East China Sea', kind: 'region', lat: 29.0, lon: 125.0 },
  { name: 'Yellow Sea', kind: 'region', lat: 35.0, lon: 123.0 },
  { name: 'Sea of Japan', kind: 'region', lat: 40.0, lon: 135.0, aliases: ['East Sea'] },
  { name: 'Taiwan Strait', kind: 'region', lat: 24.5, lon: 119.5 },
  { name: 'Pacific Ocean', kind: 'region', lat: 0.0, lon: -160.0, aliases: ['Pacific'] },
  { name: 'Atlantic Ocean', kind: 'region', lat: 30.0, lon: -40.0, aliases: ['Atlantic'] },
  { name: 'Indian Ocean', kind: 'region', lat: -20.0, lon: 80.0 },
  { name: 'Arctic Ocean', kind: 'region', lat: 85.0, lon: 0.0 },
  // Landmarks.
  { name: 'The Pentagon', kind: 'landmark', lat: 38.871, lon: -77.056, aliases: ['Pentagon'] },
  { name: 'The White House', kind: 'landmark', lat: 38.898, lon: -77.037, aliases: ['White House'] },
  {
    name: 'The Capitol',
    kind: 'landmark',
    lat: 38.89,
    lon: -77.009,
    aliases: ['Capitol Hill', 'US Capitol', 'U.S. Capitol'],
  },
  { name: 'The Kremlin', kind: 'landmark', lat: 55.752, lon: 37.618, aliases: ['Kremlin'] },
  { name: 'Red Square', kind: 'landmark', lat: 55.754, lon: 37.621 },
  { name: 'Downing Street', kind: 'landmark', lat: 51.503, lon: -0.128 },
  { name: 'Élysée Palace', kind: 'landmark', lat: 48.87, lon: 2.317 },
  { name: 'Blue House', kind: 'landmark', lat: 37.587, lon: 126.975, aliases: ['Cheong Wa Dae'] },
  { name: 'Zhongnanhai', kind: 'landmark', lat: 39.913, lon: 116.38 },
  { name: 'Tiananmen Square', kind: 'landmark', lat: 39.906, lon: 116.398 },
  { name: 'Camp David', kind: 'landmark', lat: 39.648, lon: -77.465 },
  { name: 'Guantanamo Bay', kind: 'landmark', lat: 19.9, lon: -75.1 },
  { name: 'Wall Street', kind: 'landmark', lat: 40.706, lon: -74.009 },
  { name: 'Chernobyl', kind: 'landmark', lat: 51.27, lon: 30.22 },
  { name: 'Panmunjom', kind: 'landmark', lat: 37.956, lon: 126.677 },
];

/** Extra names of countries, by ISO 3166-1 alpha-2 code, beyond what the packages list. */
export const COUNTRY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  KP: ["Democratic People's Republic of Korea", 'D.P.R.K.'],
  KR: ['ROK'],
  GB: ['U.K.'],
  US: ['U.S.', 'U.S.A.', 'United States'],
  VA: ['Holy See', 'Vatican'],
  SY: ['Syria'],
  LA: ['Laos'],
  MD: ['Moldova'],
  BN: ['Brunei'],
  CD: ['Congo-Kinshasa', 'DR Congo'],
};

/** Package names of countries that are not safe as names: shared by two countries, or usually something else. */
export const IGNORED_COUNTRY_NAMES: ReadonlySet<string> = new Set([
  'Congo',
  'Emirates',
  'Formosa',
  'Persia',
  'Tanganyika',
  'Zaire',
  'Moldavia',
]);

/** Country names that are also given names, family names or words ("Jersey Shore"): taken only when no person or longer name is in sight. */
export const PERSON_LIKE_COUNTRIES: ReadonlySet<string> = new Set([
  'Georgia',
  'Jordan',
  'Chad',
  'Israel',
  'India',
  'Kenya',
  'America',
  'Jersey',
  'Reunion',
  'Réunion',
]);

/** Other spellings of package cities, keyed by the package's own city name. */
export const CITY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  'Washington, D.C.': ['Washington', 'Washington DC', 'Washington D.C.'],
  Kyiv: ['Kiev'],
  Odessa: ['Odesa'],
  Lvov: ['Lviv', "L'viv"],
  Kharkiv: ['Kharkov'],
  Zaporizhzhya: ['Zaporizhzhia', 'Zaporozhye'],
  Dnipropetrovsk: ['Dnipro'],
  Mykolayiv: ['Mykolaiv'],
  Vinnytsya: ['Vinnytsia'],
  Khmelnytskyy: ['Khmelnytskyi'],
  Sevastapol: ['Sevastopol'],
  Beijing: ['Peking'],
  Mumbai: ['Bombay'],
  Kolkata: ['Calcutta'],
  Chennai: ['Madras'],
  Bengaluru: ['Bangalore'],
  'Ho Chi Minh City': ['Saigon'],
  Rangoon: ['Yangon'],
  Makkah: ['Mecca'],
  'Tel Aviv-Yafo': ['Tel Aviv'],
  'New York': ['New York City', 'NYC'],
  Astana: ['Nur-Sultan'],
  Ulaanbaatar: ['Ulan Bator'],
  Sanaa: ["Sana'a"],
};

/** Canonical names for package cities spelled in an old or local way. */
export const CITY_DISPLAY_NAMES: Readonly<Record<string, string>> = {
  Lvov: 'Lviv',
  Sevastapol: 'Sevastopol',
  Rangoon: 'Yangon',
  Makkah: 'Mecca',
  København: 'Copenhagen',
  Zaporizhzhya: 'Zaporizhzhia',
  Dnipropetrovsk: 'Dnipro',
  Mykolayiv: 'Mykolaiv',
  Vinnytsya: 'Vinnytsia',
  Khmelnytskyy: 'Khmelnytskyi',
  Shenyeng: 'Shenyang',
};

/**
 * Names of large cities and US states that are also common given names, family names or
 * English words ("Austin", "Charlotte", "Mobile", "Nice"): matched only with evidence that
 * the text means the place ("in Austin", "Austin, Texas", "the Vladimir region").
 */
export const AMBIGUOUS_PLACE_NAMES: ReadonlySet<string> = new Set([
  'Americana',
  'Arlington',
  'Aurora',
  'Austin',
  'Bello',
  'Buffalo',
  'Chandler',
  'Charlotte',
  'Cleveland',
  'Columbia',
  'Columbus',
  'Concord',
  'Douglas',
  'Durham',
  'Engels',
  'Eugene',
  'Florence',
  'Franklin',
  'Garland',
  'Gary',
  'Hail',
  'Hamilton',
  'Henderson',
  'Houston',
  'Independence',
  'Indiana',
  'Irvine',
  'Jackson',
  'Kingston',
  'Kirov',
  'Lancaster',
  'Leon',
  'Lincoln',
  'Lowell',
  'Madison',
  'Medina',
  'Mendoza',
  'Mesa',
  'Mobile',
  'Montana',
  'Nancy',
  'Natal',
  'Nice',
  'Orange',
  'Pereira',
  'Phoenix',
  'Reading',
  'Richmond',
  'Salem',
  'Salvador',
  'Santos',
  'Split',
  'Stanley',
  'Stockton',
  'Surprise',
  'Tours',
  'Troy',
  'Trujillo',
  'Tyler',
  'Van',
  'Victoria',
  'Virginia',
  'Vladimir',
  'Warren',
  'Wellington',
  'Windsor',
]);
