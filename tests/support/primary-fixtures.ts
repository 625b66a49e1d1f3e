/** Small primaries and claims made up for the check's tests: any names, any numbers, no story of ours. */
import type { FigureClaim, Primary, QuoteClaim } from '../../src/lib/schemas.ts';
import type { CheckedArticle } from '../../src/pipeline/check/check-story.ts';
import { readTurns } from '../../src/pipeline/parse/parse-primary.ts';
import { quantityKind } from '../../src/pipeline/extract/figures/quantity.ts';

/** A primary from its text and what sources.yaml would say of it. */
export function primaryOf(id: string, text: string, facts: Partial<Primary> = {}): Primary {
  const lines = text.split('\n');
  const title = facts.title ?? lines[0]!;
  const turns = facts.turns ? { turns: facts.turns, statement: facts.statement ?? false } : readTurns(text, title);
  return {
    id,
    slug: id,
    storyId: 'made-up',
    file: `stories/made-up/primary/${id}.txt`,
    title,
    kind: 'transcript',
    publisher: null,
    url: null,
    published: null,
    partial: false,
    language: 'en',
    lines,
    bytes: text.length,
    turns: turns.turns,
    statement: turns.statement,
    ...facts,
  };
}

let counter = 0;

/** A quote claim of an article, as extraction would give it. */
export function quoteClaim(speaker: string | null, quote: string, articleId = 'a'): QuoteClaim {
  const text = `“${quote}”`;
  return {
    id: `q-${++counter}`,
    articleId,
    kind: 'quote',
    text,
    line: 0,
    start: 0,
    end: text.length,
    quote,
    speaker,
    partial: false,
  };
}

/** A figure claim of an article, as extraction would give it. */
export function figureClaim(
  text: string,
  value: number,
  unit: string | null,
  subject: string | null,
  facts: Partial<FigureClaim> = {},
): FigureClaim {
  return {
    id: `f-${++counter}`,
    articleId: 'a',
    kind: 'figure',
    text,
    line: 0,
    start: 0,
    end: text.length,
    value,
    unit,
    qualifier: 'exact',
    quantity: quantityKind(unit, [], 0, 0),
    subject,
    attribution: null,
    ...facts,
  };
}

/** An article holding some claims. */
export function articleOf(claims: CheckedArticle['claims'], facts: Partial<CheckedArticle> = {}): CheckedArticle {
  return { id: 'a', outlet: null, published: null, claims, ...facts };
}
