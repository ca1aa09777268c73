/**
 * Landmark distances for A* on a stacked navigation grid ("ALT": A*, landmarks and the
 * triangle inequality). A few nodes far apart each get their walking distance to every
 * node; `bound(a, b)` = max over landmarks of |d(L, a) − d(L, b)| never exceeds the walk
 * from a to b, and across the floors of a tower it knows the detour by the stairs that
 * a straight-line guess cannot, so a search from the lobby to the top floor expands a
 * corridor instead of every floor.
 */
export class NavLandmarks {
  readonly dist: Float32Array[] = [];

  /**
   * @param links per node, the node reached in each of the 8 directions (-1: none)
   * @param stepM cost of a step in each of the 8 directions, metres
   * @param start a node to grow from (the level's spawn): landmarks go where it reaches
   */
  constructor(
    private readonly links: Int32Array,
    private readonly stepM: Float32Array,
    nodes: number,
    start: number,
    count: number,
  ) {
    if (start < 0) return;
    const heap = new Int32Array(nodes * 8);
    const d0 = this.dijkstra(start, nodes, heap);
    const minD = new Float32Array(nodes).fill(Number.POSITIVE_INFINITY);
    let from = d0;
    for (let k = 0; k < count; k++) {
      // The next landmark: the reachable node farthest from every landmark so far.
      let best = -1;
      let bestD = -1;
      for (let i = 0; i < nodes; i++) {
        if (from[i] === Number.POSITIVE_INFINITY) continue;
        minD[i] = Math.min(minD[i], from[i]);
        if (k > 0 && minD[i] <= bestD) continue;
        const v = k === 0 ? from[i] : minD[i];
        if (v > bestD) {
          bestD = v;
          best = i;
        }
      }
      if (best < 0) break;
      const d = this.dijkstra(best, nodes, heap);
      this.dist.push(d);
      from = d;
    }
  }

  /** A lower bound on the walk from a to b, metres (0 where a landmark reaches neither). */
  bound(a: number, b: number): number {
    let best = 0;
    for (const d of this.dist) {
      const da = d[a];
      const db = d[b];
      if (da === Number.POSITIVE_INFINITY || db === Number.POSITIVE_INFINITY) continue;
      const v = da > db ? da - db : db - da;
      if (v > best) best = v;
    }
    return best;
  }

  private dijkstra(source: number, nodes: number, heap: Int32Array): Float32Array {
    const dist = new Float32Array(nodes).fill(Number.POSITIVE_INFINITY);
    dist[source] = 0;
    let size = 0;
    const push = (i: number) => {
      let k = size++;
      while (k > 0) {
        const p = (k - 1) >> 1;
        if (dist[heap[p]] <= dist[i]) break;
        heap[k] = heap[p];
        k = p;
      }
      heap[k] = i;
    };
    const done = new Uint8Array(nodes);
    push(source);
    while (size > 0) {
      const cur = heap[0];
      const last = heap[--size];
      let k = 0;
      for (;;) {
        let c = 2 * k + 1;
        if (c >= size) break;
        if (c + 1 < size && dist[heap[c + 1]] < dist[heap[c]]) c++;
        if (dist[heap[c]] >= dist[last]) break;
        heap[k] = heap[c];
        k = c;
      }
      heap[k] = last;
      if (done[cur]) continue;
      done[cur] = 1;
      for (let d = 0; d < 8; d++) {
        const nb = this.links[cur * 8 + d];
        if (nb < 0 || done[nb]) continue;
        const nd = dist[cur] + this.stepM[d];
        if (nd < dist[nb] && size < heap.length) {
          dist[nb] = nd;
          push(nb);
        }
      }
    }
    return dist;
  }
}
