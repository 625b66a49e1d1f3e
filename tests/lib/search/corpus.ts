/** A small hand-made story for the search tests: two articles, their trees and claims. */
import type { Claim } from '../../../src/lib/schemas.ts';
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

export const ARTICLES: SearchableArticle[] = [
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
