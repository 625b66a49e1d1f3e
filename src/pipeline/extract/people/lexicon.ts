/**
 * The small word lists behind name finding: titles that introduce a name, honorifics, words
 * that make up a role, and capitalised words that are never part of a person's name.
 * Everything is generic English news vocabulary; nothing names a particular person.
 */

const words = (list: string) => new Set(list.split(/\s+/u).filter(Boolean));

/** Role head words that can stand right before a name: "Minister Kim", "President Putin". */
export const TITLES = words(`
  president secretary minister ambassador chancellor premier governor senator sen. representative rep.
  congressman congresswoman mayor general gen. admiral adm. colonel col. lieutenant lt. major maj.
  captain capt. sergeant sgt. commander spokesman spokeswoman spokesperson envoy director chairman
  chairwoman chair chief leader judge prosecutor attorney professor expert analyst correspondent
  reporter editor adviser advisor officer commissioner diplomat lawmaker candidate ceo founder
  economist researcher scientist historian journalist bishop archbishop cardinal speaker
  secretary-general negotiator commander-in-chief coach manager engineer lawyer doctor surgeon nurse
  teacher activist campaigner author writer novelist artist singer actor actress coordinator
  administrator inspector detective constable superintendent sheriff pilot priest rabbi imam dean
  rector headteacher principal president-elect vice-president ex-president prime-minister
`);

/** Honorifics that stay part of the name as written ("Dr. Emily Carter", "Pope Francis"). */
export const NAME_HONORIFICS = words('dr. dr prof. prof pope king queen prince princess sheikh sir dame');

/** Courtesy titles left out of a name ("Mr. Kim" is "Kim"). */
export const COURTESY = words('mr. mr mrs. mrs ms. ms mx. mx');

/** Words that qualify a role: "Defense Minister", "Secretary of State", "Prime Minister". */
export const ROLE_WORDS = words(`
  defense defence state foreign affairs interior home homeland security finance treasury justice
  health education energy commerce trade labor labour agriculture transport transportation
  environment culture economy economic national international public information intelligence
  unification veterans housing war navy naval army air force forces military digital science
  technology industry development emergency immigration communications cabinet prime vice deputy
  acting former senior chief supreme assistant under general top press presidential federal
  executive managing associate principal regional local foreign-policy un us u.s. eu nato
`);

/** Capitalised words that start sentences or clauses and are never a name. */
export const FUNCTION_WORDS = words(`
  the a an this that these those then but and or nor so yet however meanwhile when while where why
  how what who whom whose which if as after before also in on at for from with without by of to
  into onto over under both neither either earlier later last next today yesterday tomorrow it its
  he she they we i you his her their our my your him them asked speaking according although
  though despite since until because during among between against already still even only just
  not no yes now here there some many most all any each every such several other another more less
  much few once again instead thus therefore indeed perhaps maybe interview add comment read
  share watch listen follow see said says about above below around near via per than up down out
  off amid amidst toward towards upon whether unless except do does did is are was were be been
  being has have had can could will would shall should may might must let please thank thanks
  welcome absolutely well okay ok oh given additionally historically
`);

/** Capitalised words that name places, organisations or times, never a person's name. */
export const NOT_NAME_WORDS = words(`
  monday tuesday wednesday thursday friday saturday sunday january february march april june july
  august september october november december house senate congress parliament council assembly
  committee commission ministry department office agency administration government court party
  union nations states kingdom republic federation pentagon kremlin white times post news press
  journal institute university center centre foundation bank group company corporation inc ltd
  association organization organisation alliance region province city county district street
  square peninsula sea ocean river mountains north south east west northern southern eastern
  western central new united korea russia ukraine china america europe asia africa middle
  security service services command headquarters embassy ministerial meeting summit conference
  treaty act bill law war operation program programme project plan report network channel
  times.news staff watch rights fund forum daily tribune herald gazette club league team airlines
  airways motors electric holdings systems technologies labs media television radio magazine
  review monitor express mail telegraph independent chronicle insider weekly academy school
  college hospital clinic church police brigade battalion regiment division corps guard
`);

/** Name suffixes that belong to a name: "Lloyd J. Austin III". */
export const SUFFIXES = words('ii iii iv v jr. jr sr. sr');

/** Mid-name particles written in lower case: "Bashar al-Assad", "Ursula von der Leyen". */
export const PARTICLES = words('al el bin ibn van von de da di du der den la le dos das');

const fold = (word: string) => {
  const lower = word.toLowerCase();
  return lower.includes('’') ? lower.replaceAll('’', "'") : lower;
};

/** Whether a word is one of a list, ignoring case. */
export function inList(list: ReadonlySet<string>, word: string): boolean {
  return list.has(fold(word));
}

/** Bit flags for the lists a word belongs to, as returned by `wordClasses`. */
export const WordClass = {
  title: 1,
  honorific: 2,
  courtesy: 4,
  role: 8,
  function: 16,
  notName: 32,
  suffix: 64,
  particle: 128,
} as const;

const CLASS_LISTS: [ReadonlySet<string>, number][] = [
  [TITLES, WordClass.title],
  [NAME_HONORIFICS, WordClass.honorific],
  [COURTESY, WordClass.courtesy],
  [ROLE_WORDS, WordClass.role],
  [FUNCTION_WORDS, WordClass.function],
  [NOT_NAME_WORDS, WordClass.notName],
  [SUFFIXES, WordClass.suffix],
  [PARTICLES, WordClass.particle],
];
const classCache = new Map<string, number>();

/** Every list a word belongs to, as `WordClass` bits, ignoring case (cached: articles repeat their words). */
export function wordClasses(word: string): number {
  let classes = classCache.get(word);
  if (classes === undefined) {
    const folded = fold(word);
    classes = 0;
    for (const [list, bit] of CLASS_LISTS) if (list.has(folded)) classes |= bit;
    if (classCache.size > 100_000) classCache.clear();
    classCache.set(word, classes);
  }
  return classes;
}

/** Whether a word looks like an acronym or an initialism: "US", "U.S.", "UN", "DPRK". */
export function isAcronym(word: string): boolean {
  return /^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,}$/u.test(word);
}
