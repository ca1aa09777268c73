import type { AudioBus } from "./AudioEngine";
import { soundUrls } from "./assetUrls";
import { createLimiter } from "./limiter";
import type { MixChange, PlayRecord, RecordingEngine } from "./RecordingEngine";

/** Which part of a recorded mix to render, and how. */
export interface SoundtrackRange {
  /** Game time where the soundtrack starts, seconds. */
  fromS: number;
  /** Length in sample frames (the video's frames × sampleRate / fps, so both end together). */
  lengthFrames: number;
  /** Samples per second (48 000 for Opus). */
  sampleRate: number;
  /**
   * Added to every recorded time, seconds: a sound starts while the core steps into the
   * tick whose picture shows it, one tick after the mix's clock said.
   */
  shiftS: number;
}

const BUSES: readonly AudioBus[] = ["effects", "voices", "music"];

/** Decoded sounds by sample rate and id, kept for the next render (an A/B pair, a second take). */
const decoded = new Map<string, Promise<AudioBuffer>>();

/** Fetches and decodes one of the committed sounds (Opus in OGG, the MP3 if that fails). */
function decodeSound(ctx: BaseAudioContext, id: string): Promise<AudioBuffer> {
  const key = `${ctx.sampleRate}:${id}`;
  let p = decoded.get(key);
  if (!p) {
    const { ogg, mp3 } = soundUrls(id);
    const load = async (url: string | undefined): Promise<AudioBuffer> => {
      if (!url) throw new Error(`the sound ${id} has no file`);
      const res = await fetch(url);
      if (!res.ok) throw new Error(`the sound ${id} could not be fetched (${res.status})`);
      return ctx.decodeAudioData(await res.arrayBuffer());
    };
    p = load(ogg).catch(() => load(mp3));
    p.catch(() => decoded.delete(key));
    decoded.set(key, p);
  }
  return p;
}

/**
 * Renders the part of a recorded mix that `range` names into an AudioBuffer, offline: every
 * sound the game's mix started (same files, volumes, rates, distance gains and pans),
 * its bus and master levels automated as the mix changed them (ducking under dialogue,
 * music layers following the intensity), through the game's limiter. Deterministic: the
 * same recording gives the same buffer.
 */
export async function renderSoundtrack(engine: RecordingEngine, range: SoundtrackRange, signal?: AbortSignal): Promise<AudioBuffer> {
  const ctx = new OfflineAudioContext({ numberOfChannels: 2, length: Math.max(1, range.lengthFrames), sampleRate: range.sampleRate });
  const endS = range.fromS + range.lengthFrames / range.sampleRate;
  const at = (s: number) => s + range.shiftS - range.fromS;
  const heard = engine.log.filter((r) => r.atS + range.shiftS < endS && r.endS + range.shiftS > range.fromS);
  const buffers = new Map<string, AudioBuffer>();
  await Promise.all([...new Set(heard.map((r) => r.id))].map(async (id) => buffers.set(id, await decodeSound(ctx, id))));
  signal?.throwIfAborted();

  const master = ctx.createGain();
  const limiter = createLimiter(ctx);
  master.connect(limiter).connect(ctx.destination);
  automate(master.gain, 1, engine.changes.filter((c) => c.kind === "master"), at);
  const buses = new Map<AudioBus, GainNode>();
  for (const bus of BUSES) {
    const g = ctx.createGain();
    automate(g.gain, 1, engine.changes.filter((c) => c.kind === "bus" && c.bus === bus), at);
    g.connect(master);
    buses.set(bus, g);
  }
  const changesOf = byHandle(engine.changes);
  for (const r of heard) {
    const buffer = buffers.get(r.id);
    if (buffer) schedule(ctx, r, buffer, buses.get(r.bus) as GainNode, changesOf.get(r.handle) ?? [], at);
  }
  return ctx.startRendering();
}

function byHandle(changes: readonly MixChange[]): Map<number, MixChange[]> {
  const out = new Map<number, MixChange[]>();
  for (const c of changes) {
    if (c.kind !== "volume" && c.kind !== "rate") continue;
    const list = out.get(c.handle);
    if (list) list.push(c);
    else out.set(c.handle, [c]);
  }
  return out;
}

/** One recorded sound: source (rate) → gain (volume × distance) → pan → its bus. */
function schedule(ctx: OfflineAudioContext, r: PlayRecord, buffer: AudioBuffer, bus: GainNode, changes: readonly MixChange[], at: (s: number) => number): void {
  const src = ctx.createBufferSource();
  src.buffer = buffer;
  src.loop = r.loop;
  const gain = ctx.createGain();
  automate(gain.gain, r.volume * r.distanceGain, changes.filter((c) => c.kind === "volume"), at, r.distanceGain);
  automate(src.playbackRate, r.startRate, changes.filter((c) => c.kind === "rate"), at);
  let out: AudioNode = src.connect(gain);
  if (r.position) {
    const pan = ctx.createStereoPanner();
    pan.pan.value = Math.max(-1, Math.min(1, r.pan));
    out = out.connect(pan);
  }
  out.connect(bus);
  const when = at(r.atS);
  // A sound already playing where the range starts begins part-way in (a loop, wrapped).
  let offset = when < 0 ? -when * r.startRate : 0;
  if (r.loop) offset %= buffer.duration;
  if (offset >= buffer.duration) return;
  src.start(Math.max(0, when), offset);
  if (Number.isFinite(r.endS)) src.stop(Math.max(0, at(r.endS)));
}

/**
 * Sets an AudioParam over time from recorded changes: the value in force at the range's
 * start, then each later change (a fade as a linear ramp). Values are multiplied by `scale`.
 */
function automate(param: AudioParam, initial: number, changes: readonly MixChange[], at: (s: number) => number, scale = 1): void {
  let v = initial;
  let i = 0;
  for (; i < changes.length && at(changes[i].atS) <= 0; i++) v = (changes[i] as { value: number }).value * scale;
  param.setValueAtTime(v, 0);
  for (; i < changes.length; i++) {
    const c = changes[i];
    const t = at(c.atS);
    const value = (c as { value: number }).value * scale;
    if (c.kind === "volume" && c.fadeS > 0) {
      param.setValueAtTime(v, t);
      param.linearRampToValueAtTime(value, t + c.fadeS);
    } else param.setValueAtTime(value, t);
    v = value;
  }
}
