/** Adjectives of nationality for countries and for capitals used as their names ("Pyongyang" -> "North Korean"). */

const DEMONYMS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    'North Korean': 'North Korea|Pyongyang|DPRK|the DPRK',
    'South Korean': 'South Korea|Seoul|Republic of Korea|ROK',
    Russian: 'Russia|Moscow|the Kremlin|Kremlin|Russian Federation',
    Ukrainian: 'Ukraine|Kyiv|Kiev',
    US: 'US|U.S.|USA|U.S.A.|United States|the United States|America|Washington|the Pentagon|Pentagon|the White House|White House',
    Chinese: 'China|Beijing',
    Iranian: 'Iran|Tehran',
    Japanese: 'Japan|Tokyo',
    British: 'UK|U.K.|Britain|Great Britain|United Kingdom|the United Kingdom|London',
    French: 'France|Paris',
    German: 'Germany|Berlin',
    Israeli: 'Israel',
    Turkish: 'Turkey|Türkiye|Ankara',
    Polish: 'Poland|Warsaw',
    Belarusian: 'Belarus|Minsk',
    Syrian: 'Syria|Damascus',
    Indian: 'India|New Delhi',
    Pakistani: 'Pakistan|Islamabad',
    Taiwanese: 'Taiwan|Taipei',
    Canadian: 'Canada|Ottawa',
    Italian: 'Italy|Rome',
    Spanish: 'Spain|Madrid',
    Dutch: 'Netherlands|the Netherlands|The Hague',
    Swedish: 'Sweden|Stockholm',
    Finnish: 'Finland|Helsinki',
    Norwegian: 'Norway|Oslo',
    Georgian: 'Georgia|Tbilisi',
    Iraqi: 'Iraq|Baghdad',
    Afghan: 'Afghanistan|Kabul',
    Yemeni: 'Yemen|Sanaa',
    Lebanese: 'Lebanon|Beirut',
    Palestinian: 'Palestine|Gaza',
    Egyptian: 'Egypt|Cairo',
    Saudi: 'Saudi Arabia|Riyadh',
    Vietnamese: 'Vietnam|Hanoi',
    Filipino: 'Philippines|the Philippines|Manila',
    Australian: 'Australia|Canberra',
    Belgian: 'Belgium|Brussels',
    Danish: 'Denmark|Copenhagen',
    Austrian: 'Austria|Vienna',
    Swiss: 'Switzerland|Bern',
    Portuguese: 'Portugal|Lisbon',
    Greek: 'Greece|Athens',
    Irish: 'Ireland|Dublin',
    Czech: 'Czech Republic|Czechia|Prague',
    Slovak: 'Slovakia|Bratislava',
    Hungarian: 'Hungary|Budapest',
    Romanian: 'Romania|Bucharest',
    Bulgarian: 'Bulgaria|Sofia',
    Serbian: 'Serbia|Belgrade',
    Croatian: 'Croatia|Zagreb',
    Estonian: 'Estonia|Tallinn',
    Latvian: 'Latvia|Riga',
    Lithuanian: 'Lithuania|Vilnius',
    Moldovan: 'Moldova|Chisinau',
    Armenian: 'Armenia|Yerevan',
    Azerbaijani: 'Azerbaijan|Baku',
    Kazakh: 'Kazakhstan|Astana',
    Mongolian: 'Mongolia|Ulaanbaatar',
    Thai: 'Thailand|Bangkok',
    Malaysian: 'Malaysia|Kuala Lumpur',
    Indonesian: 'Indonesia|Jakarta',
    Singaporean: 'Singapore',
    'New Zealand': 'New Zealand|Wellington',
    Mexican: 'Mexico|Mexico City',
    Brazilian: 'Brazil|Brasilia|Brasília',
    Argentine: 'Argentina|Buenos Aires',
    Chilean: 'Chile|Santiago',
    Peruvian: 'Peru|Lima',
    Colombian: 'Colombia|Bogota|Bogotá',
    Venezuelan: 'Venezuela|Caracas',
    Cuban: 'Cuba|Havana',
    'South African': 'South Africa|Pretoria',
    Nigerian: 'Nigeria|Abuja',
    Kenyan: 'Kenya|Nairobi',
    Ethiopian: 'Ethiopia|Addis Ababa',
    Sudanese: 'Sudan|Khartoum',
    Libyan: 'Libya|Tripoli',
    Algerian: 'Algeria|Algiers',
    Moroccan: 'Morocco|Rabat',
    Jordanian: 'Jordan|Amman',
    Qatari: 'Qatar|Doha',
    Emirati: 'United Arab Emirates|UAE|Abu Dhabi',
    Icelandic: 'Iceland|Reykjavik',
    Chechen: 'Chechnya|Grozny',
    European: 'EU|European Union|Brussels-based',
  }).flatMap(([demonym, names]) => names.split('|').map((name) => [name.toLowerCase(), demonym] as const)),
);

/**
 * The nationality adjective for a country or capital as written ("Russia" -> "Russian",
 * "Pyongyang" -> "North Korean"); for names not listed, a regular "-ia" -> "-ian" or
 * "-a" -> "-an" form, else the name itself ("Wagner" -> "Wagner").
 */
export function demonymOf(name: string): string {
  const known = DEMONYMS.get(name.toLowerCase().replace(/['’]s?$/u, ''));
  if (known !== undefined) return known;
  if (name.endsWith('ia')) return `${name}n`;
  if (/[^i]a$/u.test(name) && !name.includes(' ')) return `${name}n`;
  return name;
}

const ADJECTIVES: ReadonlySet<string> = new Set([...DEMONYMS.values()].map((demonym) => demonym.toLowerCase()));

/** Whether a nationality is one this table knows ("Austrian"): then only its own countries and capitals fit it. */
export function isKnownNationality(modifier: string): boolean {
  return ADJECTIVES.has(modifier.toLowerCase());
}

/** Whether a modifier reads as a nationality ("North Korean", "Israeli", "Palestinian"), not a body ("National Guard"). */
export function isNationality(modifier: string): boolean {
  const lower = modifier.toLowerCase();
  return ADJECTIVES.has(lower) || /(?:ian|ean|an|ese|ish|i)$/u.test(lower.split(' ').at(-1) ?? '');
}
