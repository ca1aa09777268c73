/**
 * A fixed-capacity ring of events as data. The core pushes; presentation drains each
 * frame. When full, the oldest unread event is overwritten and `dropped` counts it, so a
 * stalled reader can never make the core allocate or block.
 */
export class EventRing<T> {
  private readonly items: (T | undefined)[];
  private head = 0;
  private count = 0;
  /** Events overwritten before anyone drained them. */
  dropped = 0;

  constructor(readonly capacity = 1024) {
    this.items = new Array(capacity);
  }

  get size(): number {
    return this.count;
  }

  /** Events pushed since the ring was made (a cursor for `forEachSince`). */
  get pushed(): number {
    return this.total;
  }

  /** Visits, without draining, the unread events pushed after the cursor `since`. */
  forEachSince(since: number, visit: (event: T) => void): void {
    const fresh = Math.min(this.total - since, this.count);
    for (let k = this.count - fresh; k < this.count; k++) visit(this.items[(this.head + k) % this.capacity] as T);
  }

  private total = 0;

  push(event: T): void {
    this.total++;
    const tail = (this.head + this.count) % this.capacity;
    this.items[tail] = event;
    if (this.count < this.capacity) this.count++;
    else {
      this.head = (this.head + 1) % this.capacity;
      this.dropped++;
    }
  }

  /** Calls `visit` for every unread event, oldest first, and empties the ring. */
  drain(visit: (event: T) => void): void {
    while (this.count > 0) {
      const e = this.items[this.head] as T;
      this.items[this.head] = undefined;
      this.head = (this.head + 1) % this.capacity;
      this.count--;
      visit(e);
    }
  }

  clear(): void {
    this.drain(() => {});
  }
}
