/**
 * Items grouped by a key, in the order keys are first seen, each group in input order. Lists
 * are appended to, never copied: copying a group for every item costs n² for a key that
 * thousands of items share (a place named in every article).
 */
export function groupBy<T, K>(items: Iterable<T>, key: (item: T, index: number) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  let index = 0;
  for (const item of items) {
    const at = key(item, index++);
    const group = groups.get(at);
    if (group) group.push(item);
    else groups.set(at, [item]);
  }
  return groups;
}
