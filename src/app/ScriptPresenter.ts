import { Mesh, MeshBasicMaterial, RingGeometry } from "three";
import type { Cue } from "../content/script";
import { isPresetId, loadPreset } from "../rig/presets";
import type { SimEvent } from "../sim/core/SimEvent";
import type { Sim } from "../sim/SimTypes";
import { ticksToSeconds } from "../sim/core/time";
import { Subtitles } from "../ui/Subtitles";
import { StoryActors } from "../view/actors/StoryActors";
import type { Presenter, PresenterContext } from "./Presenter";
import type { Settings } from "../settings/Settings";

/** How far and how fast the wife is dragged off in the street's opening, metres and m/s. */
const DRAG_M = 14;
const DRAG_MPS = 2.2;
/** How high the telekinetic holds the wife off the floor, metres. */
const HELD_M = 0.6;

interface Staged {
  x: number;
  y: number;
  z: number;
  yawRad: number;
  /** The tick the cue placed them, and whether they are being dragged away since. */
  sinceTick: number;
  moving: boolean;
}

/**
 * Presents a set piece's script: subtitles and the objective, the rig operator and shake
 * beats, the time of day, and the people on stage (Jimmy on his route, the wife and the
 * telekinetic where cues put them). Reads the core; never changes it.
 */
export class ScriptPresenter implements Presenter {
  private readonly subtitles: Subtitles;
  private readonly actors: StoryActors;
  private readonly staged: { estelle: Staged | null; akan: Staged | null } = { estelle: null, akan: null };
  private readonly unsubscribe: () => void;
  /** Glowing rings on the calibration anchors: the one to look at now is bright. */
  private readonly marks: { name: string; mesh: Mesh }[] = [];
  private readonly markGeometry = new RingGeometry(0.18, 0.3, 32);
  private readonly markOn = new MeshBasicMaterial({ color: 0x5fe3ff, toneMapped: false });
  private readonly markOff = new MeshBasicMaterial({ color: 0x2a5360, transparent: true, opacity: 0.6 });

  constructor(private readonly ctx: PresenterContext) {
    this.subtitles = new Subtitles(ctx.root, subtitleStyle(ctx.settings.get()));
    this.unsubscribe = ctx.settings.subscribe((s) => this.subtitles.setStyle(subtitleStyle(s)));
    this.actors = new StoryActors(ctx.view.scene);
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

  onEvent(e: SimEvent, sim: Sim): void {
    if (e.kind === "cue") this.cue(e.cue, sim);
  }

  private cue(cue: Cue, sim: Sim): void {
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
      case "actor": {
        const a = sim.level.anchors[cue.anchor];
        if (cue.action === "leave" || !a) this.staged[cue.who] = null;
        else if (cue.action === "held" || cue.action === "freed") {
          // Right at the anchor: floating in his grip, or back on her feet.
          const lift = cue.action === "held" ? HELD_M : 0;
          this.staged[cue.who] = { x: a.position[0], y: a.position[1] + lift, z: a.position[2], yawRad: a.yawRad, sinceTick: sim.tick, moving: false };
        } else {
          // The telekinetic stands a few metres ahead; the wife is dragged away from there.
          const ahead = cue.who === "akan" ? 6 : 4;
          this.staged[cue.who] = {
            x: a.position[0] - Math.sin(a.yawRad) * ahead + (cue.who === "akan" ? 1.2 : 0),
            y: a.position[1],
            z: a.position[2] - Math.cos(a.yawRad) * ahead,
            yawRad: a.yawRad + Math.PI,
            sinceTick: sim.tick,
            moving: cue.action === "dragged",
          };
        }
        break;
      }
      default:
        break;
    }
  }

  frame(_alpha: number, _f: unknown): void {
    const script = this.ctx.session.sim.script;
    if (!script) return;
    const look = script.lookTarget;
    for (const m of this.marks) {
      m.mesh.visible = look !== null;
      m.mesh.material = m.name === look ? this.markOn : this.markOff;
    }
    this.subtitles.show(script.subtitle);
    this.subtitles.showObjective(script.objective);
    const j = script.jimmy;
    this.actors.place("jimmy", j.active ? { x: j.position.x, y: j.position.y, z: j.position.z, yawRad: j.yawRad } : null);
    for (const who of ["estelle", "akan"] as const) {
      const s = this.staged[who];
      // Dragged away from Henry (back along the way they face, leaning back), by sim time.
      const k = s?.moving ? Math.min(DRAG_M, ticksToSeconds(this.ctx.session.sim.tick - s.sinceTick) * DRAG_MPS) : 0;
      this.actors.place(who, s ? { x: s.x + Math.sin(s.yawRad) * k, y: s.y, z: s.z + Math.cos(s.yawRad) * k, yawRad: s.yawRad } : null);
      if (s) this.actors.lean(who, s.moving && who === "estelle" ? -0.35 : 0);
    }
  }

  dispose(): void {
    this.unsubscribe();
    this.subtitles.dispose();
    this.actors.dispose();
    for (const m of this.marks) this.ctx.view.scene.remove(m.mesh);
    this.markGeometry.dispose();
    this.markOn.dispose();
    this.markOff.dispose();
  }
}

function subtitleStyle(s: Settings) {
  return { enabled: s.subtitles, size: s.subtitleSize, background: s.subtitleBackground };
}
