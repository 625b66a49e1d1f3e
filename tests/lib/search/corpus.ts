/** Two small hand-made stories for the search tests: three articles, their trees and claims. */
import type { Claim } from '../../../src/lib/schemas.ts';
import type { SearchableStory } from '../../../src/site/search/build-index.ts';
import type { SearchableArticle } from '../../../src/site/search/documents.ts';
import { claimId } from '../../../src/pipeline/extract/claim-id.ts';
import { parseArticleText, splitLines } from '../../../src/pipeline/parse/parse-article.ts';

type Spec = Record<string, unknown> & { kind: Claim['kind']; text: string; line: number };

function article(id: string, title: string, outlet: string | null, text: string, specs: Spec[]): SearchableArticle {
  const lines = splitLines(text);
  const claims = specs.map((spec) => {
    const start = lines[spec.line]!.indexOf(spec.text, Number(spec.from ?? 0));
    if (start === -1) throw new Error(`"${spec.text}" is not on line ${spec.line}`);
    const { from: _from, ...rest } = spec;
    return {
      ...rest,
      id: claimId(id, spec.kind, spec.text, Number(spec.from ?? 0) > 0 ? 1 : 0),
      articleId: id,
      start,
      end: start + spec.text.length,
    } as Claim;
  });
  return { id, slug: id, title, outlet, tree: parseArticleText(text), claims };
}

/** The first story: troops in Kursk, two articles. */
const TROOPS: SearchableArticle[] = [
  article(
    'a-one',
    'Troops reach Kursk',
    'Daily Ledger',
    [
      'Troops reach Kursk',
      'Lloyd Austin said “the likelihood is pretty high” that troops reach Kursk.',
      'As many as 11,000 troops are in Kursk, Seoul says.',
      'Add Comment',
    ].join('\n'),
    [
      {
        kind: 'quote',
        text: '“the likelihood is pretty high”',
        line: 1,
        quote: 'the likelihood is pretty high',
        speaker: 'Lloyd Austin',
        partial: true,
      },
      { kind: 'person', text: 'Lloyd Austin', line: 1, name: 'Lloyd Austin', role: 'US Defense Secretary' },
      { kind: 'place', text: 'Kursk', line: 1, name: 'Kursk', lat: 51.73, lon: 36.19 },
      {
        kind: 'figure',
        text: 'As many as 11,000 troops',
        line: 2,
        value: 11000,
        unit: 'troops',
        quantity: 'people',
        qualifier: 'max',
        subject: 'North Korean troops',
        attribution: 'Seoul',
      },
      { kind: 'place', text: 'Kursk', line: 2, from: 20, name: 'Kursk', lat: 51.73, lon: 36.19 },
    ],
  ),
  article(
    'b-two',
    'Officials warn of co-belligerents',
    null,
    [
      'Officials warn of co-belligerents',
      'Officials warn of co-belligerents',
      'Kim Yong-hyun said the troops are co-belligerents in Ukraine.',
      'The south of Ukraine is quiet.',
    ].join('\n'),
    [
      { kind: 'person', text: 'Kim Yong-hyun', line: 2, name: 'Kim Yong-hyun', role: null },
      { kind: 'place', text: 'Ukraine', line: 2, name: 'Ukraine', lat: 49, lon: 32 },
      { kind: 'place', text: 'Ukraine', line: 3, name: 'Ukraine', lat: 49, lon: 32 },
    ],
  ),
];

/** The second story, with words of its own and one the first story has too ("troops"). */
const FLOOD: SearchableArticle[] = [
  article(
    'c-three',
    'Guard troops bring water',
    'Valley Gazette',
    [
      'Guard troops bring water',
      'About 6,000 Guard troops brought water to Asheville, the governor told reporters.',
    ].join('\n'),
    [
      {
        kind: 'figure',
        text: 'About 6,000 Guard troops',
        line: 1,
        value: 6000,
        unit: 'troops',
        qualifier: 'approx',
        subject: 'Guard troops',
        attribution: null,
      },
      { kind: 'place', text: 'Asheville', line: 1, name: 'Asheville', lat: 35.6, lon: -82.55 },
    ],
  ),
];

/** The stories, in the order the site lists them. */
export const STORIES: SearchableStory[] = [
  { id: 'troops-in-kursk', title: 'Troops sent to Kursk, and what officials say about them', articles: TROOPS },
  { id: 'flood', title: 'Flood relief', articles: FLOOD },
];

/** Every article, story by story, as the index numbers them. */
export const ARTICLES: SearchableArticle[] = STORIES.flatMap((story) => story.articles);
