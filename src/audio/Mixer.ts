import type { AudioBus, AudioEngine, PlayRequest } from "./AudioEngine";
import { MUSIC_LAYERS, musicLayerId } from "./sounds";
import type { SoundBank } from "./SoundBank";

/** The player's volume settings, each 0..1. */
export interface AudioVolumes {
  master: number;
  effects: number;
  voices: number;
  music: number;
  mute: boolean;
}

/** World sounds playing at once at most (Henry's own body and gun are not counted). */
export const VOICE_CAP = 14;
/** Instances of one sound among them (a burst of rifle fire keeps its newest two). */
export const SAME_SOUND_CAP = 2;
/** Effects and music sink to this share while someone speaks. */
export const DUCK_GAIN = 0.4;
const DUCK_DOWN_PER_S = 4;
const DUCK_UP_PER_S = 1.2;
/** A mercenary's bark plays at this gain on the voices bus, placed where he stands. */
export const BARK_VOLUME = 0.9;
/** ...and sinks to this share of it while a story line (Jimmy, Estelle) is spoken. */
export const BARK_UNDER_LINE = 0.35;
/** Distance at which a bark starts to fade, metres: a shout carries further than speech. */
const BARK_REF_M = 10;
/** Music layers ease toward their targets at this rate, per second. */
const LAYER_RATE_PER_S = 0.6;
const MUSIC_VOLUME = 0.4;

const smooth = (x: number, a: number, b: number) => {
  const t = Math.min(1, Math.max(0, (x - a) / (b - a)));
  return t * t * (3 - 2 * t);
};

/** Gains of the music layers (pad, pulse, drive) at a director intensity 0..1. */
export function layerGains(intensity: number, out: number[]): number[] {
  out[0] = 0.9 - 0.3 * smooth(intensity, 0.5, 1);
  out[1] = smooth(intensity, 0.12, 0.45);
  out[2] = smooth(intensity, 0.5, 0.85);
  return out;
}

/**
 * The mix: a cap on world sounds at once (the oldest, least important one gives way),
 * ducking of effects and music under dialogue, one voice line at a time, and the music
 * layers of the piece following the intensity. Keeps time in seconds of game time.
 */
export class Mixer {
  timeS = 0;
  /** World sounds refused or cut short by the cap. */
  dropped = 0;
  private readonly slotHandle = new Int32Array(VOICE_CAP);
  private readonly slotEnd = new Float64Array(VOICE_CAP);
  private readonly slotPriority = new Int8Array(VOICE_CAP);
  private readonly slotId: string[] = new Array<string>(VOICE_CAP).fill("");
  private voiceHandle = 0;
  private voiceEndS = 0;
  private barkHandle = 0;
  private barkEndS = 0;
  private barkUnder = false;
  /** Barks started, and barks refused because one was still being said. */
  barksPlayed = 0;
  barksRefused = 0;
  private duck = 1;
  private appliedDuck = -1;
  private volumes: AudioVolumes = { master: 1, effects: 1, voices: 1, music: 1, mute: false };
  private readonly layerHandles = [0, 0, 0];
  private answerNow = 1;
  private readonly layerNow = [0, 0, 0];
  private readonly layerTarget = [0, 0, 0];
  private readonly req: PlayRequest = { bus: "effects", volume: 1, rate: 1, loop: false, position: null, refDistanceM: 2 };

  constructor(
    readonly engine: AudioEngine,
    readonly bank: SoundBank,
  ) {}

  setVolumes(v: AudioVolumes): void {
    this.volumes = { ...v };
    this.engine.setMaster(v.master, v.mute);
    this.applyBuses();
  }

  /** World sounds currently holding a slot of the cap. */
  activeWorldSounds(): number {
    let n = 0;
    for (let i = 0; i < VOICE_CAP; i++) if (this.slotHandle[i] !== 0 && this.slotEnd[i] > this.timeS) n++;
    return n;
  }

  /**
   * Plays an effect. `priority` < 0 bypasses the cap (Henry's own sounds: footsteps, his
   * gun, his landings); otherwise it takes a slot, stealing the oldest of the lowest
   * priority not above its own, or is dropped.
   */
  effect(id: string, volume: number, rate: number, position: readonly [number, number, number] | null, refDistanceM: number, priority: number): number {
    const r = this.req;
    r.bus = "effects";
    r.volume = volume;
    r.rate = rate;
    r.loop = false;
    r.position = position;
    r.refDistanceM = refDistanceM;
    if (priority < 0) return this.engine.play(id, r);
    let slot = -1;
    let same = 0;
    let oldestSame = -1;
    for (let i = 0; i < VOICE_CAP; i++) {
      if (this.slotHandle[i] === 0 || this.slotEnd[i] <= this.timeS || this.slotId[i] !== id) continue;
      same++;
      if (oldestSame < 0 || this.slotEnd[i] < this.slotEnd[oldestSame]) oldestSame = i;
    }
    if (same >= SAME_SOUND_CAP) {
      this.engine.stop(this.slotHandle[oldestSame]);
      this.dropped++;
      slot = oldestSame;
    }
    for (let i = 0; i < VOICE_CAP && slot < 0; i++) if (this.slotHandle[i] === 0 || this.slotEnd[i] <= this.timeS) slot = i;
    if (slot < 0) {
      for (let i = 0; i < VOICE_CAP; i++) {
        if (this.slotPriority[i] > priority) continue;
        if (slot < 0 || this.slotPriority[i] < this.slotPriority[slot] || (this.slotPriority[i] === this.slotPriority[slot] && this.slotEnd[i] < this.slotEnd[slot])) slot = i;
      }
      if (slot < 0) {
        this.dropped++;
        return 0;
      }
      this.engine.stop(this.slotHandle[slot]);
      this.dropped++;
    }
    const h = this.engine.play(id, r);
    this.slotHandle[slot] = h;
    this.slotEnd[slot] = h ? this.timeS + this.bank.durationS(id) / rate : 0;
    this.slotPriority[slot] = priority;
    this.slotId[slot] = id;
    return h;
  }

  /** A looping sound in the head (breath, heartbeat) on the effects bus, outside the cap. */
  loop(id: string, volume: number): number {
    const r = this.req;
    r.bus = "effects";
    r.volume = volume;
    r.rate = 1;
    r.loop = true;
    r.position = null;
    return this.engine.play(id, r);
  }

  /** Speaks a dialogue line (stopping the one before); effects and music duck under it. */
  speak(id: string): number {
    this.silence();
    if (!this.bank.has(id)) return 0;
    const r = this.req;
    r.bus = "voices";
    r.volume = 1;
    r.rate = 1;
    r.loop = false;
    r.position = null;
    this.voiceHandle = this.engine.play(id, r);
    this.voiceEndS = this.timeS + this.bank.durationS(id);
    return this.voiceHandle;
  }

  /**
   * A mercenary's bark at his position on the voices bus, one at a time (the core spaces
   * them; one still going refuses the next). Under a story line it sinks to BARK_UNDER_LINE.
   */
  bark(id: string, position: readonly [number, number, number]): number {
    if (this.barkEndS > this.timeS) {
      this.barksRefused++;
      return 0;
    }
    if (!this.bank.has(id)) return 0;
    const r = this.req;
    r.bus = "voices";
    this.barkUnder = this.speaking;
    r.volume = this.barkGain();
    r.rate = 1;
    r.loop = false;
    r.position = position;
    r.refDistanceM = BARK_REF_M;
    this.barkHandle = this.engine.play(id, r);
    if (!this.barkHandle) return 0;
    this.barksPlayed++;
    this.barkEndS = this.timeS + this.bank.durationS(id);
    return this.barkHandle;
  }

  private barkGain(): number {
    return BARK_VOLUME * (this.barkUnder ? BARK_UNDER_LINE : 1);
  }

  silence(): void {
    if (this.voiceHandle) this.engine.stop(this.voiceHandle);
    this.voiceHandle = 0;
    this.voiceEndS = 0;
  }

  get speaking(): boolean {
    return this.voiceEndS > this.timeS;
  }

  /** Starts the piece's music layers together (silent until the intensity calls them). */
  startMusic(piece: string): void {
    this.stopMusic();
    const r = this.req;
    r.bus = "music";
    r.rate = 1;
    r.loop = true;
    r.position = null;
    // The bed is there from the first moment; the other layers wait for the intensity.
    this.layerNow[0] = layerGains(0, this.layerTarget)[0];
    for (let i = 0; i < MUSIC_LAYERS.length; i++) {
      const id = musicLayerId(piece, MUSIC_LAYERS[i]);
      if (!this.bank.has(id)) continue;
      r.volume = this.layerNow[i] * MUSIC_VOLUME;
      this.layerHandles[i] = this.engine.play(id, r);
    }
  }

  stopMusic(): void {
    for (let i = 0; i < this.layerHandles.length; i++) {
      if (this.layerHandles[i]) this.engine.stop(this.layerHandles[i]);
      this.layerHandles[i] = 0;
    }
  }

  /** Current music layer gains (pad, pulse, drive), for reports. */
  get layers(): readonly number[] {
    return this.layerNow;
  }

  /**
   * Advances the mix by `dtS`: ducking and music layers toward the intensity. `pulseAnswer`
   * scales the pulse layer this step (1: as the intensity says): the music answering
   * something on screen that beats (the rooftops' device).
   */
  update(dtS: number, intensity: number, pulseAnswer = 1): void {
    this.timeS += dtS;
    const target = this.speaking ? DUCK_GAIN : 1;
    const rate = target < this.duck ? DUCK_DOWN_PER_S : DUCK_UP_PER_S;
    this.duck += Math.max(-rate * dtS, Math.min(rate * dtS, target - this.duck));
    if (Math.abs(this.duck - this.appliedDuck) > 0.01 || (this.duck === target && this.appliedDuck !== target)) this.applyBuses();
    // A line starting or ending over a bark moves the bark under it or back.
    if (this.barkHandle && this.barkEndS > this.timeS && this.barkUnder !== this.speaking) {
      this.barkUnder = this.speaking;
      this.engine.setVolume(this.barkHandle, this.barkGain(), 0.1);
    }
    layerGains(intensity, this.layerTarget);
    for (let i = 0; i < 3; i++) {
      const answer = i === 1 ? pulseAnswer : 1;
      const d = this.layerTarget[i] - this.layerNow[i];
      if (d === 0 && answer === this.answerNow) continue;
      const step = LAYER_RATE_PER_S * dtS;
      this.layerNow[i] += Math.abs(d) <= step ? d : Math.sign(d) * step;
      if (this.layerHandles[i]) this.engine.setVolume(this.layerHandles[i], this.layerNow[i] * answer * MUSIC_VOLUME, 0);
    }
    this.answerNow = pulseAnswer;
  }

  private applyBuses(): void {
    this.appliedDuck = this.duck;
    const v = this.volumes;
    this.setBus("effects", v.effects * this.duck);
    this.setBus("music", v.music * this.duck);
    this.setBus("voices", v.voices);
  }

  private setBus(bus: AudioBus, gain: number): void {
    this.engine.setBusGain(bus, gain);
  }

  dispose(): void {
    this.stopMusic();
    this.silence();
    if (this.barkHandle) this.engine.stop(this.barkHandle);
    this.engine.stopAll();
  }
}
