import { pieceList } from "../../sim/world/levels";
import { defaultBindings } from "../../settings/Bindings";
import { KeyboardMouse } from "../../input/KeyboardMouse";
import { analyzeTrace, type TraceAnalysis } from "../../rig/analysis";
import { loadPreset, PRESET_IDS } from "../../rig/presets";
import { cloneRigSettings } from "../../rig/settings";
import { LAYER_KEYS, type RigSettings } from "../../rig/schema";
import { COURSE_TICKS } from "../../rig/standardCourse";
import type { InputCmd } from "../../sim/input/InputCmd";
import { TICK_HZ, ticksToSeconds } from "../../sim/core/time";
import { figuresTable } from "../../ui/lab/FiguresTable";
import { LabLayout } from "../../ui/lab/LabLayout";
import { LabPanel } from "../../ui/lab/LabPanel";
import { TracePlot } from "../../ui/lab/TracePlot";
import { View } from "../../view/View";
import { createViewFrame, type ViewFrame } from "../../session/ViewFrame";
import { FixedLoop } from "../FixedLoop";
import { FrameStats } from "../FrameStats";
import type { HeadcamApi, HeadcamState, HeadcamStats } from "../HeadcamApi";
import type { KeyValueStorage } from "../../settings/storage";
import type { AbResult, LabApi } from "./LabApi";
import { type ChangeReason, changedParams, LabSettings, type Slot, USER_PREFIX } from "./LabSettings";
import { labApiFor } from "./labAutomation";
import type { LabHost } from "./LabHost";
import { labControls } from "./labControls";
import { LAB_COURSES, type LabCourseId } from "./LabCourses";
import { reshoot } from "./reshoot";
import { CourseRunner, LAB_DT_S, type LabRunner, SimRunner } from "./runners";
import { TraceRing } from "../../rig/TraceRing";
import { LabCamera } from "./LabCamera";
import { CAMERA_PANEL } from "./labCameraPanel";
import { renderPanel } from "../../ui/RenderPanel";
import { downloadBlob } from "../../ui/takeFiles";
import { labRigChoices, renderLab } from "./labFootage";

/** Colours of slot A and B on the plots and in the figures. */
export const SLOT_COLOR: Record<Slot, string> = { A: "#ffb347", B: "#5ec8ff" };
/** The live plot shows the last 10 s. */
const LIVE_TICKS = 10 * TICK_HZ;
/** Free play needs this much of a take before a re-shoot uses it (a second). */
const MIN_RESHOOT_TICKS = TICK_HZ;
/** In free play the figures of the last 20 s refresh every this many frames (about a second). */
const FIGURES_EVERY_FRAMES = 60;
/** The course ring keeps the longer course whole (the parkour course's 25 s). */
const RECENT_TICKS = Math.max(...Object.values(LAB_COURSES).map((c) => c.ticks));

/**
 * The Rig Lab (`?mode=lab`): one of the rig's courses (the standard course, or the parkour
 * course) looping on its own level with the rig being tuned, free play on the same level, live plots, the rig's comfort figures, presets, files,
 * links and A/B re-shoots. `create` wraps it in the same automation API as the game's App.
 */
export class LabApp implements LabHost {
  readonly layout: LabLayout;
  readonly settings: LabSettings;
  readonly panel: LabPanel;
  readonly lab: LabApi;
  courseId: LabCourseId = "standard";
  private level = LAB_COURSES.standard.level();
  private readonly view: View;
  /** The camera image's effect switches per slot. */
  readonly camera: LabCamera;
  private readonly input: KeyboardMouse;
  private readonly loop = new FixedLoop();
  private readonly frameStats = new FrameStats();
  private readonly livePlot = new TracePlot(430, 250, LAB_DT_S);
  private readonly abPlot = new TracePlot(430, 250, LAB_DT_S);
  private readonly live = new TraceRing(LIVE_TICKS);
  private readonly recent = new TraceRing(RECENT_TICKS);
  runMode: "course" | "free" = "course";
  explosionM = 5;
  private runner: LabRunner;
  private readonly queue: { runner: LabRunner; caption: string }[] = [];
  private replayCaption: string | null = null;
  figures: TraceAnalysis | null = null;
  ab: { result: AbResult; aRing: TraceRing; bRing: TraceRing } | null = null;
  private takeCmds: InputCmd[] | null = null;
  private figuresDue = 0;
  private lastMs = -1;
  private rafId = 0;
  private frameNo = 0;
  /** A video is being rendered: the live view pauses so the render has the machine. */
  private rendering = false;
  private readonly frame: ViewFrame = createViewFrame();

  /** Builds the Lab in `root` and returns its automation API (with `lab`). */
  static create(root: HTMLElement, storage: KeyValueStorage): HeadcamApi & { lab: LabApi } {
    const app = new LabApp(root, storage);
    return {
      start: () => Promise.reject(new Error("The Rig Lab plays the standard course; open the game page (no mode) to play a set piece.")),
      state: () => app.state(),
      stats: () => app.stats(),
      pieces: () => app.pieces(),
      take: () => null,
      replay: () => Promise.reject(new Error("The Rig Lab re-shoots its own takes; replay game takes on the game page.")),
      lab: app.lab,
    };
  }

  constructor(root: HTMLElement, storage: KeyValueStorage) {
    this.layout = new LabLayout(root);
    this.settings = new LabSettings(storage, loadPreset("stuntman"));
    this.view = new View(this.layout.canvas, { shadows: "low" });
    this.view.loadLevel(this.level);
    this.camera = new LabCamera(this.view);
    this.input = new KeyboardMouse(this.layout.canvas, { sensitivityDegPerCount: 0.08, invertY: false }, defaultBindings().keys);
    this.input.connect();
    this.panel = new LabPanel(this.layout.panel, labControls(this), CAMERA_PANEL);
    this.layout.plots.append(this.livePlot.canvas, this.abPlot.canvas);
    this.abPlot.canvas.hidden = true;
    this.layout.onFile = (text, name) => this.importText(text, name);
    const linkErrors = this.settings.applyHash(location.hash);
    if (linkErrors) this.layout.error("That link's settings were refused; the stuntman preset is loaded instead:", linkErrors);
    for (const n of this.settings.store.notices) this.layout.error("A saved preset was moved aside:", [n]);
    if (this.settings.working.notice) this.layout.error("Your working A and B were moved aside:", [this.settings.working.notice]);
    this.runner = this.makeBaseRunner();
    this.settings.subscribe((r) => this.onSettings(r));
    this.onSettings("load");
    this.lab = this.makeApi();
    window.addEventListener("keydown", this.handleKey);
    window.addEventListener("resize", this.handleResize);
    // A share link opened in this tab changes only the hash: apply it as a fresh load would.
    window.addEventListener("hashchange", this.handleHashChange);
    this.layout.canvas.addEventListener("click", this.handleClick);
    this.handleResize();
    this.rafId = requestAnimationFrame(this.tick);
  }

  // ---- runs ---------------------------------------------------------------------------

  private makeBaseRunner(): LabRunner {
    const s = this.settings.current;
    if (this.runMode === "free") {
      const run = new SimRunner(this.level, s, (cmd) => void this.input.sample(cmd));
      this.input.setLook(run.sim.player.yawRad, 0);
      return run;
    }
    return new CourseRunner(s, this.level.anchors.start.position, this.course, this.explosionM, true);
  }

  private get course() {
    return LAB_COURSES[this.courseId];
  }

  /** Plays the other course: its level replaces the one on screen; free play moves there too. */
  setCourse(id: LabCourseId): void {
    if (id === this.courseId) return;
    this.courseId = id;
    this.level = this.course.level();
    this.view.loadLevel(this.level);
    this.takeCmds = null;
    this.ab = null;
    this.abPlot.canvas.hidden = true;
    this.queue.length = 0;
    this.replayCaption = null;
    this.swapRunner(this.makeBaseRunner());
    this.panel.show(this.settings.current, { course: id });
    this.refreshFigures();
  }

  private swapRunner(next: LabRunner): void {
    this.runner.dispose();
    this.runner = next;
    this.live.clear();
    this.recent.clear();
    this.loop.reset();
  }

  setMode(mode: "course" | "free"): void {
    this.runMode = mode;
    this.queue.length = 0;
    this.replayCaption = null;
    this.swapRunner(this.makeBaseRunner());
    this.panel.show(this.settings.current, { mode });
    this.refreshFigures();
  }

  /** Starts a fresh free-play run whose commands become the take to re-shoot. */
  record(): void {
    this.setMode("free");
    this.layout.note("Recording from the start: click the view, play, then press “Re-shoot”. Up to 2 minutes are kept.", 8);
  }

  setExplosion(m: number): void {
    this.explosionM = m;
    if (this.runMode === "course") this.swapRunner(this.makeBaseRunner());
    this.refreshFigures();
  }

  /** Re-shoots the take with A and B: both traces at once for the plot, then plays them. */
  reshootAb(): AbResult {
    const run = this.runner;
    const cmds = this.runMode === "free" && run instanceof SimRunner && run.recorded.length >= MIN_RESHOOT_TICKS ? run.recorded.slice() : this.takeCmds;
    this.takeCmds = this.runMode === "free" ? cmds : null;
    const a = cloneRigSettings(this.settings.slot("A"));
    const b = cloneRigSettings(this.settings.slot("B"));
    this.ab = reshoot(this.level, this.course, this.takeCmds, a, b, this.explosionM);
    this.queue.length = 0;
    for (const [slot, s] of [["A", a], ["B", b]] as const) {
      const runner = this.takeCmds
        ? new SimRunner(this.level, s, { cmds: this.takeCmds })
        : new CourseRunner(s, this.level.anchors.start.position, this.course, this.explosionM, false);
      this.queue.push({ runner, caption: `Re-shoot with ${slot} (${s.name})` });
    }
    this.nextInQueue();
    this.abPlot.canvas.hidden = false;
    this.drawAb();
    this.showFigures();
    return this.ab.result;
  }

  private nextInQueue(): void {
    const next = this.queue.shift();
    if (next) {
      this.replayCaption = next.caption;
      this.swapRunner(next.runner);
    } else {
      this.replayCaption = null;
      this.swapRunner(this.makeBaseRunner());
    }
  }

  /** "Render video": the take the Lab would re-shoot (the course, or the recorded free play) with A, B or both. */
  openRender(): void {
    const run = this.runner;
    const cmds = this.runMode === "free" && run instanceof SimRunner && run.recorded.length >= MIN_RESHOOT_TICKS ? run.recorded.slice() : this.takeCmds;
    const src = { level: this.level, course: this.course, cmds, explosionM: this.explosionM, a: cloneRigSettings(this.settings.slot("A")), b: cloneRigSettings(this.settings.slot("B")) };
    this.layout.dialog(
      renderPanel({
        what: cmds ? "The free-play take" : `The ${this.course.title.toLowerCase()}`,
        rigs: labRigChoices(src.a, src.b),
        run: async (choice, progress, signal) => {
          this.rendering = true;
          try {
            const { blob, name } = await renderLab(src, choice, progress, signal);
            downloadBlob(blob, name);
            return { name, bytes: blob.size };
          } finally {
            this.rendering = false;
          }
        },
        onClose: () => this.layout.dialog(null),
      }),
    );
  }

  // ---- settings and figures -----------------------------------------------------------

  private onSettings(reason: ChangeReason): void {
    this.runner.setSettings(this.settings.current);
    if (reason !== "param") {
      this.camera.show(this.settings.active);
      this.panel.showCamera(this.camera.switches(this.settings.active), this.camera.quality);
    }
    if (reason !== "param") this.panel.show(this.settings.current, { slot: this.settings.active, mode: this.runMode, explosionM: this.explosionM, course: this.courseId });
    // The picker names what the edited slot holds: after a load, a slot switch, or the first
    // edit that makes it "(tuned)".
    if (reason !== "param" || this.settings.current.name !== this.pickerName) this.showPicker();
    this.refreshFigures();
  }

  /** The name the preset picker shows now. */
  private pickerName = "";

  private showPicker(): void {
    const saved = this.settings.store.list();
    const mine = saved.map((p) => p.name);
    const cur = this.settings.current;
    // A preset is what the slot holds only with its name and every value (an import may reuse a name).
    const same = (p: RigSettings) => p.name === cur.name && sameLayers(p, cur);
    const builtin = PRESET_IDS.find((id) => same(loadPreset(id)));
    const value = builtin ?? (saved.some(same) ? `${USER_PREFIX}${cur.name}` : null);
    const name = cur.name;
    this.panel.setPresets(mine, value, name);
    this.pickerName = name;
  }

  /** In the course: the full course's figures at once (equal to the next loop's). */
  refreshFigures(): void {
    this.figures = this.runMode === "course" ? this.course.figures(this.settings.current, this.explosionM).figures : null;
    this.figuresDue = FIGURES_EVERY_FRAMES;
    this.showFigures();
  }

  private showFigures(): void {
    const cur = this.settings.active;
    const columns = [{ heading: `${cur}: ${this.settings.current.name}`, color: SLOT_COLOR[cur], figures: this.figures, pending: `playing… ${Math.floor(ticksToSeconds(this.recent.length))} of ${ticksToSeconds(COURSE_TICKS)} s` }];
    const title = this.runMode === "course" ? `last full ${this.course.title.toLowerCase()}` : "last 20 s of play";
    const tables = [figuresTable(title, columns)];
    if (this.ab) {
      const { a, b, take, ticks } = this.ab.result;
      tables.push(figuresTable(`re-shoot: ${take}, ${ticksToSeconds(ticks).toFixed(1)} s`, [
        { heading: `A: ${this.settings.slot("A").name}`, color: SLOT_COLOR.A, figures: a },
        { heading: `B: ${this.settings.slot("B").name}`, color: SLOT_COLOR.B, figures: b },
      ]));
    }
    this.layout.figures.replaceChildren(...tables);
  }

  private drawAb(): void {
    if (!this.ab) return;
    this.abPlot.draw([
      { ring: this.ab.aRing, color: SLOT_COLOR.A, label: `A ${this.settings.slot("A").name}` },
      { ring: this.ab.bRing, color: SLOT_COLOR.B, label: `B ${this.settings.slot("B").name}` },
    ], `A/B re-shoot of the ${this.ab.result.take}`);
  }

  importText(text: string, fileName: string): void {
    const errors = this.settings.importJson(text);
    if (errors) this.layout.error(`“${fileName}” was not loaded; your settings are unchanged:`, errors);
    else {
      this.layout.clearError();
      this.layout.note(`Loaded “${this.settings.current.name}” from ${fileName} into ${this.settings.active}.`);
    }
  }

  // ---- the frame ------------------------------------------------------------------------

  private readonly tick = (nowMs: number): void => {
    this.rafId = requestAnimationFrame(this.tick);
    const frameS = this.lastMs < 0 ? 0 : (nowMs - this.lastMs) / 1000;
    this.lastMs = nowMs;
    // The Lab pauses only when the tab is hidden (the pause rules: src/app/PauseState.ts).
    if (document.hidden || this.rendering) return;
    const steps = this.loop.advance(frameS);
    for (let i = 0; i < steps; i++) {
      if (this.runner.done) this.nextInQueue();
      this.runner.step();
      this.live.push(this.runner.pose);
      this.recent.push(this.runner.pose);
    }
    this.frameStats.record(frameS * 1000);
    if (this.runMode === "free" && this.replayCaption === null && --this.figuresDue <= 0 && this.recent.length >= COURSE_TICKS) {
      this.figures = analyzeTrace(this.recent.toTraceInput(LAB_DT_S, COURSE_TICKS));
      this.figuresDue = FIGURES_EVERY_FRAMES;
      this.showFigures();
    }
    this.runner.frame(this.loop.alpha, this.frame, this.input);
    this.view.render(this.frame);
    if (this.frameNo++ % 2 === 0) this.livePlot.draw([{ ring: this.live, color: SLOT_COLOR[this.settings.active], label: `live ${this.settings.active}` }], "live, last 10 s", LIVE_TICKS);
    this.layout.caption.textContent = this.caption();
  };

  private caption(): string {
    const slot = `${this.settings.active}: ${this.settings.current.name}`;
    const run = this.runner;
    if (run instanceof CourseRunner) {
      const t = run.courseTick;
      const seg = this.course.segments.find((s) => t >= s.startTick && t < s.endTick)?.label ?? "";
      return `${this.replayCaption ?? this.course.title} · ${ticksToSeconds(t).toFixed(1)} s · ${seg} · ${slot} · X toggles A/B`;
    }
    if (this.replayCaption) return `${this.replayCaption} · ${ticksToSeconds(run.tick).toFixed(1)} s`;
    return `Free play · ${slot} · click to look, WASD, Shift, Space, B blast, N recoil · X toggles A/B`;
  }

  private readonly handleKey = (e: KeyboardEvent): void => {
    if (e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement) return;
    if (e.code === "KeyX" && !e.repeat) this.settings.toggle();
  };

  private readonly handleClick = (): void => {
    if (this.runMode === "free" && !this.input.locked) void this.input.lock();
  };

  private readonly handleResize = (): void => {
    this.view.resize(this.layout.view.clientWidth || 640, this.layout.view.clientHeight || 360);
  };

  // ---- automation -----------------------------------------------------------------------

  private makeApi(): LabApi {
    return labApiFor(this);
  }

  ink(): { live: number; ab: number } {
    return { live: this.livePlot.ink(), ab: this.abPlot.canvas.hidden ? 0 : this.abPlot.ink() };
  }

  state(): HeadcamState {
    const run = this.runner;
    const p = run instanceof SimRunner ? run.sim.player : null;
    const f = this.frame;
    return {
      mode: "lab",
      piece: null,
      tick: run.tick,
      paused: document.hidden,
      finished: false,
      player: {
        position: p ? [p.position.x, p.position.y, p.position.z] : [f.eye.x, f.eye.y - 1.6, f.eye.z],
        velocity: p ? [p.velocity.x, p.velocity.y, p.velocity.z] : [0, 0, 0],
        grounded: p ? p.grounded : true,
        move: p ? p.move : "none",
      },
      camera: { ...this.view.lastPose, position: [...this.view.lastPose.position] },
      subtitle: null,
      objective: null,
      audio: "off",
    };
  }

  stats(): HeadcamStats {
    return this.frameStats.report(this.view);
  }

  pieces(): { id: string; title: string; available: boolean }[] {
    return pieceList();
  }

  /** A new `#rig=` link in the running Lab: the same validation as a load; says what changed, or why nothing did. */
  private readonly handleHashChange = (): void => {
    const before = cloneRigSettings(this.settings.current);
    const errors = this.settings.applyHash(location.hash);
    if (errors) {
      this.layout.error("That link's settings were refused; nothing changed:", errors);
      return;
    }
    if (!/(?:^#|&)rig=/.test(location.hash)) return;
    const changed = changedParams(before, this.settings.current);
    const list = changed.length > 8 ? `${changed.slice(0, 8).join(", ")} and ${changed.length - 8} more` : changed.join(", ");
    this.layout.note(
      changed.length ? `Loaded the link's settings into ${this.settings.active}: ${changed.length} changed (${list}).` : "The link's settings are the ones already loaded.",
      12,
    );
  };

  dispose(): void {
    cancelAnimationFrame(this.rafId);
    window.removeEventListener("keydown", this.handleKey);
    window.removeEventListener("resize", this.handleResize);
    window.removeEventListener("hashchange", this.handleHashChange);
    this.runner.dispose();
    this.input.disconnect();
    this.panel.dispose();
    this.view.dispose();
    this.layout.dispose();
  }
}

/** Whether two settings hold the same value in every layer's every field (key order aside). */
function sameLayers(a: RigSettings, b: RigSettings): boolean {
  return LAYER_KEYS.every((layer) => {
    const x = a.layers[layer] as Record<string, unknown>;
    const y = b.layers[layer] as Record<string, unknown>;
    const keys = Object.keys(x);
    return keys.length === Object.keys(y).length && keys.every((k) => x[k] === y[k]);
  });
}
