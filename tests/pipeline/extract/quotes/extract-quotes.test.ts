import { readFileSync, readdirSync } from 'node:fs';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { quoteClaimSchema, type Claim } from '../../../../src/lib/schemas.ts';
import extractPeople from '../../../../src/pipeline/extract/extract-people.ts';
import extractQuotes from '../../../../src/pipeline/extract/extract-quotes.ts';
import '../../../../src/pipeline/file-data.ts';
import parseArticle, { splitLines } from '../../../../src/pipeline/parse/parse-article.ts';
import { fixtureCases } from '../../../support/fixtures.ts';

const processor = unified().use(parseArticle).use(extractPeople).use(extractQuotes).freeze();

/** Runs the parser, the people collector and the quotes collector over one text. */
function claimsOf(text: string, articleId = 'test'): { lines: string[]; claims: Claim[] } {
  const lines = splitLines(text);
  const file = new VFile({ value: text, data: { articleId, lines, claims: [] } });
  processor.runSync(processor.parse(file), file);
  return { lines, claims: file.data.claims ?? [] };
}

/** The quote claims of a text, without ids, in the order the collector pushed them. */
function quotes(text: string) {
  return claimsOf(text).claims.flatMap((claim) =>
    claim.kind === 'quote'
      ? [{ line: claim.line, text: claim.text, quote: claim.quote, speaker: claim.speaker, partial: claim.partial }]
      : [],
  );
}

describe('extractQuotes', () => {
  fixtureCases(new URL('./fixtures/', import.meta.url), quotes);

  test('every quote claim of the seed articles fits the schema and points at its exact source text', () => {
    const folder = new URL('../../../../content/stories/north-korean-troops-in-russia/articles/', import.meta.url);
    for (const name of readdirSync(folder).filter((file) => file.endsWith('.txt'))) {
      const { lines, claims } = claimsOf(readFileSync(new URL(name, folder), 'utf8'), name.slice(0, -4));
      for (const claim of claims.filter((candidate) => candidate.kind === 'quote')) {
        expect(quoteClaimSchema.parse(claim)).toEqual(claim);
        expect(lines[claim.line]!.slice(claim.start, claim.end)).toBe(claim.text);
        expect(claim.text).toContain(claim.quote);
      }
    }
  });

  test('the tree is left as it was', () => {
    const text = 'Minister Ana Ribeiro spoke.\n"We will not apologise," Ribeiro said.\n';
    const file = new VFile({ value: text, data: { articleId: 'test', lines: splitLines(text), claims: [] } });
    const tree = processor.parse(file);
    const before = structuredClone(tree);
    processor.runSync(tree, file);
    expect(tree).toEqual(before);
  });

  test('the same quotation gets the same id whatever comes before it in other paragraphs', () => {
    const alone = claimsOf('"We will not apologise," she said.\n').claims;
    const later = claimsOf('Some other news first.\n"We will not apologise," she said.\n').claims;
    expect(later.find((claim) => claim.kind === 'quote')?.id).toBe(alone.find((claim) => claim.kind === 'quote')?.id);
  });

  test('an article without quotation marks yields no quote claims', () => {
    expect(quotes("Headline without quotes\nThe minister's plan isn't new, officials said.\n")).toEqual([]);
  });

  test('a former holder of a title is never the holder the article names', () => {
    const found = quotes(
      [
        'Ministers meet in Veloran',
        'Defense Secretary Jonah Mercer said the talks were useful.',
        '"This is a grave mistake," the former defense secretary said.',
        '',
      ].join('\n'),
    );
    expect(found.find((quote) => quote.quote.startsWith('This is'))?.speaker).not.toBe('Jonah Mercer');
  });
});
