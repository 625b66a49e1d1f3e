/** The entries the content collections store, made from scanned files: one article, one primary source. */
import type { Article, Primary } from '../lib/schemas.ts';
import { processArticle } from '../pipeline/process-article.ts';
import type { ScannedText } from './scan-content.ts';

/** An article entry: the file parsed and its claims extracted, with what sources.yaml says of it. */
export function articleEntry(storyId: string, source: ScannedText): Article {
  const processed = processArticle(source.id, source.text);
  const { facts } = source;
  return {
    id: source.id,
    slug: source.slug,
    storyId,
    file: source.file,
    title: facts.title ?? processed.title,
    titleDerived: facts.title === undefined && processed.titleDerived,
    outlet: facts.outlet ?? null,
    url: facts.url ?? null,
    published: facts.published ?? null,
    language: facts.language ?? null,
    wire: facts.wire ?? null,
    lines: processed.lines,
    words: processed.words,
    bytes: source.bytes,
    tree: processed.tree,
    claims: processed.claims,
  };
}

/** A primary source entry: its lines as they are, titled by sources.yaml or its first line. */
export function primaryEntry(storyId: string, source: ScannedText): Primary {
  const { facts } = source;
  const lines = source.text.split('\n');
  return {
    id: source.id,
    storyId,
    file: source.file,
    title: facts.title ?? lines.find((line) => line.trim() !== '')?.trim() ?? source.id,
    kind: facts.kind ?? null,
    publisher: facts.publisher ?? null,
    url: facts.url ?? null,
    published: facts.published ?? null,
    partial: facts.partial ?? false,
    language: facts.language ?? null,
    lines,
    bytes: source.bytes,
  };
}
