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
}
