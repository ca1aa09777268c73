/**
 * Two accessibility overlays over the game view: an optional health bar (off by default:
 * the film showed none) and the comfort vignette, a dark ring that narrows the view while
 * the player turns fast or sprints. Both are plain DOM; nothing here reads the game.
 */
export class ComfortOverlay {
  private readonly root: HTMLElement;
  private readonly ring: HTMLElement;
  private readonly bar: HTMLElement;
  private readonly fill: HTMLElement;
  private lastRing = -1;
  /** -1 is "hidden"; the first update always writes. */
  private lastHealth = -2;

  constructor(parent: HTMLElement) {
    this.root = document.createElement("div");
    this.root.className = "comfort-overlay";
    this.ring = document.createElement("div");
    this.ring.className = "comfort-vignette";
    this.ring.dataset.hud = "comfort-vignette";
    this.bar = document.createElement("div");
    this.bar.className = "health-bar";
    this.bar.dataset.hud = "health";
    this.bar.setAttribute("role", "meter");
    this.bar.setAttribute("aria-label", "Health");
    this.bar.setAttribute("aria-valuemin", "0");
    this.bar.setAttribute("aria-valuemax", "100");
    this.fill = document.createElement("div");
    this.bar.append(this.fill);
    this.root.append(this.ring, this.bar);
    parent.append(this.root);
  }

  /**
   * @param vignette01 how far the ring closes in, 0 (none) .. 1 (the view a small circle).
   * @param health01 health 0..1, or null to hide the bar.
   */
  update(vignette01: number, health01: number | null): void {
    const v = Math.round(Math.max(0, Math.min(1, vignette01)) * 100) / 100;
    if (v !== this.lastRing) {
      this.lastRing = v;
      // The clear circle shrinks from the corners to 40% of the height; the edge stays soft.
      const inner = 75 - 45 * v;
      this.ring.style.opacity = String(v > 0 ? 1 : 0);
      this.ring.style.background = `radial-gradient(circle at 50% 50%, transparent ${inner}vmin, rgba(0,0,0,0.92) ${inner + 18}vmin)`;
    }
    const h = health01 === null ? -1 : Math.round(Math.max(0, Math.min(1, health01)) * 100);
    if (h !== this.lastHealth) {
      this.lastHealth = h;
      this.bar.hidden = h < 0;
      this.fill.style.width = `${Math.max(0, h)}%`;
      this.bar.setAttribute("aria-valuenow", String(Math.max(0, h)));
    }
  }

  dispose(): void {
    this.root.remove();
  }
}
