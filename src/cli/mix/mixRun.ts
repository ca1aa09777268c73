import { defaultSettings } from "../../settings/Settings";
import envelopesJson from "../../../assets/audio/envelopes.json";
import { RigDriver } from "../../session/RigDriver";
import { defaultComfort } from "../../rig/comfort";
import { loadPreset } from "../../rig/presets";
import { FIXED_DT } from "../../sim/core/time";
import { createSim } from "../../sim/createSim";
import { PieceAutopilot } from "../../sim/script/PieceAutopilot";
import type { Sim } from "../../sim/SimTypes";
import { GameSession } from "../../session/GameSession";
import type { PieceId } from "../../content/pieces";
import { levelForPiece } from "../../sim/world/levels/index";
import type { GameAudio } from "../../audio/GameAudio";
import { RecordedAudio } from "../../audio/RecordedAudio";
import type { PlayRecord, RecordingEngine } from "../../audio/RecordingEngine";
import { SoundBank } from "../../audio/SoundBank";

/** What one headless run heard: the engine's log and the core's counts to compare with. */
export interface MixRun {
  engine: RecordingEngine;
  bank: SoundBank;
  audio: GameAudio;
  ticks: number;
  rigFootsteps: number;
  shotEvents: number;
  ownShots: number;
  /** Lines the director put on screen, in order. */
  lines: string[];
  /** Where the lines came from: the core's own director, or none (a level without a script). */
  scriptSource: "sim.script" | "none";
  /** Per tick: sounds audible (gain > 0), and the worst-case sum of their peaks (linear). */
  voicesAt: Uint16Array;
  peakSumAt: Float32Array;
  layersAt: Float32Array;
  /** The core's bark counts: calls the AI asked for, said, held back by the cap. */
  barkCalls: { wanted: number; said: number; capped: number };
  /** Barks heard while a story line was spoken (by the bark's handle: which line it was under), and the most gain one had then. */
  barksUnderLine: Map<number, { bark: string; line: string }>;
  barkGainUnderLineMax: number;
}

/** Runs a piece headless under the autopilot with the rig driver and the recording engine. */
export function runMix(piece: PieceId, seconds: number, seed = 1): MixRun {
  const level = levelForPiece(piece, seed);
  if (!level) throw new Error(`piece ${piece} has no level`);
  const sim = createSim({ level, seed, piece });
  const pilot = new PieceAutopilot(sim);
  const bank = new SoundBank();
  const rig = new RigDriver(loadPreset("stuntman"), defaultComfort(), 90, seed, true);
  const ticks = Math.round(seconds / FIXED_DT);
  // The game's session: the autopilot's commands, the rig first, then what the mix counts and plays.
  const session = new GameSession({ piece, sim, source: { next: (_s, cmd) => void pilot.next(cmd) }, autopilot: true, rig });
  // The player's default volumes, so the report hears what a new player hears.
  const d = defaultSettings();
  const volumes = { master: d.masterVolume, effects: d.effectsVolume, voices: d.voicesVolume, music: d.musicVolume, mute: false };
  const recorded = new RecordedAudio(session, rig, bank, volumes, (s: Sim) => s.script);
  const { engine, audio } = recorded;
  const run: MixRun = {
    engine,
    bank,
    audio,
    ticks,
    rigFootsteps: 0,
    shotEvents: 0,
    ownShots: 0,
    lines: [],
    scriptSource: sim.script ? "sim.script" : "none",
    voicesAt: new Uint16Array(ticks),
    peakSumAt: new Float32Array(ticks),
    layersAt: new Float32Array(ticks * 3),
    barkCalls: sim.internals.combat.barks.stats,
    barksUnderLine: new Map(),
    barkGainUnderLineMax: 0,
  };
  session.observe({
    onEvent: (e) => {
      if (e.kind !== "shot") return;
      run.shotEvents++;
      if (e.shooter === 0) run.ownShots++;
    },
  });
  let lastLine: string | null = null;
  for (let t = 0; t < ticks; t++) {
    recorded.sync();
    session.step();
    const line = sim.script?.subtitle?.line ?? null;
    if (line && line !== lastLine) run.lines.push(line);
    lastLine = line;
    measure(run, t);
    // The report covers the set piece: it stops at the end card.
    if (sim.script?.finished) {
      run.ticks = t + 1;
      break;
    }
  }
  run.rigFootsteps = recorded.rigFootsteps;
  session.dispose();
  return run;
}

/** Peak per block of every sound (scripts/audio/manifest.ts writes it beside the manifest). */
interface Envelopes {
  blockS: number;
  peakDbfs: Record<string, number[]>;
}
function loadEnvelopes(): Envelopes {
  return envelopesJson as Envelopes;
}

/** A sound's peak level (linear) in the block playing `offsetS` after its start. */
function levelAt(run: MixRun, id: string, offsetS: number, loop: boolean): number {
  const env = loadEnvelopes();
  const blocks = env.peakDbfs[id];
  if (!blocks) return 10 ** (run.bank.peakDbfs(id) / 20);
  let b = Math.floor(offsetS / env.blockS);
  if (loop) b %= blocks.length;
  return b < blocks.length ? 10 ** (blocks[b] / 20) : 0;
}

/**
 * Audible sounds at tick `t` and the sum of their peak levels in the 50 ms block each is
 * playing (all peaks taken as aligned, so an upper bound of the mix's peak).
 */
function measure(run: MixRun, t: number): void {
  const e = run.engine;
  const now = e.timeS;
  let n = 0;
  let sum = 0;
  for (let i = e.log.length - 1; i >= 0; i--) {
    const r = e.log[i];
    if (r.endS <= now || r.atS > now) continue;
    const g = (e.volumeOf.get(r.handle) ?? r.volume) * e.busGain[r.bus] * r.distanceGain * (e.muted ? 0 : e.master);
    if (g < 0.001) continue;
    n++;
    sum += levelAt(run, r.id, (now - r.atS) * r.rate, r.loop) * g;
  }
  run.voicesAt[t] = n;
  run.peakSumAt[t] = sum;
  watchBarks(run);
  const l = run.audio.mixer.layers;
  run.layersAt[t * 3] = l[0];
  run.layersAt[t * 3 + 1] = l[1];
  run.layersAt[t * 3 + 2] = l[2];
}

/** Notes each bark (voices bus, placed in the world) heard while a story line is spoken, and its gain then. */
function watchBarks(run: MixRun): void {
  const mixer = run.audio.mixer;
  if (!mixer.speaking) return;
  const e = run.engine;
  const now = mixer.timeS;
  const playing = (r: PlayRecord) => r.bus === "voices" && r.atS <= now && r.endS > now;
  let line = "";
  for (let i = e.log.length - 1; i >= 0 && !line; i--) if (playing(e.log[i]) && e.log[i].position === null) line = e.log[i].id.slice(6);
  for (let i = e.log.length - 1; i >= 0; i--) {
    const r = e.log[i];
    if (!playing(r) || r.position === null) continue;
    if (!run.barksUnderLine.has(r.handle)) run.barksUnderLine.set(r.handle, { bark: r.id.slice(6), line });
    run.barkGainUnderLineMax = Math.max(run.barkGainUnderLineMax, e.volumeOf.get(r.handle) ?? r.volume);
  }
}
