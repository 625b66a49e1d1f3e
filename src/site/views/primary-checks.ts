/**
 * The checks against a story's primary sources where readers meet them: on a claim's page (the
 * verdict in words, the passage, the diff), beside a checked quote in its article, as the
 * reference wording of a quote comparison, as the first rows of a figure ledger, and in the
 * story's list of its primaries.
 */
import { toHtml } from 'hast-util-to-html';
import { verdictLabel, verdictTag, verdictTone, type CheckTone } from '../../lib/check-verdicts.ts';
import { dateLabel, figureValue, plural, QUALIFIER_LABELS } from '../../lib/format.ts';
import type { Claim, FigureCheck, Primary, PrimaryCheck, QuoteCheck, QuoteClaim } from '../../lib/schemas.ts';
import { claimPath, lineAnchor, primaryPath } from '../../lib/urls.ts';
import { clip } from '../../pipeline/parse/title.ts';
import { checkDiffHtml } from '../../pipeline/render/check-diff.ts';
import type { ClaimTag } from '../../pipeline/render/mark-claims.ts';
import { passageInContext } from '../../pipeline/render/primary-to-html.ts';
import { quoteDiff } from '../../pipeline/render/quote-diff.ts';
import type { Story } from '../story.ts';
import { primarySourceRef, type SourceRef } from './source-ref.ts';

const TAGGED_WORDS = 48;

/** What a primary is, in a word: "Transcript", "Statement", "Release", or "Primary source". */
export const PRIMARY_KIND_LABELS: Record<NonNullable<Primary['kind']>, string> = {
  transcript: 'Transcript',
  statement: 'Statement',
  release: 'Release',
};

/** A primary's kind in a word, capitalised. */
export function primaryKindLabel(primary: Primary): string {
  return primary.kind ? PRIMARY_KIND_LABELS[primary.kind] : 'Primary source';
}

/** The whole passage a check found, its lines joined. */
export function passageText(check: QuoteCheck | FigureCheck): string {
  return check.text === null ? '' : [check.text, ...check.more.map((stretch) => stretch.text)].join(' ');
}

/** A claim's check as its page shows it. */
export interface CheckView {
  /** The verdict in words ("Variant wording"), and its tone for the badge's colour. */
  verdict: string;
  tone: CheckTone;
  note: string;
  /** The primary's title, and its page at the passage (the claim's id marks it there), or at its top when nothing was found. */
  primary: { title: string; href: string };
  /** The passage found, who speaks it and where ("line 5", "lines 19–20"); null when nothing was found. */
  passage: { text: string; speaker: string | null; where: string } | null;
  /** A variant quote's word diff against the passage, as HTML. */
  diff: string | null;
  /** When nothing was found and more than one primary was searched: "and 2 more". */
  alsoSearched: string | null;
}

/** The check of a claim, ready to show, or null when it has none. */
export function checkView(story: Story, claimId: string): CheckView | null {
  const check = story.primaryChecks.get(claimId);
  const primary = check ? story.primaryById.get(check.primaryId) : undefined;
  if (!check || !primary) return null;
  const path = primaryPath(story.id, primary.slug);
  const base = { verdict: verdictLabel(check), tone: verdictTone(check), note: check.note };
  if (check.verdict === 'not-found')
    return {
      ...base,
      primary: { title: primary.title, href: path },
      passage: null,
      diff: null,
      alsoSearched: check.searched.length > 1 ? `and ${check.searched.length - 1} more` : null,
    };
  const last = check.more.at(-1)?.line ?? check.line;
  return {
    ...base,
    primary: { title: primary.title, href: `${path}#${claimId}` },
    passage: {
      text: passageText(check),
      speaker: check.speaker,
      where: last === check.line ? `line ${check.line + 1}` : `lines ${check.line + 1}–${last + 1}`,
    },
    diff: check.verdict === 'variant' ? checkDiffHtml(check.diff) : null,
    alsoSearched: null,
  };
}

/** The tags a reader page shows with its checked quotes: the verdict in words, linked to the claim's check. */
export function quoteCheckTags(story: Story, claims: readonly Claim[]): Map<string, ClaimTag> {
  const tags = new Map<string, ClaimTag>();
  for (const claim of claims) {
    const check = claim.kind === 'quote' ? story.primaryChecks.get(claim.id) : undefined;
    if (claim.kind !== 'quote' || !check) continue;
    const noun = story.primaryById.get(check.primaryId)?.kind ?? 'primary source';
    tags.set(claim.id, {
      text: `${noun}: ${verdictTag(check)}`,
      label: `${verdictLabel(check)}: “${clip(claim.quote, TAGGED_WORDS)}”`,
      href: `${claimPath(claim.id)}#primary-check`,
    });
  }
  return tags;
}

/** A story's primaries as its page lists them, and how its checks came out. */
export interface StoryPrimaries {
  entries: { title: string; href: string; facts: string }[];
  /** Per verdict, in words, how many claims have it: "Verbatim: 3". */
  verdicts: { label: string; count: number }[];
}

/** A story's primaries for its page, each with what it is and how many claims cite it. */
export function storyPrimaries(story: Story): StoryPrimaries {
  const entries = story.primaries.map((primary) => {
    const citedBy = new Set([...(story.primaryCitations.get(primary.id)?.values() ?? [])].flat()).size;
    return {
      title: primary.title,
      href: primaryPath(story.id, primary.slug),
      facts: [
        primaryKindLabel(primary),
        primary.publisher,
        dateLabel(primary.published),
        primary.partial ? 'only part of it at hand' : null,
        citedBy > 0 ? `cited by ${plural(citedBy, 'claim')}` : null,
      ]
        .filter(Boolean)
        .join(' · '),
    };
  });
  const counts = new Map<string, number>();
  for (const check of story.primaryChecks.values())
    counts.set(verdictLabel(check), (counts.get(verdictLabel(check)) ?? 0) + 1);
  return { entries, verdicts: [...counts].map(([label, count]) => ({ label, count })) };
}

/** A quote's standing against the reference passage: the verdict in words, and its diff as HTML (null when verbatim). */
export interface QuoteAgainst {
  verdict: string;
  tone: CheckTone | null;
  diff: string | null;
}

/** The primary's wording that a quote comparison takes as its reference, and each quote against it. */
export interface QuoteReference {
  /** The passage's words, its lines joined. */
  text: string;
  speaker: string;
  primary: { title: string; href: string };
  /** Per claim id: how the quote stands against the passage. */
  against: Map<string, QuoteAgainst>;
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
  const against = new Map<string, QuoteAgainst>();
  for (const claim of claims) {
    const check = story.primaryChecks.get(claim.id);
    const verdict = check ? verdictLabel(check) : 'Not checked';
    const tone = check ? verdictTone(check) : null;
    const here = check !== undefined && key({ check }) === key(best);
    if (here && check.verdict === 'verbatim') against.set(claim.id, { verdict, tone, diff: null });
    else if (here && check.verdict === 'variant')
      against.set(claim.id, { verdict, tone, diff: checkDiffHtml(check.diff) });
    else
      against.set(claim.id, { verdict, tone, diff: toHtml({ type: 'root', children: quoteDiff(text, claim.quote) }) });
  }
  return {
    text,
    speaker: best.check.speaker,
    primary: { title: primary.title, href: `${primaryPath(story.id, primary.slug)}#${best.claim.id}` },
    against,
  };
}

/** A primary's figure as a first row of a figure ledger, in the shape of the articles' rows. */
export interface PrimaryLedgerRow {
  /** The primary named by its publisher and date, linked to its page at the line. */
  source: SourceRef;
  /** "Transcript", "Statement"... */
  kindLabel: string;
  /** The figure in its sentence, marked, as HTML. */
  context: string;
  /** "≈ 10,000" */
  value: string;
  qualifier: string;
  /** Who gives it in the primary, where it says. */
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
      source: primarySourceRef(primary, `${primaryPath(story.id, primary.slug)}#${lineAnchor(check.line)}`),
      kindLabel: primaryKindLabel(primary),
      context: passageInContext(primary.lines[check.line]!, check.start, check.end),
      value: figureValue(check),
      qualifier: QUALIFIER_LABELS[check.qualifier],
      speaker: check.speaker,
    });
  }
  return [...rows.values()];
}
