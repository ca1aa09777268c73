import { isPieceId, type PieceId, pieceTitle, scriptOf } from "../content/pieces";
import type { KeyboardMouse } from "../input/KeyboardMouse";
import { PlayerInput } from "./PlayerInput";
import { touchHelp } from "../input/TouchControls";
import type { InputCmd } from "../sim/input/InputCmd";
import { type CoreSim, createSim } from "../sim/createSim";
import { PieceAutopilot } from "../sim/script/PieceAutopilot";
import { seedProblem } from "../sim/core/seed";
import type { Sim } from "../sim/SimTypes";
import { isPlayable, levelById, levelForPiece, pieceList, pieceOnLevel, playablePieces } from "../sim/world/levels/index";
import type { Level, TimeOfDay } from "../sim/world/Level";
import { Screens } from "../ui/Screens";
import { settingsPanel, showSettingsSection } from "../ui/SettingsPanel";
import { controlsHelp } from "../settings/Bindings";
import { creditsPanel, creditsRoll, dayEndCard, dayTransition, endCard } from "../ui/Credits";
import { DAY_ID, DAY_TITLE, isDay } from "../content/day";
import { DayRun } from "./DayRun";
import { Interlude } from "./Interlude";
import { View, WebGLUnavailableError } from "../view/View";
import type { LensSwitches } from "../session/ViewFrame";
import { lensSwitches } from "./lens";
import { PauseState, type PauseReason } from "./PauseState";
import { PlayLoop } from "./PlayLoop";
import { headcamState } from "./headcamState";
import { GameSession } from "../session/GameSession";
import type { CmdSource } from "../session/StepObserver";
import type { HeadcamApi, HeadcamState, HeadcamStats, RenderOptions, StartOptions } from "./HeadcamApi";
import type { FootageHost } from "./footage/renderTake";
import type { Settings } from "../settings/Settings";
import { SettingsStore } from "../settings/SettingsStore";
import type { AudioEngine } from "../audio/AudioEngine";
import type { Presenter } from "./Presenter";
import { PRESENTERS } from "./presenters";
import { RigDriver } from "../session/RigDriver";
import { TakePlayer, TakeRecording } from "../session/TakeSources";
import { parseTake, type Take } from "../sim/input/Take";
import { ticksToSeconds } from "../sim/core/time";
import { downloadTake, pickJsonFile } from "../ui/takeFiles";
import { finishPiece, nextPiece } from "./endOfPiece";
import { Cinema, IdleWatch } from "./Cinema";
import { renderMenu } from "./renderMenu";
import { replayBadge, replayEndCard } from "../ui/ReplayCard";
import { isPresetId, loadPreset, type PresetId } from "../rig/presets";
import type { KeyValueStorage } from "../settings/storage";
import type { LaunchOptions } from "./urlParams";
import { postEffectsOf, qualityOf, shadowsOf } from "./viewSettings";

/**
 * The composition root: owns the settings, the input, the view, the loop and the current
 * session, and wires them. Nothing imports it but the browser entry.
 */
export class App implements HeadcamApi {
  readonly settings: SettingsStore;
  readonly screens: Screens;
  readonly canvas: HTMLCanvasElement;
  private view: View | null = null;
  private readonly devices: PlayerInput;
  /** The keyboard and mouse (its look angles are every device's). */
  private readonly input: KeyboardMouse;
  private readonly play = new PlayLoop();
  private readonly pause = new PauseState();
  private session: GameSession | null = null;
  private rigDriver: RigDriver | null = null;
  private readonly presenters: Presenter[] = [];
  private recording: TakeRecording | null = null;
  private replaying: TakePlayer | null = null;
  /** "Replay of a take" in the corner while a take replays. */
  private replayNote: HTMLElement | null = null;
  /** The set piece reached its end card: the core stops stepping. */
  private ended = false;
  /** The browser took the WebGL context away: nothing steps or draws until it gives it back. */
  private contextLost = false;
  private launch: LaunchOptions;
  private mode: HeadcamState["mode"] = "title";
  private lensOn: LensSwitches;
  private rafId = 0;
  /** The whole day, while one is played (its pieces run as sessions one after another). */
  private day: DayRun | null = null;
  private dayDone = false;
  /** The credits rolling, the card between two pieces of the day. */
  private readonly interlude = new Interlude();
  /** Cinema mode (or the title's attract loop) while it plays. */
  private cinema: Cinema | null = null;
  /** After a minute idle on the title screen, cinema starts as an attract loop. */
  private readonly idle = new IdleWatch(ATTRACT_IDLE_MS, () => void this.startCinema(null, true));
  /** A video is being rendered: the live picture stops drawing so the render has the machine. */
  private rendering = false;

  constructor(
    private readonly root: HTMLElement,
    storage: KeyValueStorage,
    launch: LaunchOptions,
    /** The sound engine the browser entry made (howler), or null for silence. */
    private readonly audio: AudioEngine | null = null,
  ) {
    this.launch = launch;
    this.settings = new SettingsStore(storage, { reducedMotion: prefersReducedMotion() });
    this.canvas = document.createElement("canvas");
    this.canvas.className = "game";
    this.canvas.tabIndex = 0;
    root.append(this.canvas);
    this.screens = new Screens(root);
    const s = this.settings.get();
    this.lensOn = lensSwitches(s);
    this.devices = new PlayerInput(root, this.canvas, this.settings, launch.touch, () => this.pauseFor("menu"));
    this.input = this.devices.keys;
    this.screens.help = () => (this.devices.touchMode ? touchHelp() : controlsHelp(this.settings.get().bindings));
    this.input.onLockLost = () => this.pauseFor("lock");
    this.input.onEscape = () => (this.pause.paused ? this.resume() : this.pauseFor("menu"));
    this.input.onLockRefused = () => this.askForClick();
    this.devices.pad.onStart = () => (this.pause.paused ? this.resume() : this.pauseFor("menu"));
    this.settings.subscribe((st) => {
      this.rigDriver?.rig.setComfort(st.comfort);
      this.rigDriver?.rig.setPlayerFov(st.fovDeg);
      this.lensOn = lensSwitches(st);
      this.applyViewSettings(st);
    });
    if (this.settings.notice) this.screens.toast(this.settings.notice, 12);
    window.addEventListener("resize", this.handleResize);
    window.addEventListener("blur", this.handleBlur);
    document.addEventListener("visibilitychange", this.handleVisibility);
    this.canvas.addEventListener("click", this.handleCanvasClick);
    this.rafId = requestAnimationFrame(this.tick);
    // Make the WebGL context while the title shows, not after the click: on software
    // WebGL that alone takes a few hundred milliseconds of the first frame's wait.
    setTimeout(() => {
      try {
        this.ensureView();
      } catch {
        // No WebGL: the start says so with its message.
      }
    }, 0);
  }

  // ---- automation API -------------------------------------------------------------

  pieces(): { id: string; title: string; available: boolean }[] {
    return pieceList();
  }

  async start(opts: StartOptions = {}): Promise<void> {
    const seedWrong = opts.seed === undefined ? null : seedProblem(opts.seed);
    if (seedWrong) throw new Error(`seed: ${seedWrong}`);
    const piece = opts.piece ?? this.launch.piece ?? "street";
    if (isDay(piece)) {
      this.launch = this.launchWith(opts, DAY_ID);
      await this.startDay();
      return;
    }
    if (!isPieceId(piece)) throw new Error(`"${piece}" is not a set piece`);
    if (!isPlayable(piece)) throw new Error(`the set piece "${piece}" is not built yet`);
    this.launch = this.launchWith(opts, piece);
    this.day = null;
    await this.load(piece);
  }

  private launchWith(opts: StartOptions, piece: LaunchOptions["piece"]): LaunchOptions {
    return {
      ...this.launch,
      piece,
      rig: opts.rig ?? this.launch.rig,
      autopilot: opts.autopilot ?? this.launch.autopilot,
      seed: opts.seed ?? this.launch.seed,
      speed: opts.speed ?? this.launch.speed,
    };
  }

  /** The whole day from its first piece: every playable piece in story order, as one run. */
  private async startDay(): Promise<void> {
    this.day = new DayRun(playablePieces().map((p) => p.id));
    this.dayDone = false;
    await this.load(this.day.current);
  }

  /**
   * Dev and test hook: loads a level by id ("street", "airlab", "office-kit"), even one no
   * set piece plays yet, at an optional time of day, under autopilot when asked. The piece
   * whose script plays on that level runs; on a level no piece plays, it is free play.
   */
  async loadLevel(id: string, opts: { timeOfDay?: TimeOfDay; autopilot?: boolean; seed?: number; spawn?: string } = {}): Promise<void> {
    const seed = opts.seed ?? this.launch.seed;
    const level = levelById(id, seed);
    if (!level) throw new Error(`"${id}" is not a level`);
    if (opts.timeOfDay) level.timeOfDay = opts.timeOfDay;
    if (opts.spawn !== undefined) {
      if (!level.anchors[opts.spawn]) throw new Error(`"${opts.spawn}" is not an anchor of the level "${id}" (try one of: ${Object.keys(level.anchors).join(", ")})`);
      level.spawn = opts.spawn;
    }
    const piece = pieceOnLevel(id);
    this.launch = { ...this.launch, piece, autopilot: opts.autopilot ?? false, seed };
    await this.load(piece, null, level);
  }

  /** Ends the run and frees its level (back to the title screen). */
  quit(): void {
    this.showTitle();
  }

  hold(ticks = 0): void {
    const session = this.session;
    if (!session || this.halted()) return;
    this.pause.hold();
    for (let i = 0; i < ticks && !this.halted(); i++) {
      session.step();
      if (session.sim.script?.finished) this.showEndCard(session);
    }
  }

  release(): void {
    if (this.pause.release()) this.play.reset();
  }

  state(): HeadcamState {
    return headcamState({
      mode: this.mode,
      session: this.session,
      paused: this.pause.paused,
      replayDone: this.replaying?.done ?? false,
      camera: this.view?.lastPose ?? null,
      audio: this.audio?.state ?? "off",
      day: this.day?.view() ?? null,
      dayDone: this.dayDone,
    });
  }

  stats(): HeadcamStats {
    return this.play.stats.report(this.view);
  }

  /** Renders a take to a WebM video offline (the footage code is its own chunk, loaded on first use). */
  async render(opts: RenderOptions = {}): Promise<Blob> {
    const { renderTake } = await import("./footage/renderTake");
    return renderTake(opts, this.footageHost());
  }

  private footageHost(): FootageHost {
    return { settings: this.settings, currentTake: () => this.take()?.take ?? null, pinnedRig: this.launch.rig };
  }

  // ---- screens ----------------------------------------------------------------------

  showTitle(): void {
    this.endCinema();
    this.endSession();
    this.interlude.end();
    this.day = null;
    this.mode = "title";
    this.idle.start();
    const best = this.settings.get().bestTimesS;
    this.screens.title(
      this.pieces().map((p) => ({ ...p, bestSeconds: isPieceId(p.id) ? best[p.id] : undefined })),
      (id) => {
        if (isPieceId(id)) this.playFromTitle(id);
      },
      (section) => this.showSettings(() => this.showTitle(), section),
      () => this.pickTake(),
      () => this.screens.custom("credits", creditsPanel(() => this.showTitle())),
      {
        cinema: () => {
          this.audio?.unlock();
          void this.startCinema(null, false);
        },
        lab: () => location.assign(`${location.pathname}?mode=lab`),
        day: () => this.playFromTitle(DAY_ID),
      },
    );
  }

  // ---- cinema -----------------------------------------------------------------------

  /**
   * Cinema mode: `piece`, or every playable piece in story order, under the autopilot with
   * the scripts' operators (or the URL's pinned preset). `attract`: the title's idle loop.
   */
  async startCinema(piece: PieceId | null, attract: boolean): Promise<void> {
    this.endCinema();
    this.idle.stop();
    const pieces = piece ? [piece] : playablePieces().map((p) => p.id);
    const cinema = new Cinema(
      {
        root: this.root,
        playPiece: async (id) => {
          this.launch = { ...this.launch, piece: id, autopilot: true };
          await this.load(id);
        },
        togglePause: () => {
          if (this.pause.paused) this.resume();
          else {
            this.pause.quiet();
            this.audio?.suspend();
          }
          return this.pause.paused;
        },
        openRender: () => this.openRender(),
        showTitle: () => this.showTitle(),
        operatorName: () => this.rigDriver?.rig.settings.name ?? null,
        fail: (e) => this.showError("Could not start", [String(e instanceof Error ? e.message : e)]),
      },
      pieces,
      attract,
    );
    this.cinema = cinema;
    await cinema.start();
  }

  private endCinema(): void {
    this.cinema?.dispose();
    this.cinema = null;
  }

  // ---- render video -----------------------------------------------------------------

  /**
   * "Render video": the current run's take (a replay's own take; in cinema, the piece's whole
   * autopilot run), with a choice of camera. `back` is where closing the panel leads.
   */
  private openRender(back?: () => void): void {
    const piece = this.session?.piece;
    if (!piece) return;
    const cinema = this.cinema !== null;
    if (cinema && !this.pause.paused) {
      this.pause.quiet();
      this.audio?.suspend();
    }
    const run = {
      piece,
      take: cinema ? null : (this.replaying?.take ?? this.take()?.take ?? null),
      seed: this.launch.seed,
      pinnedRig: this.launch.rig,
      render: (o: RenderOptions) => this.render(o),
      setRendering: (on: boolean) => {
        this.rendering = on;
      },
    };
    this.screens.custom("render", renderMenu(run, back ?? (() => (cinema ? this.resume() : this.pauseMenuAgain()))));
  }

  /** The settings screen, landing on `section` (e.g. "comfort") when given. */
  private showSettings(back: () => void, section?: string): void {
    const panel = settingsPanel(this.settings, back);
    this.screens.custom("settings", panel);
    if (section) showSettingsSection(panel, section);
  }

  /** The "click to start" screen of a piece (or the whole day); the click is the gesture that locks the mouse. */
  showClickToStart(piece: PieceId | typeof DAY_ID): void {
    this.mode = "title";
    this.screens.clickToStart(isDay(piece) ? DAY_TITLE : pieceTitle(piece), () => this.startWithClick(piece));
  }

  showError(title: string, lines: string[]): void {
    this.endCinema();
    this.idle.stop();
    this.endSession();
    this.mode = "title";
    this.screens.message(title, lines, { label: "Go to the title screen", run: () => this.goToTitle() });
  }

  /** Clears the URL's parameters (they caused the problem) and shows the title. */
  goToTitle(): void {
    history.replaceState(null, "", location.pathname);
    this.launch = { mode: "play", piece: null, rig: null, autopilot: false, seed: 1, speed: 1, quality: null, touch: this.launch.touch };
    this.showTitle();
  }

  /**
   * A piece (or the whole day) picked on the title is the player's own run, whatever the page was opened as
   * (an autopilot demo, cinema): normal speed, the player in control, and an address that
   * no longer asks for a demo (the preset, seed and quality it named still apply).
   */
  private playFromTitle(piece: PieceId | typeof DAY_ID): void {
    this.launch = { ...this.launch, mode: "play", piece, autopilot: false, speed: 1 };
    const q = new URLSearchParams(location.search);
    for (const key of ["autopilot", "speed", "mode"]) q.delete(key);
    q.set("piece", piece);
    history.replaceState(null, "", `${location.pathname}?${q}`);
    this.startWithClick(piece);
  }

  private startWithClick(piece: PieceId | typeof DAY_ID): void {
    this.endCinema();
    // Ask for the lock inside the click's gesture, before any await; the click unlocks audio too.
    // A touch screen has no mouse to lock.
    this.devices.lockMouse();
    this.audio?.unlock();
    this.launch = { ...this.launch, piece };
    if (!isDay(piece)) this.day = null;
    const run = isDay(piece) ? this.startDay() : this.load(piece);
    run.catch((e) => this.showError("Could not start", [String(e instanceof Error ? e.message : e)]));
  }

  // ---- lifecycle --------------------------------------------------------------------

  private ensureView(): View {
    if (this.view) return this.view;
    const st = this.settings.get();
    this.view = new View(this.canvas, { quality: qualityOf(st, this.launch.quality), shadows: shadowsOf(st) ?? undefined });
    this.view.setPostEffects(postEffectsOf(st));
    this.canvas.addEventListener("webglcontextlost", this.handleContextLost);
    this.canvas.addEventListener("webglcontextrestored", this.handleContextRestored);
    this.handleResize();
    return this.view;
  }

  /** Applies changed settings to the view: quality (unless the URL pinned one), shadows, the camera's effects. */
  private applyViewSettings(st: Readonly<Settings>): void {
    const view = this.view;
    if (!view) return;
    const quality = qualityOf(st, this.launch.quality);
    if (quality !== view.quality.current) view.setQuality(quality);
    view.setShadows(shadowsOf(st));
    view.setPostEffects(postEffectsOf(st));
  }

  /**
   * The GPU took the context away (driver reset, too many tabs): the run stops where it is
   * and says so. preventDefault() tells the browser we can take the context back.
   */
  private readonly handleContextLost = (e: Event): void => {
    e.preventDefault();
    this.contextLost = true;
    this.pause.freeze();
    this.input.clear();
    this.input.unlock();
    this.audio?.suspend();
    this.screens.message(
      "The graphics context was lost",
      [
        "The browser or the graphics driver took WebGL away from the page (this happens after a driver reset or with many tabs open).",
        "Your run is kept and carries on where it stopped when the browser gives WebGL back. If it does not, reload the page; your settings are kept.",
      ],
      { label: "Reload", run: () => location.reload() },
    );
  };

  /**
   * The context is back: the view uploads everything again (three rebuilds its GPU state and
   * re-uploads meshes and textures on the next draw; the view remakes what it drew itself),
   * and the same run goes on: a player's at the pause menu (the mouse needs a click), an
   * automatic one by itself.
   */
  private readonly handleContextRestored = (): void => {
    this.contextLost = false;
    this.view?.contextRestored();
    this.pause.clear();
    this.play.reset();
    if (!this.session) return;
    this.screens.hide();
    if (this.ended) return;
    if (this.playerRun) this.pauseFor("menu");
    else this.audio?.resume();
  };

  /** Replays a take file's text; a bad file is refused with the reason named, nothing else changes. */
  async replay(text: string): Promise<void> {
    const r = parseTake(text);
    if (!r.ok) throw new Error(r.error);
    this.launch = { ...this.launch, piece: r.take.piece, seed: r.take.seed, autopilot: false };
    await this.load(r.take.piece, new TakePlayer(r.take));
  }

  /** The take of the current run so far and the core's hash at its last tick. */
  take(): { take: Take; stateHash: string } | null {
    if (!this.session || !this.recording) return null;
    return { take: this.recording.recorder.toTake(), stateHash: this.session.sim.stateHash() };
  }

  /** Starts a run of `piece` (null: free play on `levelOverride`), from a take when `player` is given. */
  private async load(piece: PieceId | null, player: TakePlayer | null = null, levelOverride: Level | null = null): Promise<void> {
    this.endSession();
    this.screens.loading("Building the level…", 0.2);
    await nextFrame();
    let view: View;
    try {
      view = this.ensureView();
    } catch (e) {
      if (e instanceof WebGLUnavailableError) {
        this.showError("WebGL is not available", [
          "HEADCAM draws with WebGL, and this browser or device did not give it a WebGL context.",
          "Try another browser, turn on hardware acceleration, or update the graphics driver.",
        ]);
        return;
      }
      throw e;
    }
    const level = levelOverride ?? (piece ? levelForPiece(piece, this.launch.seed) : null);
    if (!level) throw new Error(`the set piece "${piece}" is not built yet`);
    // A replayed take keeps the difficulty it was recorded on, so it ends where it ended.
    const difficulty = player ? (player.take.difficulty ?? "normal") : this.settings.get().difficulty;
    const sim = createSim({ level, seed: this.launch.seed, difficulty, piece: piece ?? undefined });
    // The sim stages the fights (props, cover) on the level: draw the staged one.
    view.loadLevel(sim.level);
    this.screens.loading("Compiling shaders…", 0.7);
    await view.warmUp();
    const source = player ?? (this.launch.autopilot ? this.makeAutopilot(sim) : this.devices.source());
    const automatic = this.launch.autopilot || player !== null;
    const st = this.settings.get();
    const pinned = this.launch.rig !== null && isPresetId(this.launch.rig);
    // The piece's opening operator; its script hands the rig to others shot by shot.
    const opening = piece ? scriptOf(piece)?.operator : undefined;
    const preset = pinned ? (this.launch.rig as PresetId) : opening && isPresetId(opening) ? opening : "director";
    // In play the player's FOV is what they get: the preset's FOV look stays in the Lab.
    this.rigDriver = new RigDriver(loadPreset(preset), st.comfort, st.fovDeg, this.launch.seed, pinned, undefined, "player");
    const session = new GameSession({ piece, sim, source, autopilot: automatic, rig: this.rigDriver });
    // A take names its piece; free play on a level no piece plays records none.
    this.recording = piece ? new TakeRecording(piece, this.launch.seed, difficulty) : null;
    if (this.recording) session.observe(this.recording);
    this.replaying = player;
    if (player && piece) this.replayNote = replayBadge(this.root, pieceTitle(piece));
    for (const make of PRESENTERS) {
      const p = make({
        session,
        view,
        rig: this.rigDriver,
        screens: this.screens,
        root: this.root,
        settings: this.settings,
        audio: this.audio ?? undefined,
        rumble: (strength, seconds) => void this.devices.pad.rumble(strength, seconds),
      });
      session.observe(p);
      this.presenters.push(p);
    }
    this.input.setLook(sim.player.yawRad, sim.player.pitchRad);
    this.session = session;
    this.mode = this.cinema ? "cinema" : "play";
    this.idle.stop();
    this.play.speed = this.launch.speed;
    this.play.reset();
    this.ended = false;
    this.pause.clear();
    this.screens.hide();
    this.canvas.focus();
  }

  private endSession(): void {
    if (!this.session) return;
    for (const p of this.presenters) p.dispose();
    this.presenters.length = 0;
    this.session.dispose();
    this.session = null;
    this.rigDriver = null;
    this.recording = null;
    this.replaying = null;
    this.replayNote?.remove();
    this.replayNote = null;
    this.view?.unloadLevel();
    this.devices.clear();
  }

  private makeAutopilot(sim: CoreSim): CmdSource {
    const pilot = new PieceAutopilot(sim);
    return { next: (_s: Sim, cmd: InputCmd) => void pilot.next(cmd) };
  }

  /** A player's own run: it pauses on any loss of focus (autopilot and replays only on a hidden tab). */
  private get playerRun(): boolean {
    return this.mode === "play" && !(this.session?.autopilot ?? false);
  }

  /** Applies what the pause rules decide: quiet input and sound, and the menu where one is due. */
  private pauseFor(reason: PauseReason): void {
    if (!this.session || this.ended) return;
    const outcome = this.pause.request(reason, this.playerRun);
    if (outcome === "ignored") return;
    this.devices.clear();
    this.audio?.suspend();
    if (outcome === "silent") return;
    this.input.unlock();
    this.screens.pause({
      render: () => this.openRender(),
      resume: () => this.resume(),
      restart: () => {
        // In the whole day a restart goes back to the start of the piece on now, not the day.
        const piece = this.session?.piece;
        if (this.cinema) this.cinema.restart();
        else if (piece && this.day) this.resumeDay(true);
        else if (piece) this.startWithClick(piece);
      },
      settings: () => this.showSettings(() => this.pauseMenuAgain()),
      saveTake: () => this.saveTake(),
      quit: () => this.showTitle(),
    });
  }

  /** Downloads the current run as a take file. */
  private saveTake(): void {
    const t = this.take();
    if (!t) return;
    downloadTake(t.take);
    this.screens.toast(`Saved a take of ${ticksToSeconds(t.take.ticks).toFixed(1)} s.`);
  }

  /** Asks for a take file and replays it; a refused file keeps the title screen and says why. */
  private pickTake(): void {
    pickJsonFile(async (text) => {
      try {
        await this.replay(text);
      } catch (e) {
        this.showTitle();
        this.screens.toast(`That take cannot be replayed: ${e instanceof Error ? e.message : String(e)}`, 12);
      }
    });
  }

  private pauseMenuAgain(): void {
    this.pause.clear();
    this.pauseFor("menu");
  }

  private resume(): void {
    if (!this.session) return;
    if (this.playerRun) this.devices.lockMouse();
    this.pause.clear();
    this.audio?.resume();
    // No catch-up burst: the time spent paused is forgotten.
    this.play.reset();
    this.screens.hide();
    this.canvas.focus();
  }

  private askForClick(): void {
    if (this.session && !this.pause.paused) this.screens.toast("Click the game to capture the mouse again.");
  }

  // ---- the frame ----------------------------------------------------------------------

  private readonly tick = (nowMs: number): void => {
    this.rafId = requestAnimationFrame(this.tick);
    const frameS = this.play.elapsed(nowMs);
    const session = this.session;
    const view = this.view;
    if (!session || !view || this.contextLost) return;
    const paused = this.pause.paused;
    // The pad and touch turn the same look angles as the mouse, once per frame, before the steps.
    this.devices.frame(session, frameS, paused, this.playerRun && !paused && !this.ended && this.screens.current === null);
    if (!paused && this.play.advance(session, frameS, this.halted)) {
      if (this.cinema) {
        this.ended = true;
        this.cinema.next();
      } else this.showEndCard(session);
    } else if (this.replaying?.done && !this.ended) this.showReplayEnd(this.replaying.take);
    this.cinema?.frame();
    if (this.rendering) return;
    this.play.draw(view, session, this.presenters, paused, this.input, this.lensOn, frameS);
  };

  /** The core stops stepping at the end card, while the context is lost, or when a replayed take runs out. */
  private readonly halted = (): boolean => this.ended || this.contextLost || (this.replaying?.done ?? false);

  /**
   * The end of a set piece: the credits first where the story ends, then its end card, or,
   * during the whole day, the card to the next piece (the day's own end card after the last).
   */
  private showEndCard(session: GameSession): void {
    const piece = session.piece;
    if (this.ended || !piece) return;
    this.ended = true;
    this.input.unlock();
    this.day?.record(session);
    const after = () => (this.day ? this.afterDayPiece() : this.showPieceEnd(session, piece));
    if (!scriptOf(piece)?.rollsCredits) {
      after();
      return;
    }
    const seconds = this.launch.autopilot ? CREDITS_AUTOPILOT_S : CREDITS_S;
    this.interlude.show(this.screens, "credits-roll", creditsRoll(seconds, this.interlude.go), seconds, after, false);
  }

  /** The whole day after one of its pieces: on to the next, or its own end card after the last. */
  private afterDayPiece(): void {
    const day = this.day;
    if (!day) return;
    if (!day.last) {
      this.resumeDay(false);
      return;
    }
    this.dayDone = true;
    const again = () => (this.launch.autopilot ? void this.startDay() : this.startWithClick(DAY_ID));
    this.screens.custom("end", dayEndCard(day.finish(this.settings, this.launch.autopilot), { retry: again, title: () => this.showTitle() }));
  }

  /** The day goes on to its next piece (`again`: back to the start of the one on now) after a short card. */
  private resumeDay(again: boolean): void {
    const day = this.day;
    if (!day) return;
    if (!again) day.advance();
    const t = day.transition();
    const seconds = this.launch.autopilot ? TRANSITION_AUTOPILOT_S : TRANSITION_S;
    this.interlude.show(this.screens, "transition", dayTransition(t.when, t.title, t.index, t.count), seconds, () => {
      // A click or a key that skipped the card is the gesture the mouse lock needs.
      if (!this.launch.autopilot) void this.input.lock();
      this.load(day.current).catch((e) => this.showError("Could not start", [String(e instanceof Error ? e.message : e)]));
    });
  }

  /** A single piece's end card: figures, the best time kept, next / retry / title. */
  private showPieceEnd(session: GameSession, piece: PieceId): void {
    const next = nextPiece(piece);
    const again = (piece: PieceId) => (this.launch.autopilot ? void this.load(piece) : this.startWithClick(piece));
    this.screens.custom(
      "end",
      endCard(finishPiece(piece, session, this.settings), {
        next: next ? () => again(next) : null,
        retry: () => again(piece),
        title: () => this.showTitle(),
      }),
    );
  }

  /** A replayed take ran out before its piece's end: say so, and offer it again, as a video, or the title. */
  private showReplayEnd(take: Take): void {
    this.ended = true;
    this.input.unlock();
    const card = () =>
      this.screens.custom(
        "replay-end",
        replayEndCard(
          { pieceTitle: pieceTitle(take.piece), seconds: ticksToSeconds(take.ticks) },
          {
            again: () => void this.load(take.piece, new TakePlayer(take)).catch((e) => this.showError("Could not replay", [String(e instanceof Error ? e.message : e)])),
            render: () => this.openRender(card),
            title: () => this.showTitle(),
          },
        ),
      );
    card();
  }

  private readonly handleResize = (): void => {
    this.view?.resize(this.root.clientWidth || window.innerWidth, this.root.clientHeight || window.innerHeight);
  };

  private readonly handleBlur = (): void => this.pauseFor("blur");

  private readonly handleVisibility = (): void => {
    if (document.hidden) this.pauseFor("hidden");
    else if (this.pause.endsWhenVisible(this.playerRun)) this.resume();
  };

  private readonly handleCanvasClick = (): void => {
    this.audio?.unlock();
    if (this.session && !this.pause.paused && this.playerRun && !this.input.locked) this.devices.lockMouse();
  };

  dispose(): void {
    cancelAnimationFrame(this.rafId);
    this.interlude.end();
    this.endCinema();
    this.idle.stop();
    this.endSession();
    this.devices.dispose();
    this.canvas.removeEventListener("webglcontextlost", this.handleContextLost);
    this.canvas.removeEventListener("webglcontextrestored", this.handleContextRestored);
    window.removeEventListener("resize", this.handleResize);
    window.removeEventListener("blur", this.handleBlur);
    document.removeEventListener("visibilitychange", this.handleVisibility);
    this.view?.dispose();
    this.view = null;
  }
}

/** How long the credits roll, and the card between two pieces of the day stays, seconds (shorter under autopilot). */
const CREDITS_S = 24;
const CREDITS_AUTOPILOT_S = 5;
const TRANSITION_S = 2.5;
const TRANSITION_AUTOPILOT_S = 1;

/** The title screen waits this long without input before cinema starts as an attract loop, ms. */
const ATTRACT_IDLE_MS = 60_000;

function prefersReducedMotion(): boolean {
  return typeof matchMedia === "function" && matchMedia("(prefers-reduced-motion: reduce)").matches;
}

function nextFrame(): Promise<void> {
  return new Promise((r) => requestAnimationFrame(() => r()));
}
