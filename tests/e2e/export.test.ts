import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, inject, test } from 'vitest';
import type { ExportDocument } from '../../src/lib/export-schema.ts';
import { pageFetcher } from '../support/served.ts';
import { decodeArticle } from '../../src/loaders/decode-text.ts';
import { splitLines } from '../../src/pipeline/parse/parse-article.ts';
import { BARS, scoreExtraction, type Scores } from '../../scripts/lib/score-extraction.ts';
import { gold } from '../support/seed-claims.ts';

const baseUrl = inject('baseUrl');
const content = new URL('../../content/', import.meta.url);

const get = pageFetcher(baseUrl);

/** The lines of an article file as the export counts them. */
function linesOf(file: string): string[] {
  const decoded = decodeArticle(file, readFileSync(new URL(file, content)));
  if (!decoded.ok) throw new Error(decoded.problem.reason);
  return splitLines(decoded.text);
}

describe('the /data/claims.json export', async () => {
  const data = (await (await get('/data/claims.json')).json()) as ExportDocument;
  const schema = (await (await get('/data/claims.schema.json')).json()) as Record<string, unknown>;
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

  test('validates against the published schema', () => {
    const valid = validate(data);
    expect(validate.errors ?? [], 'schema errors').toEqual([]);
    expect(valid).toBe(true);
  });

  test('is described by a schema that rejects what the export must never hold', () => {
    const claim = data.claims[0]!;
    const broken: [string, unknown][] = [
      ['an older version', { ...data, schemaVersion: 1 }],
      ['a claim without offsets', { ...data, claims: [{ ...claim, line: undefined }] }],
      ['a claim of an unknown kind', { ...data, claims: [{ ...claim, kind: 'rumour' }] }],
      ['a comparison without its story', { ...data, comparisons: [{ ...data.comparisons[0], storyId: undefined }] }],
      ['a story without its articles', { ...data, stories: [{ ...data.stories[0], articleIds: undefined }] }],
    ];
    for (const [what, document] of broken) expect(validate(JSON.parse(JSON.stringify(document))), what).toBe(false);
  });

  test('carries the descriptions written in the zod schemas', () => {
    const text = JSON.stringify(schema);
    expect(text).toContain('the exact source text of the claim');
    expect(text).toContain('claims are only ever compared within one story');
  });

  test('lists every story with its articles, and every article with its story, outlet and date where known', () => {
    expect(data.stories.map((story) => story.id).sort()).toEqual([
      'hurricane-helene-federal-response-2024',
      'north-korean-troops-in-russia',
    ]);
    for (const story of data.stories) {
      expect(story.permalink).toBe(`/stories/${story.id}/`);
      expect(story.articleIds).toEqual(
        data.articles.filter((article) => article.storyId === story.id).map((article) => article.id),
      );
    }
    const dod = data.articles.find((article) => article.id === '001_db3fd5b4f5d625c3')!;
    expect(dod).toMatchObject({
      outlet: 'DOD News',
      published: '2024-10-23',
      storyId: 'north-korean-troops-in-russia',
    });
    expect(data.articles.find((article) => article.id === '002_389c0edc8c7ffe1a')!.wire).toBe('Associated Press');
  });

  test('counts each article’s lines as its file has them', () => {
    for (const article of data.articles)
      expect(article.lines, article.id).toBe(linesOf(`stories/${article.storyId}/articles/${article.id}.txt`).length);
  });

  test('every claim is the exact text at its line and offsets in the source file', () => {
    const storyOf = new Map(data.articles.map((article) => [article.id, article.storyId]));
    const lines = new Map(
      data.articles.map((article) => [article.id, linesOf(`stories/${article.storyId}/articles/${article.id}.txt`)]),
    );
    const wrong = data.claims.filter(
      (claim) => lines.get(claim.articleId)?.[claim.line]?.slice(claim.start, claim.end) !== claim.text,
    );
    expect(wrong).toEqual([]);
    expect(data.claims.every((claim) => storyOf.has(claim.articleId))).toBe(true);
  });

  test('claim and comparison ids are unique, and a comparison names only claims of its own story', () => {
    const storyOf = new Map(data.articles.map((article) => [article.id, article.storyId]));
    const claims = new Map(data.claims.map((claim) => [claim.id, claim]));
    expect(claims.size).toBe(data.claims.length);
    expect(new Set(data.comparisons.map((comparison) => comparison.id)).size).toBe(data.comparisons.length);
    for (const comparison of data.comparisons) {
      for (const id of comparison.claimIds) {
        const claim = claims.get(id);
        expect(claim, `${comparison.id} -> ${id}`).toBeDefined();
        expect(storyOf.get(claim!.articleId), `${comparison.id} -> ${id}`).toBe(comparison.storyId);
      }
      for (const id of comparison.articleIds)
        expect(storyOf.get(id), `${comparison.id} -> ${id}`).toBe(comparison.storyId);
    }
  });

  test('every story, article and claim permalink resolves to a page that has the anchor', async () => {
    const pages = new Map<string, string>();
    for (const link of [
      ...data.stories.map((story) => story.permalink),
      ...data.articles.map((article) => article.permalink),
      ...data.claims.map((claim) => claim.permalink),
    ]) {
      const url = new URL(link, baseUrl);
      if (!pages.has(url.pathname)) pages.set(url.pathname, await (await get(url.pathname)).text());
      if (url.hash) expect(pages.get(url.pathname), link).toContain(`id="${url.hash.slice(1)}"`);
    }
  });

  test('has one file per story with that story’s part, in the same shape', async () => {
    for (const story of data.stories) {
      const part = (await (await get(`/data/stories/${story.id}.json`)).json()) as ExportDocument;
      expect(validate(part), story.id).toBe(true);
      expect(part.stories).toEqual([story]);
      expect(part.articles).toEqual(data.articles.filter((article) => article.storyId === story.id));
      expect(part.comparisons).toEqual(data.comparisons.filter((comparison) => comparison.storyId === story.id));
      const ids = new Set(story.articleIds);
      expect(part.claims).toEqual(data.claims.filter((claim) => ids.has(claim.articleId)));
    }
  });

  test.each(Object.keys(BARS) as (keyof Scores)[])(
    'the exported claims meet the %s bar against the hand labels',
    (name) => {
      const score = scoreExtraction(gold(), data.claims)[name];
      expect(score.value, score.misses.join('\n')).toBeGreaterThanOrEqual(BARS[name]);
    },
  );
});
