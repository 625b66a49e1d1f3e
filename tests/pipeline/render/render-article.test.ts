import { fromHtml } from 'hast-util-from-html';
import { describe, expect, test } from 'vitest';
import type { Claim } from '../../../src/lib/schemas.ts';
import { parseArticleText } from '../../../src/pipeline/parse/parse-article.ts';
import { renderArticle } from '../../../src/pipeline/render/render-article.ts';

const text = [
  'Storm hits <b>coast</b>',
  'Storm hits <b>coast</b>',
  'Officials said “the harbour in Brest is closed” today.',
  'Add Comment',
].join('\n');
const tree = parseArticleText(text);
const quote: Claim = {
  id: 'q-harbour',
  articleId: 'a',
  kind: 'quote',
  text: '“the harbour in Brest is closed”',
  line: 2,
  start: 15,
  end: 47,
  quote: 'the harbour in Brest is closed',
  speaker: null,
  partial: true,
};
const place: Claim = {
  id: 'p-brest',
  articleId: 'a',
  kind: 'place',
  text: 'Brest',
  line: 2,
  start: 31,
  end: 36,
  name: 'Brest',
  lat: 48.39,
  lon: -4.49,
};

describe('renderArticle', () => {
  const { headline, body } = renderArticle(tree, [quote, place]);

  test('escapes article text, so tags in it are shown and never become elements', () => {
    expect(headline).toContain('&#x3C;b>coast&#x3C;/b>');
    expect(`${headline}${body}`).not.toMatch(/<b>coast/);
  });

  test('puts the headline in an h1 with the anchor of line 1', () => {
    expect(headline).toMatch(
      /^<div class="line line-headline" id="L1"><a class="ln" href="#L1" aria-label="Line 1">1<\/a><h1 class="text">/,
    );
  });

  test('folds a repeated line into details that say which line it repeats', () => {
    expect(body).toContain(
      '<details class="line line-headline line-duplicate" id="L2"><summary>Line 2 repeats line 1</summary>',
    );
  });

  test('marks claims in place with their ids, nesting a place inside a quote', () => {
    const quoteStart = body.indexOf('<mark id="q-harbour"');
    const placeStart = body.indexOf('<mark id="p-brest"');
    expect(quoteStart).toBeGreaterThan(-1);
    expect(placeStart).toBeGreaterThan(quoteStart);
    expect(body.indexOf('</mark>', placeStart)).toBeLessThan(body.indexOf('is closed”</mark>'));
  });

  test('keeps the text of a marked line unchanged', () => {
    const line = fromHtml(body, { fragment: true });
    const all = JSON.stringify(line);
    expect(all).toContain('Officials said ');
    const rendered = body.replace(/<[^>]+>/g, '');
    expect(rendered).toContain('Officials said “the harbour in Brest is closed” today.');
  });

  test('sets boilerplate apart and labels it', () => {
    expect(body).toContain('<aside class="line line-boilerplate" id="L4" aria-label="Line 4, not reporting">');
  });

  test('renders an article without a headline entirely in the body', () => {
    const plain = renderArticle(parseArticleText('First sentence.\nSecond.'), []);
    expect(plain.headline).toBeNull();
    expect(plain.body).toContain('id="L1"');
  });
});
