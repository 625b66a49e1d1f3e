/** Sentences and tokens for a block of an article, made once by the parser for every collector. */
import { splitSentences } from './sentences.ts';
import { tokenize } from './tokenize.ts';
import type { Sentence } from './types.ts';

/**
 * The sentences of a source line with their tokens. Text before `speechStart` (an interview
 * turn's "Dr. Carter: " label) is a sentence of its own, so no speech sentence starts inside a label.
 */
export function sentencesOf(line: string, speechStart = 0): Sentence[] {
  const sentences: Sentence[] = [];
  const label = line.slice(0, speechStart).trimEnd().length;
  if (label > 0) sentences.push({ start: 0, end: label, tokens: tokenize(line, 0, label) });
  for (const span of splitSentences(line.slice(speechStart))) {
    const start = speechStart + span.start;
    const end = speechStart + span.end;
    sentences.push({ start, end, tokens: tokenize(line, start, end) });
  }
  return sentences;
}
