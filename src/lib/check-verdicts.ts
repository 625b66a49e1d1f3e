/** How a check against a primary source is said on pages, in words (never in colour alone). */
import type { PrimaryCheck } from './schemas.ts';

/** The verdict of a check in a few words: "Verbatim", "Not in the part of the transcript we have". */
export function verdictLabel(check: PrimaryCheck): string {
  switch (check.verdict) {
    case 'verbatim':
      return 'Verbatim';
    case 'variant':
      return 'Variant wording';
    case 'not-found':
      return check.partial ? 'Not in the part of the transcript we have' : 'Not in the transcript';
    case 'same':
      return 'Same as the primary source';
    case 'differs':
      return 'Differs from the primary source';
  }
}

/** The shortest form, for a tag beside a quote in an article: "verbatim", "variant", "not found". */
export function verdictTag(check: PrimaryCheck): string {
  switch (check.verdict) {
    case 'verbatim':
      return 'verbatim';
    case 'variant':
      return 'variant';
    case 'not-found':
      return check.partial ? 'not in the part we have' : 'not in the transcript';
    case 'same':
      return 'same as the primary';
    case 'differs':
      return 'differs from the primary';
  }
}

/** The tone of a verdict, for its colour beside its words: the same words or figure, different ones, or none found. */
export type CheckTone = 'same' | 'differs' | 'missing';

/** A check's tone. */
export function verdictTone(check: PrimaryCheck): CheckTone {
  switch (check.verdict) {
    case 'verbatim':
    case 'same':
      return 'same';
    case 'variant':
    case 'differs':
      return 'differs';
    case 'not-found':
      return 'missing';
  }
}
