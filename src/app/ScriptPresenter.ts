import { Mesh, MeshBasicMaterial, RingGeometry } from "three";
import { dialogueLine } from "../content/dialogue";
import type { Cue } from "../content/script";
import { subtitleText } from "../content/subtitles";
import { isPresetId, loadPreset } from "../rig/presets";
import type { SimEvent } from "../sim/core/SimEvent";
import { FIXED_DT } from "../sim/core/time";
import { type SubtitleLine, Subtitles } from "../ui/Subtitles";
import type { Presenter, PresenterContext } from "./Presenter";
import type { Settings } from "../settings/Settings";

/**
 * Presents a set piece's script: subtitles and the objective, the rig operator and shake
 * beats, the time of day, and the calibration marks (the people on stage are the bodies
 * presenter's). Reads the core; never changes it.
 */
export class ScriptPresenter implements Presenter {
  private readonly subtitles: Subtitles;
  private readonly unsubscribe: () => void;
  /** Glowing rings on the calibration anchors: the one to look at now is bright. */
  private readonly marks: { name: string; mesh: Mesh }[] = [];
  private readonly markGeometry = new RingGeometry(0.18, 0.3, 32);
  private readonly markOn = new MeshBasicMaterial({ color: 0x5fe3ff, toneMapped: false });
  private readonly markOff = new MeshBasicMaterial({ color: 0x2a5360, transparent: true, opacity: 0.6 });
  /** The last mercenary's bark, subtitled while no story line is on screen. */
  private bark: (SubtitleLine & { untilTick: number }) | null = null;

  constructor(private readonly ctx: PresenterContext) {
    this.subtitles = new Subtitles(ctx.root, subtitleStyle(ctx.settings.get()));
    this.unsubscribe = ctx.settings.subscribe((s) => this.subtitles.setStyle(subtitleStyle(s)));
    for (const [name, a] of Object.entries(ctx.session.sim.level.anchors)) {
      if (!name.startsWith("calibration.")) continue;
      const mesh = new Mesh(this.markGeometry, this.markOff);
      mesh.position.set(a.position[0], a.position[1] + 0.02, a.position[2]);
      mesh.rotation.x = -Math.PI / 2;
      mesh.visible = false;
      ctx.view.scene.add(mesh);
      this.marks.push({ name, mesh });
    }
  }

  onEvent(e: SimEvent): void {
    if (e.kind === "cue") this.cue(e.cue);
    else if (e.kind === "bark") this.bark = barkSubtitle(e.line, e.tick);
  }

  private cue(cue: Cue): void {
    switch (cue.kind) {
      case "operator":
        if (isPresetId(cue.preset)) this.ctx.rig.setOperator(loadPreset(cue.preset), cue.blendS);
        break;
      case "shake":
        this.ctx.rig.rig.addTrauma(cue.trauma);
        break;
      case "timeOfDay":
        this.ctx.view.setTimeOfDay(cue.time);
        break;
      default:
        break;
    }
  }

  frame(_alpha: number, _f: unknown): void {
    const sim = this.ctx.session.sim;
    const script = sim.script;
    if (this.bark && sim.tick >= this.bark.untilTick) this.bark = null;
    // A story line (Jimmy's directions) always wins over a bark.
    this.subtitles.show(script?.subtitle ?? this.bark);
    if (!script) return;
    const look = script.lookTarget;
    for (const m of this.marks) {
      m.mesh.visible = look !== null;
      m.mesh.material = m.name === look ? this.markOn : this.markOff;
    }
    this.subtitles.showObjective(script.objective);
  }

  dispose(): void {
    this.unsubscribe();
    this.subtitles.dispose();
    for (const m of this.marks) this.ctx.view.scene.remove(m.mesh);
    this.markGeometry.dispose();
    this.markOn.dispose();
    this.markOff.dispose();
  }
}

/** A bark's subtitle, tagged as translated, for as long as its line stays on screen. */
function barkSubtitle(lineId: string, tick: number): (SubtitleLine & { untilTick: number }) | null {
  const l = dialogueLine(lineId);
  if (!l) return null;
  return { line: `${l.id}@${tick}`, speaker: l.speaker, text: subtitleText(l.text, l.lang), untilTick: tick + Math.round(l.durationS / FIXED_DT) };
}

function subtitleStyle(s: Settings) {
  return { enabled: s.subtitles, size: s.subtitleSize, background: s.subtitleBackground };
}
