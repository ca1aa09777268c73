/**
 * Our own entity ids, counted per simulation (cannon-es counts its ids globally, so two
 * worlds in one process would not agree on them).
 */
export class Ids {
  private next = 1;
  take(): number {
    return this.next++;
  }
  get issued(): number {
    return this.next - 1;
  }
}
