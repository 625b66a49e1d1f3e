import { readFileSync, readdirSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, inject, test } from 'vitest';
import { decodeArticle } from '../../src/loaders/decode-article.ts';
import type { Claim } from '../../src/lib/schemas.ts';
import { splitLines } from '../../src/pipeline/parse/parse-article.ts';
import { BARS, scoreExtraction, type Scores } from '../../scripts/lib/score-extraction.ts';
import { gold } from '../support/seed-claims.ts';

const baseUrl = inject('baseUrl');
const articlesFolder = new URL('../../content/articles/', import.meta.url);

interface ExportedClaim {
  id: string;
  articleId: string;
  text: string;
  line: number;
  start: number;
  end: number;
  permalink: string;
}
interface Exported {
  articles: { id: string; permalink: string; lines: number }[];
  claims: ExportedClaim[];
  comparisons: { id: string; claimIds: string[] }[];
}

const get = async (path: string) => {
  const response = await fetch(new URL(path, baseUrl));
  expect(response.status, path).toBe(200);
  return response;
};

describe('the /data/claims.json export', async () => {
  const data = (await (await get('/data/claims.json')).json()) as Exported;
  const schema = (await (await get('/data/claims.schema.json')).json()) as object;

  test('validates against the published schema', () => {
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    const valid = validate(data);
    expect(validate.errors ?? [], 'schema errors').toEqual([]);
    expect(valid).toBe(true);
  });

  test('publishes the same schema as the project keeps', () => {
    expect(schema).toEqual(
      JSON.parse(readFileSync(new URL('../../public/data/claims.schema.json', import.meta.url), 'utf8')),
    );
  });

  test('lists every article that decodes, with its line count', () => {
    const expected = readdirSync(articlesFolder)
      .filter((name) => name.endsWith('.txt'))
      .flatMap((name) => {
        const decoded = decodeArticle(name, readFileSync(new URL(name, articlesFolder)));
        return decoded.ok ? [{ id: name.slice(0, -4), lines: splitLines(decoded.text).length }] : [];
      });
    expect(data.articles.map(({ id, lines }) => ({ id, lines }))).toEqual(expected);
  });

  test('every claim is the exact text at its line and offsets in the source file', () => {
    const lines = new Map(
      data.articles.map((article) => {
        const decoded = decodeArticle(article.id, readFileSync(new URL(`${article.id}.txt`, articlesFolder)));
        return [article.id, decoded.ok ? splitLines(decoded.text) : []];
      }),
    );
    const wrong = data.claims.filter(
      (claim) => lines.get(claim.articleId)?.[claim.line]?.slice(claim.start, claim.end) !== claim.text,
    );
    expect(wrong).toEqual([]);
  });

  test('claim ids are unique and comparisons name only existing claims', () => {
    const ids = new Set(data.claims.map((claim) => claim.id));
    expect(ids.size).toBe(data.claims.length);
    for (const comparison of data.comparisons)
      for (const id of comparison.claimIds) expect(ids.has(id), `${comparison.id} -> ${id}`).toBe(true);
  });

  test('every article and claim permalink resolves to a page that has the anchor', async () => {
    const pages = new Map<string, string>();
    for (const link of [
      ...data.articles.map((article) => article.permalink),
      ...data.claims.map((claim) => claim.permalink),
    ]) {
      const url = new URL(link, baseUrl);
      if (!pages.has(url.pathname)) pages.set(url.pathname, await (await get(url.pathname)).text());
      if (url.hash) expect(pages.get(url.pathname), link).toContain(`id="${url.hash.slice(1)}"`);
    }
  });

  test.each(Object.keys(BARS) as (keyof Scores)[])(
    'the exported claims meet the %s bar against the hand labels',
    (name) => {
      const score = scoreExtraction(gold(), data.claims as unknown as Claim[])[name];
      expect(score.value, score.misses.join('\n')).toBeGreaterThanOrEqual(BARS[name]);
    },
  );
});
