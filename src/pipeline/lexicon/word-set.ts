/** Word lists become sets for look-ups where they are used; the lists themselves stay plain data. */

/** One set of the words of some lists (lower case, as the lists are written). */
export const wordSet = (...lists: readonly (readonly string[])[]): ReadonlySet<string> => new Set(lists.flat());
