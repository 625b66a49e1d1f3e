/** The entries the content collections store, made from scanned files: a story's articles, one primary source. */
import type { Article, Primary } from '../lib/schemas.ts';
import type { ProcessedArticle } from '../pipeline/process-article.ts';
import { processStory } from '../pipeline/process-story.ts';
import type { ScannedPrimary, ScannedText } from './scan-content.ts';

/**
 * The article entries of one story: the files parsed and their claims extracted, read together
 * (which place a name stands for depends on the story's other places), in the order given.
 */
export function articleEntries(storyId: string, sources: readonly ScannedText[]): Article[] {
  const processed = processStory(sources);
  return sources.map((source, index) => articleEntry(storyId, source, processed[index]!));
}

/** An article entry: the file as processed, with what sources.yaml says of it. */
function articleEntry(storyId: string, source: ScannedText, processed: ProcessedArticle): Article {
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

/** A primary source entry: its lines as they are, titled by sources.yaml or its first line, with its speaker turns. */
export function primaryEntry(storyId: string, source: ScannedPrimary): Primary {
  const { facts } = source;
  const lines = source.text.split('\n');
  return {
    id: source.id,
    slug: source.slug,
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
    turns: source.turns.turns,
    statement: source.turns.statement,
  };
}
