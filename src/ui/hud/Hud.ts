/** How long a hit-direction marker stays, seconds. */
const MARKER_S = 1.6;
const MARKERS = 6;

function el(tag: string, css: string, parent: HTMLElement): HTMLElement {
  const e = document.createElement(tag);
  e.style.cssText = css;
  parent.append(e);
  return e;
}

/**
 * The combat HUD, kept small like the film's (no health bar): a crosshair that widens with
 * spread and flashes on a hit, a small ammo counter, edge markers that point to where a
 * hit came from (shape and place, readable without colour), and a line when Henry is down.
 */
export class Hud {
  readonly root: HTMLElement;
  private readonly cross: HTMLElement;
  private readonly arms: HTMLElement[] = [];
  private readonly ammo: HTMLElement;
  private readonly weapon: HTMLElement;
  private readonly note: HTMLElement;
  private readonly markers: { el: HTMLElement; ageS: number; bearingRad: number }[] = [];
  private nextMarker = 0;
  private hitFlashS = 0;
  private lastAmmo = "";
  private lastWeapon = "";
  private lastNote = "";

  constructor(parent: HTMLElement) {
    this.root = el("div", "position:absolute;inset:0;pointer-events:none;z-index:5;font-family:'Noto Sans',sans-serif;", parent);
    this.root.dataset.hud = "combat";
    this.cross = el("div", "position:absolute;left:50%;top:50%;width:0;height:0;", this.root);
    for (const [x, y, w, h] of [
      [0, -1, 2, 9],
      [0, 1, 2, 9],
      [-1, 0, 9, 2],
      [1, 0, 9, 2],
    ] as const) {
      const a = el("div", `position:absolute;width:${w}px;height:${h}px;background:#fff;box-shadow:0 0 0 1px rgba(0,0,0,0.7);`, this.cross);
      a.dataset.dx = String(x);
      a.dataset.dy = String(y);
      this.arms.push(a);
    }
    const box = el(
      "div",
      "position:absolute;right:18px;bottom:14px;color:#f2f2f2;text-align:right;text-shadow:0 1px 2px #000,0 0 6px #000;",
      this.root,
    );
    box.className = "hud-ammo";
    this.ammo = el("div", "font-size:22px;font-weight:700;letter-spacing:1px;", box);
    this.weapon = el("div", "font-size:11px;opacity:0.8;text-transform:uppercase;letter-spacing:2px;", box);
    this.note = el(
      "div",
      "position:absolute;left:0;right:0;top:62%;text-align:center;color:#fff;font-size:16px;letter-spacing:3px;text-shadow:0 0 6px #000;",
      this.root,
    );
    for (let i = 0; i < MARKERS; i++) {
      // A chevron (two borders of a rotated square) and a bar: shape and place carry the direction.
      const m = el("div", "position:absolute;left:50%;top:50%;width:0;height:0;opacity:0;", this.root);
      el(
        "div",
        "position:absolute;left:-22px;top:-22px;width:44px;height:44px;border-top:7px solid #fff;border-left:7px solid #fff;transform:rotate(45deg);box-shadow:-2px -2px 4px rgba(0,0,0,0.6);",
        m,
      ).style.borderColor = "rgba(255,60,40,0.95)";
      this.markers.push({ el: m, ageS: MARKER_S, bearingRad: 0 });
    }
  }

  /** A hit from `bearingRad` (0 ahead, +π/2 left) of the given strength 0..1. */
  hitFrom(bearingRad: number): void {
    const m = this.markers[this.nextMarker];
    this.nextMarker = (this.nextMarker + 1) % MARKERS;
    m.ageS = 0;
    m.bearingRad = bearingRad;
  }

  /** Henry's round hit a mercenary: the crosshair flashes. */
  confirmHit(): void {
    this.hitFlashS = 0.12;
  }

  update(
    dtS: number,
    width: number,
    height: number,
    s: { weapon: string | null; holding: string; magazine: number; reserve: number; reload01: number; spreadPx: number; dead: boolean },
  ): void {
    const ammo = s.weapon ? (s.reload01 >= 0 ? `reloading ${Math.round(s.reload01 * 100)}%` : `${s.magazine} / ${s.reserve}`) : "";
    if (ammo !== this.lastAmmo) this.ammo.textContent = this.lastAmmo = ammo;
    const w = s.weapon ?? (s.holding !== "none" ? `${s.holding}: throw (E / click)` : "");
    if (w !== this.lastWeapon) this.weapon.textContent = this.lastWeapon = w;
    const note = s.dead ? "DOWN — back to the checkpoint" : "";
    if (note !== this.lastNote) this.note.textContent = this.lastNote = note;
    this.hitFlashS = Math.max(0, this.hitFlashS - dtS);
    const gap = 4 + s.spreadPx;
    for (const a of this.arms) {
      const dx = Number(a.dataset.dx);
      const dy = Number(a.dataset.dy);
      const aw = dx ? 9 : 2;
      const ah = dy ? 9 : 2;
      a.style.transform = `translate(${dx * (gap + aw / 2) - aw / 2}px, ${dy * (gap + ah / 2) - ah / 2}px)`;
      a.style.background = this.hitFlashS > 0 ? "#ff4030" : "#fff";
    }
    this.cross.style.display = s.weapon && !s.dead ? "block" : "none";
    const rx = width * 0.42;
    const ry = height * 0.4;
    for (const m of this.markers) {
      m.ageS += dtS;
      const t = m.ageS / MARKER_S;
      if (t >= 1) {
        m.el.style.opacity = "0";
        continue;
      }
      // Screen: ahead is up, left is left.
      const sx = -Math.sin(m.bearingRad);
      const sy = -Math.cos(m.bearingRad);
      const rot = Math.atan2(sy, sx) + Math.PI / 2;
      m.el.style.opacity = String(1 - t * t);
      m.el.style.transform = `translate(${sx * rx}px, ${sy * ry}px) rotate(${rot}rad)`;
    }
  }

  dispose(): void {
    this.root.remove();
  }
}
