/**
 * What pages show of the primary sources: a primary's page (its lines, speakers and the claims
 * citing it), and for a claim its check with the passage and where it is.
 */
import { verdictLabel, verdictTag } from '../lib/check-verdicts.ts';
import { dateLabel, sourceLabel } from '../lib/format.ts';
import { toHtml } from 'hast-util-to-html';
import type { Claim, FigureCheck, Primary, PrimaryCheck, QuoteCheck, QuoteClaim } from '../lib/schemas.ts';
import { claimPath, lineAnchor, primaryPath } from '../lib/urls.ts';
import { clip } from '../pipeline/parse/title.ts';
import { turnMarks } from '../pipeline/parse/parse-primary.ts';
import { checkDiffHtml } from '../pipeline/render/check-diff.ts';
import type { ClaimTag } from '../pipeline/render/mark-claims.ts';
import { passageInContext, primaryToHtml, type Citation } from '../pipeline/render/primary-to-html.ts';
import { quoteDiff } from '../pipeline/render/quote-diff.ts';
import type { Story } from './load-site.ts';

const CITED_WORDS = 80;
const TAGGED_WORDS = 48;

/** One speaker label of a primary and who it is. */
export interface SpeakerEntry {
  label: string;
  /** The person, as the story names them; null for questions and labels we cannot tell. */
  name: string | null;
  question: boolean;
  turns: number;
}

/** A primary's page: its lines as HTML, its speakers, how many claims cite it. */
export interface PrimaryView {
  html: string;
  speakers: SpeakerEntry[];
  citedBy: number;
}

/** The page of one primary. */
export function primaryView(story: Story, primary: Primary): PrimaryView {
  const marks = turnMarks(primary.turns, primary.lines);
  const cited = story.primaryCitations.get(primary.id) ?? new Map<number, string[]>();
  const citationsOf = (line: number): Citation[] =>
    (cited.get(line) ?? []).flatMap((claimId) => {
      const check = story.primaryChecks.get(claimId);
      const claim = story.claimById.get(claimId);
      const article = claim ? story.articleById.get(claim.articleId) : undefined;
      if (check?.line == null || !claim || !article) return [];
      return [check, ...check.more]
        .filter((stretch) => stretch.line === line)
        .map((stretch) => ({
          claimId,
          start: stretch.start,
          end: stretch.end,
          href: claimPath(claimId),
          label: `${sourceLabel(article)}: ${claim.kind === 'quote' ? `“${clip(claim.quote, CITED_WORDS)}”` : clip(claim.text, CITED_WORDS)}`,
          verdict: verdictTag(check),
        }));
    });
  const html = primaryToHtml(
    primary.lines.map((text, line) => ({ line, text, marks: marks.get(line) ?? [], citations: citationsOf(line) })),
  );
  const speakers = story.primarySpeakers.get(primary.id) ?? [];
  const entries = new Map<string, SpeakerEntry>();
  primary.turns.forEach((turn, index) => {
    if (turn.label === null) return;
    const entry = entries.get(turn.label);
    if (entry) entry.turns++;
    else
      entries.set(turn.label, {
        label: turn.label,
        name: speakers[index]?.name ?? null,
        question: turn.question,
        turns: 1,
      });
  });
  const citedBy = new Set([...cited.values()].flat()).size;
  return { html, speakers: [...entries.values()], citedBy };
}

/** A claim's check as a page shows it: the verdict in words, the note, the primary and a link to the passage. */
export interface CheckView {
  check: PrimaryCheck;
  verdict: string;
  primary: Primary;
  /** The primary's page, at the passage (the claim's id marks it there), or at its top when nothing was found. */
  href: string;
  /** "line 5" or "lines 19–20" of the primary. */
  where: string | null;
}

/** The check of a claim, ready to show, or null when it has none. */
export function checkView(story: Story, claimId: string): CheckView | null {
  const check = story.primaryChecks.get(claimId);
  const primary = check ? story.primaryById.get(check.primaryId) : undefined;
  if (!check || !primary) return null;
  const path = primaryPath(story.id, primary.slug);
  if (check.line === null) return { check, verdict: verdictLabel(check), primary, href: path, where: null };
  const last = check.more.at(-1)?.line ?? check.line;
  return {
    check,
    verdict: verdictLabel(check),
    primary,
    href: `${path}#${claimId}`,
    where: last === check.line ? `line ${check.line + 1}` : `lines ${check.line + 1}–${last + 1}`,
  };
}

/** The whole passage a check found, its lines joined. */
export function passageText(check: QuoteCheck | FigureCheck): string {
  return check.text === null ? '' : [check.text, ...check.more.map((stretch) => stretch.text)].join(' ');
}

/** The link to a line of a primary. */
export function primaryLinePath(story: Story, primary: Primary, line: number): string {
  return `${primaryPath(story.id, primary.slug)}#${lineAnchor(line)}`;
}

/** One primary in a story's list: its page, and how many claims cite it. */
export interface PrimaryListEntry {
  primary: Primary;
  href: string;
  citedBy: number;
}

/** A story's primaries for its page, and how its checks came out ("3 verbatim, 2 variant wording"). */
export function primaryList(story: Story): {
  entries: PrimaryListEntry[];
  verdicts: { label: string; count: number }[];
} {
  const entries = story.primaries.map((primary) => ({
    primary,
    href: primaryPath(story.id, primary.slug),
    citedBy: new Set([...(story.primaryCitations.get(primary.id)?.values() ?? [])].flat()).size,
  }));
  const counts = new Map<string, number>();
  for (const check of story.primaryChecks.values())
    counts.set(verdictLabel(check), (counts.get(verdictLabel(check)) ?? 0) + 1);
  return { entries, verdicts: [...counts].map(([label, count]) => ({ label, count })) };
}

/** The primary's wording that a quote comparison takes as its reference, and each quote against it. */
export interface QuoteReference {
  /** The passage's words, its lines joined. */
  text: string;
  speaker: string;
  primary: Primary;
  /** The primary's page at the passage. */
  href: string;
  /** Per claim id: the verdict in words, and the diff against the passage as HTML (null when verbatim). */
  against: Map<string, { verdict: string; diff: string | null }>;
}

/**
 * The reference wording of a quote comparison: the passage of a primary its quotes were found
 * in (the one most of them were found in), or null when none was found in a primary.
 */
export function quoteReference(story: Story, claims: readonly QuoteClaim[]): QuoteReference | null {
  const found = claims.flatMap((claim) => {
    const check = story.primaryChecks.get(claim.id);
    return check && (check.verdict === 'verbatim' || check.verdict === 'variant') ? [{ claim, check }] : [];
  });
  if (found.length === 0) return null;
  const key = ({ check }: { check: PrimaryCheck }) => `${check.primaryId}:${check.line}:${check.start}`;
  const counts = new Map<string, number>();
  for (const entry of found) counts.set(key(entry), (counts.get(key(entry)) ?? 0) + 1);
  const best = [...found].sort(
    (a, b) =>
      counts.get(key(b))! - counts.get(key(a))! ||
      passageText(b.check).length - passageText(a.check).length ||
      a.claim.id.localeCompare(b.claim.id, 'en'),
  )[0]!;
  const primary = story.primaryById.get(best.check.primaryId)!;
  const text = passageText(best.check);
  const against = new Map<string, { verdict: string; diff: string | null }>();
  for (const claim of claims) {
    const check = story.primaryChecks.get(claim.id);
    const here = check !== undefined && key({ check }) === key(best);
    if (here && check.verdict === 'verbatim') against.set(claim.id, { verdict: verdictLabel(check), diff: null });
    else if (here && check.verdict === 'variant')
      against.set(claim.id, { verdict: verdictLabel(check), diff: checkDiffHtml(check.diff) });
    else
      against.set(claim.id, {
        verdict: check ? verdictLabel(check) : 'Not checked',
        diff: toHtml({ type: 'root', children: quoteDiff(text, claim.quote) }),
      });
  }
  return {
    text,
    speaker: best.check.speaker,
    primary,
    href: `${primaryPath(story.id, primary.slug)}#${best.claim.id}`,
    against,
  };
}

/** A short name for a primary in tables: "U.S. Department of Defense, transcript, 30 October 2024". */
export function primaryLabel(primary: Primary): string {
  return [primary.publisher ?? clip(primary.title, 48), primary.kind ?? 'primary source', dateLabel(primary.published)]
    .filter(Boolean)
    .join(', ');
}

/** A primary's figure as the first row of a figure ledger. */
export interface PrimaryLedgerRow {
  primary: Primary;
  /** Its short name (`primaryLabel`). */
  label: string;
  /** The primary's page at its line. */
  href: string;
  /** The figure in its sentence, marked, as HTML. */
  context: string;
  value: number;
  qualifier: FigureCheck['qualifier'];
  speaker: string | null;
}

/** The primaries' figures that a ledger's figures were checked against, one row each, in order of first use. */
export function primaryLedgerRows(story: Story, claimIds: readonly string[]): PrimaryLedgerRow[] {
  const rows = new Map<string, PrimaryLedgerRow>();
  for (const id of claimIds) {
    const check = story.primaryChecks.get(id);
    if (!check || !('value' in check)) continue;
    const key = `${check.primaryId}:${check.line}:${check.start}`;
    const primary = story.primaryById.get(check.primaryId);
    if (rows.has(key) || !primary) continue;
    rows.set(key, {
      primary,
      label: primaryLabel(primary),
      href: primaryLinePath(story, primary, check.line),
      context: passageInContext(primary.lines[check.line]!, check.start, check.end),
      value: check.value,
      qualifier: check.qualifier,
      speaker: check.speaker,
    });
  }
  return [...rows.values()];
}

/** The tags a reader page shows with its checked quotes: the verdict in words, linked to the claim's check. */
export function quoteCheckTags(story: Story, claims: readonly Claim[]): Map<string, ClaimTag> {
  const tags = new Map<string, ClaimTag>();
  for (const claim of claims) {
    const check = claim.kind === 'quote' ? story.primaryChecks.get(claim.id) : undefined;
    if (claim.kind !== 'quote' || !check) continue;
    const noun = primaryNounOf(story, check.primaryId);
    tags.set(claim.id, {
      text: `${noun}: ${verdictTag(check)}`,
      label: `${verdictLabel(check)}: “${clip(claim.quote, TAGGED_WORDS)}”`,
      href: `${claimPath(claim.id)}#primary-check`,
    });
  }
  return tags;
}

/** What a primary is called in a tag: its kind ("transcript"), else "primary source". */
function primaryNounOf(story: Story, primaryId: string): string {
  return story.primaryById.get(primaryId)?.kind ?? 'primary source';
}
