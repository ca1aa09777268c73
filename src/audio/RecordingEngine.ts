import { type AudioBus, type AudioEngine, type AudioState, distanceGain, type PlayRequest } from "./AudioEngine";
import type { SoundBank } from "./SoundBank";

/** One sound started, as the recording engine saw it. */
export interface PlayRecord {
  handle: number;
  id: string;
  /** Game time it started, seconds (the engine's `timeS`). */
  atS: number;
  bus: AudioBus;
  volume: number;
  /** Playback rate now (changed by `setRate`) and when it started. */
  rate: number;
  readonly startRate: number;
  loop: boolean;
  position: [number, number, number] | null;
  /** Distance from the listener when it started, metres (0 in the head). */
  distanceM: number;
  /** Gain from distance attenuation (1 in the head). */
  distanceGain: number;
  /** Left (-1) to right (+1) of the listener when it started (0 in the head or straight ahead/behind). */
  pan: number;
  /** When it ended or was stopped, seconds; Infinity while a loop runs. */
  endS: number;
  stopped: boolean;
}

/** A change the mix made while sounds played, in game seconds: what an offline render automates. */
export type MixChange =
  | { atS: number; kind: "volume"; handle: number; value: number; fadeS: number }
  | { atS: number; kind: "rate"; handle: number; value: number }
  | { atS: number; kind: "bus"; bus: AudioBus; value: number }
  | { atS: number; kind: "master"; value: number };

/**
 * The test and command-line engine: plays nothing, records everything. Time is set by the
 * caller (`timeS`), lengths come from the manifest, so "what was playing when" is exact
 * and the same on every machine.
 */
export class RecordingEngine implements AudioEngine {
  state: AudioState = "running";
  timeS = 0;
  readonly log: PlayRecord[] = [];
  /** Every volume, rate, bus and master change in order, with its time (the mix's automation). */
  readonly changes: MixChange[] = [];
  /** Ids asked for that the bank does not have. */
  readonly missing: string[] = [];
  readonly busGain: Record<AudioBus, number> = { effects: 1, voices: 1, music: 1 };
  master = 1;
  muted = false;
  readonly listener = { x: 0, y: 0, z: 0, yawRad: 0, pitchRad: 0 };
  /** Current gain of each started sound by handle (volume changes land here). */
  readonly volumeOf = new Map<number, number>();
  private readonly byHandle = new Map<number, PlayRecord>();
  private nextHandle = 1;

  constructor(private readonly bank: SoundBank) {}

  preload(_ids: readonly string[]): void {}

  play(id: string, req: PlayRequest): number {
    if (!this.bank.has(id)) {
      this.missing.push(id);
      return 0;
    }
    if (this.state !== "running") return 0;
    const l = this.listener;
    const pos = req.position ? ([req.position[0], req.position[1], req.position[2]] as [number, number, number]) : null;
    const d = pos ? Math.hypot(pos[0] - l.x, pos[1] - l.y, pos[2] - l.z) : 0;
    const rec: PlayRecord = {
      handle: this.nextHandle++,
      id,
      atS: this.timeS,
      bus: req.bus,
      volume: req.volume,
      rate: req.rate,
      startRate: req.rate,
      loop: req.loop,
      position: pos,
      distanceM: d,
      distanceGain: pos ? distanceGain(d, req.refDistanceM) : 1,
      pan: pos && d > 1e-6 ? ((pos[0] - l.x) * Math.cos(l.yawRad) - (pos[2] - l.z) * Math.sin(l.yawRad)) / d : 0,
      endS: req.loop ? Number.POSITIVE_INFINITY : this.timeS + this.bank.durationS(id) / req.rate,
      stopped: false,
    };
    this.log.push(rec);
    this.byHandle.set(rec.handle, rec);
    this.volumeOf.set(rec.handle, req.volume);
    return rec.handle;
  }

  stop(handle: number): void {
    const r = this.byHandle.get(handle);
    if (!r || r.endS <= this.timeS) return;
    r.endS = this.timeS;
    r.stopped = true;
  }

  setVolume(handle: number, volume: number, fadeS: number): void {
    if (!this.byHandle.has(handle)) return;
    this.volumeOf.set(handle, volume);
    this.changes.push({ atS: this.timeS, kind: "volume", handle, value: volume, fadeS });
  }

  setRate(handle: number, rate: number): void {
    const r = this.byHandle.get(handle);
    if (!r) return;
    r.rate = rate;
    this.changes.push({ atS: this.timeS, kind: "rate", handle, value: rate });
  }

  setBusGain(bus: AudioBus, gain: number): void {
    this.busGain[bus] = gain;
    this.changes.push({ atS: this.timeS, kind: "bus", bus, value: gain });
  }

  setMaster(gain: number, muted: boolean): void {
    this.master = gain;
    this.muted = muted;
    this.changes.push({ atS: this.timeS, kind: "master", value: muted ? 0 : gain });
  }

  setListener(x: number, y: number, z: number, yawRad: number, pitchRad: number): void {
    const l = this.listener;
    l.x = x;
    l.y = y;
    l.z = z;
    l.yawRad = yawRad;
    l.pitchRad = pitchRad;
  }

  unlock(): void {
    this.state = "running";
  }

  suspend(): void {
    if (this.state === "running") this.state = "suspended";
  }

  resume(): void {
    if (this.state === "suspended") this.state = "running";
  }

  stopAll(): void {
    for (const r of this.log) if (r.endS > this.timeS) this.stop(r.handle);
  }

  dispose(): void {
    this.stopAll();
    this.state = "off";
  }

  /** Sounds audible at time `t` (started, not ended). */
  playingAt(t: number): PlayRecord[] {
    return this.log.filter((r) => r.atS <= t && r.endS > t);
  }
}
