import type { ElementContent } from 'hast';
import { diffWords } from 'diff';
import { h } from 'hastscript';

/** Bracketed editorial insertions in a quote: "[Russian President Vladimir]". */
export function bracketed(quote: string): string[] {
  return [...quote.matchAll(/\[([^\]]+)\]/g)].map((match) => match[1]!.trim());
}

/**
 * A word-level diff of one wording against a reference wording, as hast: words only in this
 * wording are `<ins>`, words of the reference it leaves out are `<del>`, and bracketed
 * editorial insertions are marked so readers see what the outlet added.
 */
export function quoteDiff(reference: string, wording: string): ElementContent[] {
  const fold = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
  return diffWords(fold(reference), fold(wording)).flatMap((part): ElementContent[] => {
    if (part.removed) return [h('del', { title: 'Not in this version' }, part.value)];
    const pieces = part.value.split(/(\[[^\]]*\])/).filter(Boolean);
    const content = pieces.map((piece) =>
      piece.startsWith('[')
        ? h('span', { className: ['editorial'] }, piece)
        : ({ type: 'text', value: piece } as const),
    );
    return part.added ? [h('ins', { title: 'Only in this version' }, content)] : content;
  });
}

/**
 * Notes on bracketed insertions that differ between sources: the same quote given with
 * different editorial brackets. Bracketed words that occur in no other article of the story
 * (`knownElsewhere` says which do) suggest a translation or editing leftover.
 */
export function bracketNotes(
  wordings: readonly { label: string; quote: string; articleId: string }[],
  knownElsewhere: (word: string, articleId: string) => boolean,
): string[] {
  const withBrackets = wordings
    .map((wording) => ({ ...wording, brackets: bracketed(wording.quote) }))
    .filter((wording) => wording.brackets.length > 0);
  const distinct = new Set(withBrackets.map((wording) => wording.brackets.join(' | ').toLowerCase()));
  if (distinct.size < 2) return [];
  const notes = [
    `The sources put different words in brackets: ${withBrackets.map((wording) => `${wording.label} has “[${wording.brackets.join('] … [')}]”`).join('; ')}.`,
  ];
  for (const wording of withBrackets) {
    const strange = wording.brackets
      .join(' ')
      .split(/[^\p{L}]+/u)
      .filter((word) => word.length > 2 && !knownElsewhere(word.toLowerCase(), wording.articleId));
    if (strange.length > 0)
      notes.push(
        `${wording.label}: the bracketed words “${strange.join(' ')}” appear in no other article and may be a translation or editing artefact.`,
      );
  }
  return notes;
}
