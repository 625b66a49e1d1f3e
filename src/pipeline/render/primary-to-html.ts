/**
 * A primary source as HTML: every line anchored like an article's (`#L1`, `#L2`, ...), speaker
 * labels set in bold where they stand (mid-line ones too), the passages that claims cite marked
 * with the claim's id (so `#<claim-id>` lands on them), and under each line the claims that cite
 * it, linked. Text only ever becomes hast text nodes, escaped by hast-util-to-html.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { lineAnchor } from '../../lib/urls.ts';
import type { TurnMark } from '../parse/parse-primary.ts';
import { splitSentences } from '../parse/language/sentences.ts';

/** A claim that cites a stretch of a line, and how to show it. */
export interface Citation {
  claimId: string;
  start: number;
  end: number;
  /** Where the claim's page is. */
  href: string;
  /** Who cites it and how: "Yeni Şafak: “10,000 soldiers”". */
  label: string;
  /** The check's verdict in words: "verbatim", "variant", "differs". */
  verdict: string;
}

/** What one line of a primary shows. */
export interface PrimaryLine {
  line: number;
  text: string;
  marks: TurnMark[];
  citations: Citation[];
}

/** The line's text with labels in bold and cited stretches marked, from `from` to `to`. */
function lineContent(text: string, marks: readonly TurnMark[], citations: readonly Citation[]): ElementContent[] {
  // Points where something starts or ends, so that labels and marks never cross.
  const cuts = new Set([0, text.length]);
  for (const mark of marks) cuts.add(mark.labelStart).add(mark.start);
  for (const citation of citations) cuts.add(citation.start).add(citation.end);
  const points = [...cuts].filter((at) => at >= 0 && at <= text.length).sort((a, b) => a - b);
  const out: ElementContent[] = [];
  const anchored = new Set<string>();
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i]!, points[i + 1]!];
    if (to <= from) continue;
    const piece: ElementContent = { type: 'text', value: text.slice(from, to) };
    const label = marks.find((mark) => mark.labelStart <= from && to <= mark.start);
    if (label) {
      out.push(h('b', { className: ['speaker'] }, [piece]));
      continue;
    }
    const cited = citations.filter((citation) => citation.start <= from && to <= citation.end);
    if (cited.length === 0) {
      out.push(piece);
      continue;
    }
    // The first stretch of each claim's passage carries the claim's id, so that its link lands there.
    const ids = cited.filter((citation) => !anchored.has(citation.claimId)).map((citation) => citation.claimId);
    for (const id of ids) anchored.add(id);
    const [first, ...rest] = ids;
    out.push(
      ...rest.map((id) => h('span', { id, className: ['claim-anchor'] })),
      h('mark', { className: ['cited'], ...(first === undefined ? {} : { id: first }) }, [piece]),
    );
  }
  return out;
}

function lineElement({ line, text, marks, citations }: PrimaryLine): Element {
  const number = h(
    'a',
    { className: ['ln'], href: `#${lineAnchor(line)}`, ariaLabel: `Line ${line + 1}` },
    String(line + 1),
  );
  const children: ElementContent[] = [number, h('p', { className: ['text'] }, lineContent(text, marks, citations))];
  if (citations.length > 0) {
    const distinct = [...new Map(citations.map((citation) => [citation.claimId, citation])).values()];
    children.push(
      h(
        'ul',
        { className: ['cited-by'], ariaLabel: `Claims citing line ${line + 1}` },
        distinct.map((citation) =>
          h('li', [
            h('a', { href: citation.href }, citation.label),
            ' ',
            h('span', { className: ['check-verdict'] }, citation.verdict),
          ]),
        ),
      ),
    );
  }
  const role = marks.some((mark) => mark.labelStart === text.search(/\S/u)) ? 'turn' : 'paragraph';
  return h('div', { id: lineAnchor(line), className: ['line', `line-${role}`] }, children);
}

/** The HTML of a primary's lines (empty lines left out, as on article pages: their numbers still count). */
export function primaryToHtml(lines: readonly PrimaryLine[]): string {
  return toHtml({ type: 'root', children: lines.filter((line) => line.text.trim() !== '').map(lineElement) });
}

/** The sentence of a primary's line that holds a passage, as HTML with the passage marked (no id: it may appear on other pages). */
export function passageInContext(text: string, start: number, end: number): string {
  const sentences = splitSentences(text);
  const from = sentences.findLast((sentence) => sentence.start <= start)?.start ?? 0;
  const to = sentences.find((sentence) => sentence.end >= end)?.end ?? text.length;
  const html = toHtml({
    type: 'root',
    children: [
      { type: 'text', value: text.slice(from, start) },
      h('mark', { className: ['claim', 'claim-figure'] }, text.slice(start, end)),
      { type: 'text', value: text.slice(end, to) },
    ],
  });
  return `${from > 0 ? '… ' : ''}${html}${to < text.trimEnd().length ? ' …' : ''}`;
}
