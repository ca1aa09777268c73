import { AudioBufferSource, BufferTarget, CanvasSource, canEncodeAudio, canEncodeVideo, Output, Quality, WebMOutputFormat } from "mediabunny";
import { renderSoundtrack } from "../../audio/Soundtrack";
import { type FootageSpec, frameTick } from "../../session/footage";
import { FIXED_DT } from "../../sim/core/time";
import { Compositor, panelsFor } from "./Compositor";
import type { FootageShot } from "./FootageShot";

/** How far a render has got; `etaS` is the wall time left at the pace so far. */
export interface RenderProgress {
  frame: number;
  frames: number;
  elapsedS: number;
  etaS: number;
}

/** What came out: the file, its frames and the video codec used. */
export interface RenderedFootage {
  blob: Blob;
  frames: number;
  seconds: number;
  codec: "vp9" | "vp8";
}

/** This browser cannot make a video (no WebCodecs, or neither VP9 nor VP8 nor Opus). */
export class FootageUnsupportedError extends Error {}

/** Opus's sample rate: a frame at 30 fps is exactly 1600 samples. */
const SAMPLE_RATE = 48_000;
/** Bits per pixel per frame for the video's bitrate, and its bounds, bit/s. */
const BITS_PER_PIXEL = 0.1;
const MIN_BITRATE = 1e6;
const MAX_BITRATE = 12e6;
const AUDIO_BITRATE = 128e3;
/** A key frame every this many seconds (seeking in a player). */
const KEY_FRAME_INTERVAL_S = 2;

/** Throws a clear message when this browser has no WebCodecs encoders (checked before any work). */
export function checkWebCodecs(): void {
  if (typeof VideoEncoder === "undefined" || typeof AudioEncoder === "undefined") {
    throw new FootageUnsupportedError(
      "This browser cannot make videos: it lacks WebCodecs (the VideoEncoder and AudioEncoder that recent Chrome, Edge, Firefox and Safari have; they also need a secure page, https or localhost). The game itself plays as usual.",
    );
  }
}

/** The video codec this browser encodes at this size: VP9, else VP8; throws a clear message when none. */
async function pickCodec(widthPx: number, heightPx: number): Promise<"vp9" | "vp8"> {
  checkWebCodecs();
  if (!(await canEncodeAudio("opus", { numberOfChannels: 2, sampleRate: SAMPLE_RATE }))) throw new FootageUnsupportedError("This browser cannot encode Opus audio, which a WebM video needs.");
  for (const codec of ["vp9", "vp8"] as const) if (await canEncodeVideo(codec, { width: widthPx, height: heightPx })) return codec;
  throw new FootageUnsupportedError(`This browser cannot encode VP9 or VP8 video at ${widthPx}x${heightPx}.`);
}

/**
 * Renders `frames` frames of one shot (or an A/B pair side by side) to a WebM file, offline:
 * frame n shows the tick `frameTick(spec, n)` exactly, drawn by the shots' Views and copied
 * into the encoder's canvas, so a slow machine makes the same video, only slower. The
 * soundtrack is the first shot's mix rendered offline over exactly the video's length.
 * Cancelling (the signal) stops between frames and leaves no file and no encoder behind.
 */
export async function renderFootage(
  shots: readonly FootageShot[],
  spec: FootageSpec,
  frames: number,
  opts: { onProgress?: (p: RenderProgress) => void; signal?: AbortSignal } = {},
): Promise<RenderedFootage> {
  const { signal, onProgress } = opts;
  const codec = await pickCodec(spec.widthPx, spec.heightPx);
  const comp = new Compositor(spec.widthPx, spec.heightPx, panelsFor(shots.length === 2 ? 2 : 1, spec.widthPx, spec.heightPx));
  const output = new Output({ format: new WebMOutputFormat(), target: new BufferTarget() });
  let started = false;
  try {
    const bitrate = Math.min(MAX_BITRATE, Math.max(MIN_BITRATE, spec.widthPx * spec.heightPx * spec.fps * BITS_PER_PIXEL));
    const video = new CanvasSource(comp.canvas, { codec, quality: new Quality({ bitrate }), keyFrameInterval: KEY_FRAME_INTERVAL_S, latencyMode: "quality" });
    const audio = new AudioBufferSource({ codec: "opus", quality: new Quality({ bitrate: AUDIO_BITRATE }) });
    output.addVideoTrack(video, { frameRate: spec.fps });
    output.addAudioTrack(audio);
    await Promise.all(shots.map((s) => s.prepare()));
    signal?.throwIfAborted();
    await output.start();
    started = true;
    const dtS = 1 / spec.fps;
    const t0 = performance.now();
    for (let n = 0; n < frames; n++) {
      signal?.throwIfAborted();
      const tick = frameTick(spec, n);
      comp.begin();
      shots.forEach((s, i) => {
        s.advanceTo(tick);
        s.draw(dtS);
        comp.place(i, s);
      });
      comp.subtitle(shots[0].subtitle());
      // The frame is taken from the canvas now, before anything awaits.
      await video.add(n * dtS, dtS);
      const elapsedS = (performance.now() - t0) / 1000;
      onProgress?.({ frame: n + 1, frames, elapsedS, etaS: (elapsedS / (n + 1)) * (frames - n - 1) });
    }
    video.close();
    const length = Math.round((frames * SAMPLE_RATE) / spec.fps);
    const first = shots[0];
    // A sound starts while the core steps into the tick whose picture shows it: one tick on.
    const range = { fromS: frameTick(spec, 0) * FIXED_DT, lengthFrames: length, sampleRate: SAMPLE_RATE, shiftS: FIXED_DT };
    const sound = first.audio ? await renderSoundtrack(first.audio.engine, range, signal) : new AudioBuffer({ length, numberOfChannels: 2, sampleRate: SAMPLE_RATE });
    signal?.throwIfAborted();
    await audio.add(sound);
    audio.close();
    await output.finalize();
    const buffer = (output.target as BufferTarget).buffer;
    if (!buffer) throw new Error("the video came out empty");
    return { blob: new Blob([buffer], { type: "video/webm" }), frames, seconds: frames / spec.fps, codec };
  } catch (e) {
    // Nothing half-written: the encoders are closed and the buffer dropped.
    if (started || output.state === "pending") await output.cancel().catch(() => {});
    throw e;
  } finally {
    comp.dispose();
  }
}
