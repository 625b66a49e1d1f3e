/**
 * A quote's diff against its primary passage as HTML: words the outlet left out struck
 * (`<del>`), words it added or changed underlined (`<ins>`), sentences it joined without an
 * ellipsis and its bracketed insertions said in words, so that nothing rests on colour alone.
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { QuoteDiffPart } from '../../lib/schemas.ts';

const space: ElementContent = { type: 'text', value: ' ' };

function partContent(part: QuoteDiffPart): ElementContent[] {
  const said = part.quote ?? '';
  const primary = part.primary ?? '';
  switch (part.op) {
    case 'same':
      return [{ type: 'text', value: said }];
    case 'dropped':
      return [h('del', { title: 'In the primary, left out by the article' }, primary)];
    case 'elided':
      return [
        h('span', { className: ['elided'], title: `Left out where the article prints an ellipsis: ${primary}` }, '…'),
      ];
    case 'joined':
      return [
        h('del', { className: ['joined'], title: 'Sentences left out between two quoted ones' }, primary),
        space,
        h('span', { className: ['diff-note'] }, '[joined without an ellipsis]'),
      ];
    case 'added':
      return [h('ins', { title: 'Only in the article' }, said)];
    case 'changed':
      return [
        h('del', { title: 'The primary’s words' }, primary),
        space,
        h('ins', { title: 'The article’s words' }, said),
      ];
    case 'inserted':
      return [h('ins', { className: ['editorial'], title: 'Inserted by the outlet in brackets' }, said)];
  }
}

/** The diff of a quote against its primary passage, as HTML for a `<p>`. */
export function checkDiffHtml(parts: readonly QuoteDiffPart[]): string {
  const children: ElementContent[] = [];
  parts.forEach((part, index) => {
    if (index > 0) children.push(space);
    children.push(...partContent(part));
  });
  return toHtml({ type: 'root', children });
}
