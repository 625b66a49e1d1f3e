/** What a comparison's verdict says in words: only what is known, and what is counted. */
import { plural } from '../../lib/format.ts';
import type { Comparison, FigureClaim } from '../../lib/schemas.ts';
import { describedDifferently } from '../../pipeline/compare/figure-notes.ts';
import { claimsOf, type Story } from '../story.ts';

/** A verdict as a badge shows it: its tone (colour) and its words. */
export interface VerdictView {
  tone: 'differ' | 'agree' | 'partial' | 'caution' | 'single' | 'mention';
  label: string;
}

/**
 * The words for a comparison's verdict. A place is named, never agreed on; a figure whose
 * sources give the same number but describe what it counts in different words says so; a
 * quote agrees on its wording, a figure on its number; a quote that some sources give only in
 * part (the words of the fuller one, fewer of them) says so.
 */
export function verdictView(story: Story, comparison: Comparison): VerdictView {
  const sources = comparison.articleIds.length;
  if (comparison.kind === 'place') return { tone: 'mention', label: `Named by ${plural(sources, 'source')}` };
  if (comparison.verdict === 'single-source') return { tone: 'single', label: 'One source only' };
  if (comparison.kind === 'quote')
    return comparison.verdict === 'differ'
      ? { tone: 'differ', label: 'Worded differently' }
      : comparison.verdict === 'partial'
        ? { tone: 'partial', label: 'Quoted in part, same words' }
        : { tone: 'agree', label: 'Same wording' };
  if (comparison.verdict === 'differ') return { tone: 'differ', label: 'Figures differ' };
  const figures = claimsOf(story, comparison).filter((claim): claim is FigureClaim => claim.kind === 'figure');
  return describedDifferently(figures).length > 1
    ? { tone: 'caution', label: 'Same number, counted in different words' }
    : { tone: 'agree', label: 'Same figure' };
}
