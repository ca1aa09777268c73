/**
 * The one seam between the game and a sound library. The browser entry creates the
 * howler implementation (HowlerEngine); node tools and tests use RecordingEngine. Game code
 * (GameAudio, the presenter, the mix report) only ever sees this interface.
 */

/** Mixer buses; each has a gain set from the settings (and ducking). */
export type AudioBus = "effects" | "voices" | "music";

/** `headcam.state().audio`: the audio context running, suspended (blocked or paused) or absent. */
export type AudioState = "running" | "suspended" | "off";

/** What to play and how. One object can be reused between calls (engines copy what they keep). */
export interface PlayRequest {
  bus: AudioBus;
  /** Gain of this sound before its bus, 0..1. */
  volume: number;
  /** Playback rate (1 = as recorded; also shifts pitch). */
  rate: number;
  loop: boolean;
  /** World position in metres for 3D placement, or null to play it inside Henry's head. */
  position: readonly [number, number, number] | null;
  /** Distance at which attenuation starts (inverse distance model), metres. */
  refDistanceM: number;
}

export interface AudioEngine {
  readonly state: AudioState;
  /** Starts loading sounds (ids as in the manifest, e.g. `sfx/shot.rifle`). */
  preload(ids: readonly string[]): void;
  /** Plays a sound; returns a handle > 0, or 0 when it was not played (blocked, unknown). */
  play(id: string, req: PlayRequest): number;
  stop(handle: number): void;
  /** Changes a playing sound's own gain, fading over `fadeS` seconds. */
  setVolume(handle: number, volume: number, fadeS: number): void;
  setRate(handle: number, rate: number): void;
  /** Linear gain of a bus (settings × ducking); applies to what plays now and later. */
  setBusGain(bus: AudioBus, gain: number): void;
  setMaster(gain: number, muted: boolean): void;
  /** The listener is the camera: eye position (m) and look angles (yaw 0 looks down -Z, positive left). */
  setListener(x: number, y: number, z: number, yawRad: number, pitchRad: number): void;
  /** Call inside a user gesture (the start click): creates or resumes the audio context. */
  unlock(): void;
  /** Pause and resume with the game. */
  suspend(): void;
  resume(): void;
  stopAll(): void;
  dispose(): void;
}

/** Inverse distance attenuation as Web Audio's PannerNode computes it (rolloff 1). */
export function distanceGain(distanceM: number, refDistanceM: number, rolloff = 1): number {
  const d = Math.max(distanceM, refDistanceM);
  return refDistanceM / (refDistanceM + rolloff * (d - refDistanceM));
}
