/**
 * The benchmark's fixed query sets: what readers type (for speed and bytes), and misspellings
 * of the story's names and places (for recall), each with the word it should find.
 */

/** Typed one key at a time on the search page. */
export const TYPED_QUERIES = [
  'Kursk',
  'Austin',
  'Kim Yong-hyun',
  '11000 troops',
  'co belligerent',
  'north korean troops',
  'Pyongyang',
  'likelihood is pretty high',
  'Kislytsya',
  'Washington',
] as const;

/** Misspellings (dropped, doubled, swapped, wrong or extra letters) and the word each should find. */
export const TYPOS: readonly [query: string, target: string][] = [
  ['Kurks', 'kursk'],
  ['Kursck', 'kursk'],
  ['Krusk', 'kursk'],
  ['Pyongyng', 'pyongyang'],
  ['Pyonyang', 'pyongyang'],
  ['Pjongyang', 'pyongyang'],
  ['Moscw', 'moscow'],
  ['Mosocw', 'moscow'],
  ['Seol', 'seoul'],
  ['Soeul', 'seoul'],
  ['Washingtn', 'washington'],
  ['Wahsington', 'washington'],
  ['Ukrane', 'ukraine'],
  ['Ukriane', 'ukraine'],
  ['Kremiln', 'kremlin'],
  ['Kremln', 'kremlin'],
  ['Pentagn', 'pentagon'],
  ['Pentgaon', 'pentagon'],
  ['Austen', 'austin'],
  ['Autsin', 'austin'],
  ['Austn', 'austin'],
  ['Kyslitsya', 'kyslytsya'],
  ['Kislytsya', 'kyslytsya'],
  ['Blinkin', 'blinken'],
  ['Blinkn', 'blinken'],
  ['Puttin', 'putin'],
  ['Ptuin', 'putin'],
  ['Vladmir', 'vladimir'],
  ['Vladimr', 'vladimir'],
  ['Zelensky', 'zelenskyy'],
  ['Zelenskiy', 'zelenskyy'],
  ['Irna', 'iran'],
  ['Kiyv', 'kyiv'],
  ['Cartre', 'carter'],
  ['Japn', 'japan'],
  ['Chnia', 'china'],
  ['Kim Yong-hyn', 'hyun'],
  ['Cho Tae-yull', 'yul'],
  ['Roem', 'rome'],
  ['Sergyi', 'sergiy'],
];
