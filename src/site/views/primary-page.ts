/** A primary source's page: what it is, who speaks in it, and its lines with the claims that cite them. */
import { verdictTag } from '../../lib/check-verdicts.ts';
import { plural } from '../../lib/format.ts';
import type { Primary } from '../../lib/schemas.ts';
import { claimPath, storyPath } from '../../lib/urls.ts';
import { turnMarks } from '../../pipeline/parse/parse-primary.ts';
import { clip } from '../../pipeline/parse/title.ts';
import { primaryToHtml, type Citation } from '../../pipeline/render/primary-to-html.ts';
import type { Story } from '../story.ts';
import { primaryKindLabel } from './primary-checks.ts';
import { primarySourceRef, sourceLine, sourceRef, type SourceRef } from './source-ref.ts';

const CITED_WORDS = 80;

/** One speaker label of a primary and who it is. */
export interface SpeakerEntry {
  label: string;
  /** Who it is: the person as the story names them, "a reporter’s question", or "not told who". */
  who: string;
  known: boolean;
  /** "3 turns" */
  turns: string;
}

/** What a primary's page shows. */
export interface PrimaryPage {
  story: { title: string; href: string };
  /** "Transcript", or "Primary source" when its kind is not stated. */
  kindLabel: string;
  title: string;
  description: string;
  /** Its publisher and date, named as sources are. */
  source: SourceRef;
  /** Where it was published, when known. */
  url: string | null;
  /** "212 lines, cited by 4 claims" */
  meta: string;
  partial: boolean;
  statement: boolean;
  speakers: SpeakerEntry[];
  /** Its lines as HTML, every line anchored, cited passages marked with their claims' ids. */
  html: string;
  language: string | null;
  file: string;
}

/** The lines of a primary that claims cite, with who cites them and how the check came out. */
function citations(story: Story, primary: Primary): Map<number, Citation[]> {
  const byLine = new Map<number, Citation[]>();
  for (const [line, claimIds] of story.primaryCitations.get(primary.id) ?? new Map<number, string[]>())
    byLine.set(
      line,
      claimIds.flatMap((claimId) => {
        const check = story.primaryChecks.get(claimId);
        const claim = story.claimById.get(claimId);
        const article = claim ? story.articleById.get(claim.articleId) : undefined;
        if (check?.line == null || !claim || !article) return [];
        const words = claim.kind === 'quote' ? `“${clip(claim.quote, CITED_WORDS)}”` : clip(claim.text, CITED_WORDS);
        return [check, ...check.more]
          .filter((stretch) => stretch.line === line)
          .map((stretch) => ({
            claimId,
            start: stretch.start,
            end: stretch.end,
            href: claimPath(claimId),
            label: `${sourceLine(sourceRef(article))}: ${words}`,
            verdict: verdictTag(check),
          }));
      }),
    );
  return byLine;
}

/** The page of one primary. */
export function primaryPage(story: Story, primary: Primary): PrimaryPage {
  const marks = turnMarks(primary.turns, primary.lines);
  const cited = citations(story, primary);
  const html = primaryToHtml(
    primary.lines.map((text, line) => ({ line, text, marks: marks.get(line) ?? [], citations: cited.get(line) ?? [] })),
  );
  const resolved = story.primarySpeakers.get(primary.id) ?? [];
  const entries = new Map<string, { label: string; name: string | null; question: boolean; turns: number }>();
  primary.turns.forEach((turn, index) => {
    if (turn.label === null) return;
    const entry = entries.get(turn.label);
    if (entry) entry.turns++;
    else
      entries.set(turn.label, {
        label: turn.label,
        name: resolved[index]?.name ?? null,
        question: turn.question,
        turns: 1,
      });
  });
  const citedBy = new Set([...cited.values()].flatMap((list) => list.map((citation) => citation.claimId))).size;
  const kindLabel = primaryKindLabel(primary);
  return {
    story: { title: story.title, href: storyPath(story.id) },
    kindLabel,
    title: primary.title,
    description: `${kindLabel} of “${story.title}”: ${primary.title}`,
    source: primarySourceRef(primary),
    url: primary.url,
    meta: `${plural(primary.lines.length, 'line')}, ${citedBy === 0 ? 'cited by no claim' : `cited by ${plural(citedBy, 'claim')}`}`,
    partial: primary.partial,
    statement: primary.statement,
    speakers: [...entries.values()].map((entry) => ({
      label: entry.label,
      who: entry.question ? 'a reporter’s question' : (entry.name ?? 'not told who'),
      known: entry.question || entry.name !== null,
      turns: plural(entry.turns, 'turn'),
    })),
    html,
    language: primary.language,
    file: primary.file,
  };
}
