import { Howl, Howler } from "howler";
import type { AudioBus, AudioEngine, AudioState, PlayRequest } from "./AudioEngine";
import { soundUrls } from "./assetUrls";
import { createLimiter } from "./limiter";

interface Playing {
  howl: Howl;
  sid: number;
  bus: AudioBus;
  volume: number;
  loop: boolean;
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
    return h;
  }

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
    // While the context is blocked, one-shots are skipped (howler would queue them and
    // play them all at once on unlock); loops start and wait for the unlock.
    if (!req.loop && this.state !== "running") return 0;
    const sid = howl.play();
    howl.loop(req.loop, sid);
    howl.rate(req.rate, sid);
    howl.volume(req.volume * this.bus[req.bus], sid);
    if (req.position) {
      howl.pannerAttr(
        { panningModel: "equalpower", distanceModel: "inverse", refDistance: req.refDistanceM, rolloffFactor: 1, maxDistance: 10_000, coneInnerAngle: 360, coneOuterAngle: 360, coneOuterGain: 0 },
        sid,
      );
      howl.pos(req.position[0], req.position[1], req.position[2], sid);
    }
    const handle = this.nextHandle++;
    this.playing.set(handle, { howl, sid, bus: req.bus, volume: req.volume, loop: req.loop });
    this.bySid.set(sid, handle);
    this.playCount++;
    return handle;
  }

  private forget(handle: number, sid: number): void {
    this.playing.delete(handle);
    this.bySid.delete(sid);
  }

  stop(handle: number): void {
    const p = this.playing.get(handle);
    if (!p) return;
    p.howl.stop(p.sid);
    this.forget(handle, p.sid);
  }

  setVolume(handle: number, volume: number, fadeS: number): void {
    const p = this.playing.get(handle);
    if (!p) return;
    const to = volume * this.bus[p.bus];
    if (fadeS > 0) p.howl.fade(p.volume * this.bus[p.bus], to, fadeS * 1000, p.sid);
    else p.howl.volume(to, p.sid);
    p.volume = volume;
  }

  setRate(handle: number, rate: number): void {
    const p = this.playing.get(handle);
    if (p) p.howl.rate(rate, p.sid);
  }

  setBusGain(bus: AudioBus, gain: number): void {
    this.bus[bus] = gain;
    for (const p of this.playing.values()) if (p.bus === bus) p.howl.volume(p.volume * gain, p.sid);
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
    for (const p of this.playing.values()) p.howl.stop(p.sid);
    this.playing.clear();
    this.bySid.clear();
  }

  dispose(): void {
    if (this.preloadFrame !== 0) cancelAnimationFrame(this.preloadFrame);
    this.preloadFrame = 0;
    this.pending.clear();
    this.stopAll();
    for (const h of this.howls.values()) h.unload();
    this.howls.clear();
  }
}
