/**
 * Capitalised words that name institutions, places, media and events, never part of a
 * person's name: "House", "Ministry", "Times", "Summit". General English news usage,
 * gathered by hand for this project; lower case; wrapped lines (prettier-ignore).
 */

/** Words of the names of organisations, places, media and events: "Senate", "Ministry", "Post", "Summit". */
// prettier-ignore
export const ORGANISATION_WORDS: readonly string[] = [
  'house', 'senate', 'congress', 'parliament', 'council', 'assembly', 'committee', 'commission', 'ministry',
  'department', 'office', 'agency', 'administration', 'government', 'court', 'party', 'union', 'nations', 'states',
  'kingdom', 'republic', 'federation', 'white', 'times', 'post', 'news', 'press', 'journal',
  'institute', 'university', 'center', 'centre', 'foundation', 'bank', 'group', 'company', 'corporation', 'inc',
  'ltd', 'association', 'organization', 'organisation', 'alliance', 'region', 'province', 'city', 'county',
  'district', 'street', 'square', 'peninsula', 'sea', 'ocean', 'river', 'mountains', 'north', 'south', 'east',
  'west', 'northern', 'southern', 'eastern', 'western', 'central', 'new', 'united',   'middle', 'security', 'service', 'services', 'command',
  'headquarters', 'embassy', 'ministerial', 'meeting', 'summit', 'conference', 'treaty', 'act', 'bill', 'law',
  'war', 'operation', 'program', 'programme', 'project', 'plan', 'report', 'network', 'channel', 'times.news',
  'staff', 'watch', 'rights', 'fund', 'forum', 'daily', 'tribune', 'herald', 'gazette', 'club', 'league', 'team',
  'airlines', 'airways', 'motors', 'electric', 'holdings', 'systems', 'technologies', 'labs', 'media',
  'television', 'radio', 'magazine', 'review', 'monitor', 'express', 'mail', 'telegraph', 'independent',
  'chronicle', 'insider', 'weekly', 'academy', 'school', 'college', 'hospital', 'clinic', 'church', 'police',
  'brigade', 'battalion', 'regiment', 'division', 'corps', 'guard',
];
