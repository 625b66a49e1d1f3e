/** Disjoint sets over indices 0..n-1: `join` links two items, `groups` lists the sets in first-member order. */
export class UnionFind {
  readonly #parent: number[];

  constructor(size: number) {
    this.#parent = Array.from({ length: size }, (_, index) => index);
  }

  /** The representative of an item's set. */
  find(item: number): number {
    let root = item;
    while (this.#parent[root] !== root) root = this.#parent[root]!;
    let node = item;
    while (this.#parent[node] !== root) [node, this.#parent[node]] = [this.#parent[node]!, root];
    return root;
  }

  /** Puts two items in one set. */
  join(a: number, b: number): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra !== rb) this.#parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }

  /** Every set, as sorted member lists, ordered by their first member. */
  groups(): number[][] {
    const byRoot = new Map<number, number[]>();
    for (let item = 0; item < this.#parent.length; item++) {
      const root = this.find(item);
      // Push, not copy: a set of n members would otherwise cost n^2 (thousands of mentions of one place).
      const members = byRoot.get(root);
      if (members) members.push(item);
      else byRoot.set(root, [item]);
    }
    return [...byRoot.values()];
  }
}
