/**
 * A* over a navigation graph given as links (8 neighbours per node, -1 for none), with
 * every array preallocated: no allocation per search beyond two small closures. The
 * heuristic comes from the grid (straight line, floors, landmarks).
 */
export class NavSearch {
  private readonly g: Float32Array;
  private readonly f: Float32Array;
  private readonly parent: Int32Array;
  private readonly seen: Int32Array;
  private readonly closed: Int32Array;
  private readonly heap: Int32Array;
  private search = 0;

  /**
   * @param links per node, the node reached in each of the 8 directions (-1: none)
   * @param stepM the cost of a step in each direction, metres
   * @param maxExpansions the search gives up after this many and goes to the closest node found
   * @param h a lower bound on the walk between two nodes, metres
   */
  constructor(
    nodes: number,
    private readonly links: Int32Array,
    private readonly stepM: Float32Array,
    private readonly maxExpansions: number,
    private readonly h: (a: number, b: number) => number,
  ) {
    this.g = new Float32Array(nodes);
    this.f = new Float32Array(nodes);
    this.parent = new Int32Array(nodes);
    this.seen = new Int32Array(nodes);
    this.closed = new Int32Array(nodes);
    this.heap = new Int32Array(nodes * 8);
  }

  /**
   * A* from node `from` to node `to`. Writes the nodes after `from` (goal last) into `out`
   * and returns how many; when the goal is out of reach within the expansion budget,
   * the path leads to the closest node found. At most `out.length` nodes are written.
   */
  find(from: number, to: number, out: Int32Array): number {
    if (from < 0 || to < 0) return 0;
    const s = ++this.search;
    let size = 0;
    const push = (i: number) => {
      let k = size++;
      while (k > 0) {
        const p = (k - 1) >> 1;
        if (this.f[this.heap[p]] <= this.f[i]) break;
        this.heap[k] = this.heap[p];
        k = p;
      }
      this.heap[k] = i;
    };
    const pop = (): number => {
      const top = this.heap[0];
      const last = this.heap[--size];
      let k = 0;
      for (;;) {
        let c = 2 * k + 1;
        if (c >= size) break;
        if (c + 1 < size && this.f[this.heap[c + 1]] < this.f[this.heap[c]]) c++;
        if (this.f[this.heap[c]] >= this.f[last]) break;
        this.heap[k] = this.heap[c];
        k = c;
      }
      this.heap[k] = last;
      return top;
    };
    this.seen[from] = s;
    this.g[from] = 0;
    this.f[from] = this.h(from, to);
    this.parent[from] = -1;
    push(from);
    let closest = from;
    let closestH = this.f[from];
    let expansions = 0;
    while (size > 0 && expansions < this.maxExpansions) {
      const cur = pop();
      if (this.closed[cur] === s) continue;
      this.closed[cur] = s;
      expansions++;
      const hc = this.h(cur, to);
      if (hc < closestH) {
        closestH = hc;
        closest = cur;
      }
      if (cur === to) break;
      for (let d = 0; d < 8; d++) {
        const nb = this.links[cur * 8 + d];
        if (nb < 0 || this.closed[nb] === s) continue;
        const cost = this.g[cur] + this.stepM[d];
        if (this.seen[nb] === s && cost >= this.g[nb]) continue;
        if (size >= this.heap.length) break;
        this.seen[nb] = s;
        this.g[nb] = cost;
        this.f[nb] = cost + this.h(nb, to);
        this.parent[nb] = cur;
        push(nb);
      }
    }
    let len = 0;
    for (let i = closest; i !== from && i >= 0; i = this.parent[i]) len++;
    const n = Math.min(len, out.length);
    // Keep the first n steps of the path when it is longer than `out`.
    let skip = len - n;
    let k = n;
    for (let i = closest; i !== from && i >= 0; i = this.parent[i]) {
      if (skip > 0) {
        skip--;
        continue;
      }
      out[--k] = i;
    }
    return n;
  }
}
