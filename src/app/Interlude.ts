import type { Screens } from "../ui/Screens";

/**
 * A screen between two moments of play (the credits rolling, the card between two pieces
 * of the day) that goes on by itself after a while, or at once on a click, a key or its
 * own button. What comes next runs once, however it is reached.
 */
export class Interlude {
  private timer = 0;
  private next: (() => void) | null = null;

  /** Shows `node` as screen `name` for `seconds`, then runs `then`; `skippable` lets a click or a key end it early. */
  show(screens: Screens, name: string, node: HTMLElement, seconds: number, then: () => void, skippable = true): void {
    this.end();
    this.next = then;
    screens.custom(name, node);
    this.timer = window.setTimeout(this.go, seconds * 1000);
    if (skippable) {
      window.addEventListener("pointerdown", this.go);
      window.addEventListener("keydown", this.go);
    }
  }

  /** Goes on now (the button of a screen that has one calls this). */
  readonly go = (): void => {
    const next = this.next;
    this.end();
    next?.();
  };

  /** Forgets the interlude without going on (the player left for the title screen). */
  end(): void {
    window.clearTimeout(this.timer);
    window.removeEventListener("pointerdown", this.go);
    window.removeEventListener("keydown", this.go);
    this.next = null;
  }
}
