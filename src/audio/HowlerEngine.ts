import { Howl, Howler } from "howler";
import type { AudioBus, AudioEngine, AudioState, PlayRequest } from "./AudioEngine";
import { soundUrls } from "./assetUrls";
import { createLimiter } from "./limiter";

interface Playing {
  howl: Howl;
  /** howler's sound id; 0 for a loop waiting for the context to run (see `play`). */
  sid: number;
  bus: AudioBus;
  volume: number;
  rate: number;
  loop: boolean;
  position: [number, number, number] | null;
  refDistanceM: number;
}

/**
 * The browser's engine: one Howl per sound (Opus in OGG, MP3 as the fallback), spatial
 * sounds through howler's panner (inverse distance) with the listener on the camera.
 * The only file that imports howler; only the browser entry creates it.
 */
export class HowlerEngine implements AudioEngine {
  private readonly howls = new Map<string, Howl>();
  private readonly playing = new Map<number, Playing>();
  private readonly bySid = new Map<number, number>();
  private readonly bus: Record<AudioBus, number> = { effects: 1, voices: 1, music: 1 };
  private nextHandle = 1;
  private limited = false;
  /** The context whose state changes start the waiting loops (howler makes one, lazily). */
  private watched: AudioContext | null = null;
  /** Sounds to load once the first frame is out, and the frame request that will load them. */
  private readonly pending = new Set<string>();
  private preloadFrame = 0;
  /** Sounds started, for tests and the console (`headcam` does not expose the engine). */
  playCount = 0;

  constructor() {
    Howler.autoSuspend = false;
    Howler.autoUnlock = true;
  }

  get state(): AudioState {
    const ctx = Howler.ctx as AudioContext | undefined;
    if (!ctx) return "off";
    if (ctx.state === "running") return "running";
    return ctx.state === "closed" ? "off" : "suspended";
  }

  /**
   * Loads sounds ahead of use, after the next frame has been drawn: fetching and decoding
   * dozens of files competes with the first frame for the CPU (a sound asked for sooner
   * loads on its own when played).
   */
  preload(ids: readonly string[]): void {
    for (const id of ids) this.pending.add(id);
    if (this.preloadFrame !== 0 || typeof requestAnimationFrame !== "function") return;
    // Two frames: the first callback runs in the frame the game draws first, after it.
    this.preloadFrame = requestAnimationFrame(() => {
      this.preloadFrame = requestAnimationFrame(() => {
        this.preloadFrame = 0;
        for (const id of this.pending) this.howl(id);
        this.pending.clear();
      });
    });
  }

  private howl(id: string): Howl | null {
    let h = this.howls.get(id);
    if (h) return h;
    const { ogg, mp3 } = soundUrls(id);
    if (!ogg && !mp3) return null;
    h = new Howl({ src: [ogg, mp3].filter((u): u is string => Boolean(u)), format: ["ogg", "mp3"], preload: true, html5: false });
    h.on("end", (sid: number) => {
      const handle = this.bySid.get(sid);
      const p = handle === undefined ? undefined : this.playing.get(handle);
      if (handle !== undefined && p && !p.loop) this.forget(handle, p.sid);
    });
    this.howls.set(id, h);
    this.limit();
    this.watch();
    return h;
  }

  /** Starts the loops that waited for the context once it runs (the click, or a resume). */
  private watch(): void {
    const ctx = Howler.ctx as AudioContext | undefined;
    if (!ctx || this.watched === ctx) return;
    this.watched = ctx;
    ctx.addEventListener("statechange", this.startWaiting);
  }

  private readonly startWaiting = (): void => {
    if (this.state !== "running") return;
    for (const [handle, p] of this.playing) if (p.sid === 0) this.start(handle, p);
  };

  /** A safety limiter between howler's master gain and the speakers, so a pile-up never clips. */
  private limit(): void {
    const ctx = Howler.ctx as AudioContext | undefined;
    if (this.limited || !ctx || !Howler.masterGain) return;
    const c = createLimiter(ctx);
    Howler.masterGain.disconnect();
    Howler.masterGain.connect(c);
    c.connect(ctx.destination);
    this.limited = true;
  }

  play(id: string, req: PlayRequest): number {
    const howl = this.howl(id);
    if (!howl) return 0;
    const running = this.state === "running";
    // While the context is blocked, one-shots are skipped (howler would queue them and
    // play them all at once on unlock) and loops wait here: howler's play() asks a
    // blocked context to resume, which Chromium answers with a console warning each time.
    if (!req.loop && !running) return 0;
    const p: Playing = {
      howl,
      sid: 0,
      bus: req.bus,
      volume: req.volume,
      rate: req.rate,
      loop: req.loop,
      position: req.position ? [req.position[0], req.position[1], req.position[2]] : null,
      refDistanceM: req.refDistanceM,
    };
    const handle = this.nextHandle++;
    this.playing.set(handle, p);
    if (running) this.start(handle, p);
    this.playCount++;
    return handle;
  }

  /** Plays a registered sound in howler with its current loop, rate, gain and place. */
  private start(handle: number, p: Playing): void {
    const howl = p.howl;
    const sid = howl.play();
    howl.loop(p.loop, sid);
    howl.rate(p.rate, sid);
    howl.volume(p.volume * this.bus[p.bus], sid);
    if (p.position) {
      howl.pannerAttr(
        { panningModel: "equalpower", distanceModel: "inverse", refDistance: p.refDistanceM, rolloffFactor: 1, maxDistance: 10_000, coneInnerAngle: 360, coneOuterAngle: 360, coneOuterGain: 0 },
        sid,
      );
      howl.pos(p.position[0], p.position[1], p.position[2], sid);
    }
    p.sid = sid;
    this.bySid.set(sid, handle);
  }

  private forget(handle: number, sid: number): void {
    this.playing.delete(handle);
    this.bySid.delete(sid);
  }

  stop(handle: number): void {
    const p = this.playing.get(handle);
    if (!p) return;
    if (p.sid !== 0) p.howl.stop(p.sid);
    this.forget(handle, p.sid);
  }

  setVolume(handle: number, volume: number, fadeS: number): void {
    const p = this.playing.get(handle);
    if (!p) return;
    const to = volume * this.bus[p.bus];
    // A loop not started yet starts at the new gain.
    if (p.sid !== 0 && fadeS > 0) p.howl.fade(p.volume * this.bus[p.bus], to, fadeS * 1000, p.sid);
    else if (p.sid !== 0) p.howl.volume(to, p.sid);
    p.volume = volume;
  }

  setRate(handle: number, rate: number): void {
    const p = this.playing.get(handle);
    if (!p) return;
    p.rate = rate;
    if (p.sid !== 0) p.howl.rate(rate, p.sid);
  }

  setBusGain(bus: AudioBus, gain: number): void {
    this.bus[bus] = gain;
    for (const p of this.playing.values()) if (p.bus === bus && p.sid !== 0) p.howl.volume(p.volume * gain, p.sid);
  }

  setMaster(gain: number, muted: boolean): void {
    Howler.volume(gain);
    Howler.mute(muted);
  }

  setListener(x: number, y: number, z: number, yawRad: number, pitchRad: number): void {
    if (!Howler.ctx) return;
    const cp = Math.cos(pitchRad);
    Howler.pos(x, y, z);
    Howler.orientation(-Math.sin(yawRad) * cp, Math.sin(pitchRad), -Math.cos(yawRad) * cp, 0, 1, 0);
  }

  unlock(): void {
    // Inside the click: creates the context if needed and resumes it.
    Howler.volume(Howler.volume());
    this.resume();
  }

  suspend(): void {
    const ctx = Howler.ctx as AudioContext | undefined;
    if (ctx && ctx.state === "running") ctx.suspend().catch(() => {});
  }

  resume(): void {
    const ctx = Howler.ctx as AudioContext | undefined;
    if (ctx && ctx.state !== "running" && ctx.state !== "closed") ctx.resume().catch(() => {});
  }

  stopAll(): void {
    for (const p of this.playing.values()) if (p.sid !== 0) p.howl.stop(p.sid);
    this.playing.clear();
    this.bySid.clear();
  }

  dispose(): void {
    if (this.preloadFrame !== 0) cancelAnimationFrame(this.preloadFrame);
    this.preloadFrame = 0;
    this.pending.clear();
    this.stopAll();
    this.watched?.removeEventListener("statechange", this.startWaiting);
    this.watched = null;
    for (const h of this.howls.values()) h.unload();
    this.howls.clear();
  }
}
