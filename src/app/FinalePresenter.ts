import { Mesh, MeshBasicMaterial, CylinderGeometry, IcosahedronGeometry } from "three";
import type { SimEvent } from "../sim/core/SimEvent";
import type { Sim } from "../sim/SimTypes";
import { TelekinesisView } from "../view/actors/TelekinesisView";
import { Searchlight } from "../view/city/Searchlight";
import { glowMaterial } from "../view/effects/FxPool";
import { RuntimeBoxesView } from "../view/level/RuntimeBoxesView";
import type { ViewFrame } from "../session/ViewFrame";
import type { Presenter, PresenterContext } from "./Presenter";

/** Ropes stay hanging over the parapet this long after a climb, seconds; at most this many at once. */
const ROPE_S = 5;
const ROPES = 4;
const ROPE_LENGTH_M = 24;

/**
 * The finale on screen: boxes that move or vanish (cars and vents thrown, barriers broken),
 * the telekinetic's barrier and throws (the units' gear is their outfits), ropes where the army climbs up,
 * the glow round the wife while he holds her, the searchlight below, and a fade to black
 * when the script asks. Each part exists only where the level or the piece has it.
 */
export class FinalePresenter implements Presenter {
  private readonly boxes: RuntimeBoxesView | null;
  private readonly tk: TelekinesisView | null;
  private readonly searchlight: Searchlight | null;
  private readonly hold: Mesh | null;
  private readonly holdMat = glowMaterial();
  private readonly ropes: Mesh[] = [];
  private readonly ropeLeftS = new Float32Array(ROPES);
  private readonly ropeGeometry = new CylinderGeometry(0.02, 0.02, ROPE_LENGTH_M, 4);
  private readonly ropeMat = new MeshBasicMaterial({ color: 0x2a2520 });
  private readonly holdGeometry = new IcosahedronGeometry(1, 2);
  private readonly fade: HTMLDivElement;
  private nextRope = 0;
  private lastMs = -1;

  constructor(private readonly ctx: PresenterContext) {
    const sim = ctx.session.sim;
    const scene = ctx.view.scene;
    const shadows = ctx.settings.get().shadows !== "off";
    this.boxes = sim.runtimeBoxes.length ? new RuntimeBoxesView(sim.runtimeBoxes, sim.level, shadows) : null;
    this.tk = sim.telekinesis ? new TelekinesisView(sim.telekinesis) : null;
    const beam = sim.level.anchors.searchlight;
    this.searchlight = beam ? new Searchlight(beam) : null;
    const wife = sim.level.anchors.estelle;
    this.hold = sim.telekinesis && wife ? new Mesh(this.holdGeometry, this.holdMat) : null;
    if (this.hold && wife) {
      this.hold.position.set(wife.position[0], wife.position[1] + 1.4, wife.position[2]);
      this.hold.scale.set(0.7, 1.2, 0.7);
      this.holdMat.color.setHex(0xa98bff).multiplyScalar(0.12);
    }
    for (let i = 0; i < (sim.army ? ROPES : 0); i++) {
      const rope = new Mesh(this.ropeGeometry, this.ropeMat);
      rope.visible = false;
      this.ropes.push(rope);
    }
    for (const part of [this.boxes?.group, this.tk?.group, this.searchlight?.group, this.hold, ...this.ropes]) if (part) scene.add(part);
    this.fade = document.createElement("div");
    this.fade.className = "fade";
    ctx.root.append(this.fade);
  }

  onEvent(e: SimEvent, sim: Sim): void {
    if (e.kind === "akanHit" && !e.hurt) this.tk?.deflected();
    else if (e.kind === "reinforcement" && e.entry === "rope" && this.ropes.length) {
      // The rope hangs from the parapet the merc came over, down the tower's side.
      const k = this.nextRope++ % this.ropes.length;
      const r = this.ropes[k];
      const out = Math.hypot(e.position[0], e.position[2]) || 1;
      r.position.set(e.position[0] + (e.position[0] / out) * 1.6, e.position[1] + 1.2 - ROPE_LENGTH_M / 2, e.position[2] + (e.position[2] / out) * 1.6);
      r.visible = true;
      this.ropeLeftS[k] = ROPE_S;
    } else if (e.kind === "cue" && e.cue.kind === "fade") {
      this.fade.style.transition = `opacity ${e.cue.seconds}s linear`;
      this.fade.style.opacity = e.cue.toBlack ? "1" : "0";
    }
    void sim;
  }

  afterStep(): void {
    this.boxes?.capture();
  }

  frame(alpha: number, _frame: ViewFrame): void {
    const now = performance.now();
    const dt = this.lastMs < 0 ? 0 : Math.min(0.1, (now - this.lastMs) / 1000);
    this.lastMs = now;
    const sim = this.ctx.session.sim;
    this.boxes?.update(alpha);
    this.tk?.update(dt);
    this.searchlight?.update((sim.tick + alpha) / 60, sim.level.timeOfDay === "night" ? 1 : 0);
    if (this.hold && sim.telekinesis) {
      const phase = sim.telekinesis.akan.phase;
      this.hold.visible = phase !== "away" && phase !== "beaten";
    }
    for (let k = 0; k < this.ropes.length; k++) {
      this.ropeLeftS[k] -= dt;
      if (this.ropeLeftS[k] <= 0) this.ropes[k].visible = false;
    }
  }

  dispose(): void {
    const scene = this.ctx.view.scene;
    for (const part of [this.boxes?.group, this.tk?.group, this.searchlight?.group, this.hold, ...this.ropes]) if (part) scene.remove(part);
    this.boxes?.dispose();
    this.tk?.dispose();
    this.searchlight?.dispose();
    this.holdGeometry.dispose();
    this.holdMat.dispose();
    this.ropeGeometry.dispose();
    this.ropeMat.dispose();
    this.fade.remove();
  }
}
