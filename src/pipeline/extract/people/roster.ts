import type { Introduction } from './find-introductions.ts';
import type { Person } from './types.ts';

/** Whether every word of `short` appears in `long`, in the same order ("Lloyd Austin" in "Lloyd J. Austin III"). */
export function isSubsequence(short: readonly string[], long: readonly string[]): boolean {
  let at = 0;
  for (const word of long) if (at < short.length && short[at] === word) at++;
  return at === short.length && short.length > 0;
}

interface Draft {
  tokens: string[];
  honorific: string | null;
  role: string | null;
}

const displayName = (draft: Draft) => [draft.honorific, ...draft.tokens].filter(Boolean).join(' ');

/**
 * Merges introductions into one person per name: "Secretary Austin", "Lloyd Austin" and
 * "Lloyd J. Austin III" become one person named with the fullest form. A short form that
 * fits several people ("Minister Kim" when two Kims were introduced) is left to the mention
 * finder, which decides by context. People are listed in order of first introduction.
 */
export function buildRoster(introductions: readonly Introduction[]): Person[] {
  const drafts: Draft[] = [];
  for (const intro of introductions) {
    const exact = drafts.find((draft) => draft.tokens.join(' ') === intro.tokens.join(' '));
    const related = exact
      ? [exact]
      : drafts.filter(
          (draft) => isSubsequence(intro.tokens, draft.tokens) || isSubsequence(draft.tokens, intro.tokens),
        );
    if (related.length > 1) continue;
    const draft = related[0];
    if (draft === undefined) {
      drafts.push({ tokens: [...intro.tokens], honorific: intro.honorific, role: intro.role });
      continue;
    }
    if (intro.tokens.length > draft.tokens.length) draft.tokens = [...intro.tokens];
    draft.honorific ??= intro.honorific;
    // The fuller description wins: "US Secretary of Defense" over "Secretary".
    if (intro.role !== null && (draft.role === null || intro.role.length > draft.role.length)) draft.role = intro.role;
  }
  return drafts.map((draft) => ({ name: displayName(draft), role: draft.role, tokens: draft.tokens, mentions: [] }));
}
