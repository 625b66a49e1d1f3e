import { readFileSync, readdirSync } from 'node:fs';
import type { Root } from 'mdast';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { figureClaimSchema, type Claim, type FigureClaim } from '../../../../src/lib/schemas.ts';
import extractFigures from '../../../../src/pipeline/extract/extract-figures.ts';
import parseArticle, { splitLines } from '../../../../src/pipeline/parse/parse-article.ts';
import { fixtureCases } from '../../../support/fixtures.ts';

const processor = unified().use(parseArticle).use(extractFigures).freeze();

/** Runs the parser and the figures collector alone, after any claims given (a quotes collector's). */
function figuresOf(
  text: string,
  articleId = 'fixture',
  earlier: Claim[] = [],
): { figures: FigureClaim[]; lines: string[]; tree: Root } {
  const lines = splitLines(text);
  const file = new VFile({ value: text, data: { articleId, lines, claims: [...earlier] } });
  const tree = processor.parse(file);
  processor.runSync(tree, file);
  const figures = (file.data.claims ?? []).flatMap((claim) => (claim.kind === 'figure' ? [claim] : []));
  return { figures, lines, tree };
}

describe('extractFigures', () => {
  fixtureCases(new URL('./fixtures/', import.meta.url), (input) =>
    figuresOf(input).figures.map(({ line, text, value, unit, qualifier, quantity, subject, attribution }) => ({
      line,
      text,
      value,
      unit,
      qualifier,
      quantity,
      subject,
      attribution,
    })),
  );

  const articles = new URL('../../../../content/stories/north-korean-troops-in-russia/articles/', import.meta.url);
  const names = readdirSync(articles).filter((name) => name.endsWith('.txt'));

  test('every figure of the seed articles fits the claim schema and points at its exact source text', () => {
    for (const name of names) {
      const { figures, lines } = figuresOf(readFileSync(new URL(name, articles), 'utf8'), name.slice(0, -4));
      for (const figure of figures) {
        expect(figureClaimSchema.parse(figure)).toEqual(figure);
        expect(lines[figure.line]!.slice(figure.start, figure.end)).toBe(figure.text);
      }
    }
  });

  test('figures of one line never overlap, so each can be marked in place', () => {
    for (const name of names) {
      const { figures } = figuresOf(readFileSync(new URL(name, articles), 'utf8'), name.slice(0, -4));
      for (const [index, figure] of figures.entries()) {
        const next = figures[index + 1];
        if (next?.line === figure.line) expect(next.start).toBeGreaterThanOrEqual(figure.end);
      }
    }
  });

  test('the collector reads the tree without changing it', () => {
    const text = readFileSync(new URL(names[0]!, articles), 'utf8');
    const tree = unified().use(parseArticle).parse(text);
    const before = structuredClone(tree);
    const file = new VFile({ value: text, data: { articleId: 'a', lines: splitLines(text), claims: [] } });
    unified().use(extractFigures).runSync(tree, file);
    expect(tree).toEqual(before);
  });

  test('ids stay the same when the same text is read under the same article id', () => {
    const text = 'Headline\nOfficials said 5,000 troops and 5,000 troops more arrived.\n';
    const first = figuresOf(text, 'same').figures.map((figure) => figure.id);
    const second = figuresOf(text, 'same').figures.map((figure) => figure.id);
    expect(first).toEqual(second);
    expect(new Set(first).size).toBe(first.length);
  });

  test('a figure inside a quotation takes the speaker the quotes collector found', () => {
    const text = 'Headline\n“We lost 12 men,” he said.\n';
    const line = text.split('\n')[1]!;
    const quote: Claim = {
      id: 'q-we-lost',
      articleId: 'a',
      kind: 'quote',
      text: line.slice(0, 16),
      line: 1,
      start: 0,
      end: 16,
      quote: 'We lost 12 men,',
      speaker: 'Olena Petrenko',
      partial: false,
    };
    const [figure] = figuresOf(text, 'a', [quote]).figures;
    expect(figure?.attribution).toBe('Olena Petrenko');
  });

  test('boilerplate and the second print of a headline yield no figures', () => {
    const text =
      'Ten Ships Sighted Near Port\nTen Ships Sighted Near Port\nSign up for our newsletter to get 5 stories a day.\nThe navy said 10 ships were seen.\n';
    const { figures } = figuresOf(text);
    expect(figures.map((figure) => [figure.line, figure.value])).toEqual([
      [0, 10],
      [3, 10],
    ]);
  });
});
