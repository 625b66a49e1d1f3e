/** Folded forms of words for look-ups that ignore case and accents ("Côte" -> "cote"). */

/** Lower-cases a word and strips its accents. */
export function foldAccents(text: string): string {
  // Most words are plain ASCII: skip the normalization, which costs more than the look-up it serves.
  if (/^\p{ASCII}*$/u.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}
