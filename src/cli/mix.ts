import { FIXED_DT } from "../sim/core/time";
import { BARK_UNDER_LINE, BARK_VOLUME } from "../audio/Mixer";
import { type MixRun, runMix } from "./mix/mixRun";
import { voiceTrackLoudness } from "./mix/voiceTrack";
import type { CliSpec, Flags, FlagSpecs } from "./cliArgs";
import { checkWritable, log, printJson, roundNumbers, runCli, writeOutput } from "./cliOutput";
import { pieceArg } from "./pieceArg";

const SPEC = {
  usage: "npm run mix -- [--piece street] [--seconds 90] [--seed N] [--out report.json]",
  about: `Runs a piece headless under the autopilot with the rig driver and the recording audio
engine, and reports what played when, how many sounds at once, and the levels from the
manifest. The human-readable report goes to stderr; stdout is one JSON line (the report
without its timeline; --out writes the whole report, timeline included).
Exit 0 when every check passes, 1 when a check fails, 2 on bad input or an --out that
cannot be written.`,
  flags: {
    piece: { kind: "string", value: "id", help: "the set piece to play (default street)" },
    seconds: { kind: "number", value: "1..1200", min: 1, max: 1200, help: "game seconds to play (default 90)" },
    seed: { kind: "seed", help: "the run's random seed (default 1)" },
    out: { kind: "path", value: "report.json", help: "also write the whole report, with its 5 s timeline, to this file" },
  },
} satisfies CliSpec<FlagSpecs>;

const db = (x: number) => (x > 0 ? Math.round(20 * Math.log10(x) * 10) / 10 : -120);

const CATEGORIES: [string, (id: string) => boolean][] = [
  ["footsteps", (id) => id.startsWith("sfx/step.")],
  ["shots", (id) => id.startsWith("sfx/shot.")],
  ["impacts", (id) => id.startsWith("sfx/impact.") || id === "sfx/glass.break" || id.startsWith("sfx/punch.") || id === "sfx/body.fall"],
  ["explosions", (id) => id === "sfx/explosion"],
  ["body", (id) => id.startsWith("sfx/land.") || id === "sfx/jump" || id === "sfx/hurt" || id.startsWith("sfx/breath") || id === "sfx/heartbeat"],
  ["gear", (id) => id.startsWith("sfx/reload.") || id === "sfx/weapon.switch" || id === "sfx/gun.rattle" || id.startsWith("sfx/pickup.")],
  ["voices", (id) => id.startsWith("voice/")],
  ["music", (id) => id.startsWith("music/")],
];

function category(id: string): string {
  return CATEGORIES.find(([, f]) => f(id))?.[0] ?? "other";
}

/** Builds the report: a timeline in 5 s windows and the checks a chase needs. */
export function mixReport(run: MixRun, piece: string) {
  const { engine, bank } = run;
  const seconds = run.ticks * FIXED_DT;
  const counts: Record<string, number> = {};
  for (const r of engine.log) counts[category(r.id)] = (counts[category(r.id)] ?? 0) + 1;
  const windowS = 5;
  const timeline: { fromS: number; counts: Record<string, number>; lines: string[]; maxVoices: number; peakDbfs: number; music: number[] }[] = [];
  for (let w = 0; w * windowS < seconds; w++) {
    const from = w * windowS;
    const c: Record<string, number> = {};
    const lines: string[] = [];
    for (const r of engine.log) {
      if (r.atS < from || r.atS >= from + windowS || r.loop) continue;
      const k = category(r.id);
      c[k] = (c[k] ?? 0) + 1;
      if (k === "voices") lines.push(r.id.slice(6));
    }
    let maxVoices = 0;
    let peak = 0;
    const t1 = Math.min(run.ticks, Math.round((from + windowS) / FIXED_DT));
    for (let t = Math.round(from / FIXED_DT); t < t1; t++) {
      maxVoices = Math.max(maxVoices, run.voicesAt[t]);
      peak = Math.max(peak, run.peakSumAt[t]);
    }
    const mid = Math.min(run.ticks - 1, Math.round((from + windowS / 2) / FIXED_DT));
    const music = [0, 1, 2].map((i) => Math.round(run.layersAt[mid * 3 + i] * 100) / 100);
    timeline.push({ fromS: from, counts: c, lines, maxVoices, peakDbfs: db(peak), music });
  }
  let maxVoices = 0;
  let maxPeak = 0;
  let maxPeakAtS = 0;
  let musicSilentTicks = 0;
  for (let t = 0; t < run.ticks; t++) {
    maxVoices = Math.max(maxVoices, run.voicesAt[t]);
    if (run.peakSumAt[t] > maxPeak) {
      maxPeak = run.peakSumAt[t];
      maxPeakAtS = t * FIXED_DT;
    }
    if (run.layersAt[t * 3] + run.layersAt[t * 3 + 1] + run.layersAt[t * 3 + 2] < 0.05) musicSilentTicks++;
  }
  const played = engine.log.filter((r) => !r.loop);
  const footsteps = played.filter((r) => r.id.startsWith("sfx/step.")).length;
  const shotsHeard = played.filter((r) => r.id.startsWith("sfx/shot.")).length;
  // Story lines play in Henry's head; barks where a mercenary stands.
  const voices = played.filter((r) => r.id.startsWith("voice/") && r.position === null).map((r) => r.id.slice(6));
  const barkPlays = played.filter((r) => r.bus === "voices" && r.position !== null);
  const r2 = (x: number) => Math.round(x * 100) / 100;
  const barks = {
    calls: { ...run.barkCalls },
    heard: barkPlays.length,
    refusedByMixer: run.audio.mixer.barksRefused,
    underLine: [...run.barksUnderLine.values()],
    gainAlone: BARK_VOLUME,
    gainUnderLineMax: Math.round(run.barkGainUnderLineMax * 1000) / 1000,
    heardAt: barkPlays.map((r) => ({ atS: r2(r.atS), line: r.id.slice(6), distanceM: r2(r.distanceM), gain: r2(r.volume * r.distanceGain) })),
  };
  const voiceLoudness = voiceTrackLoudness(engine.log, seconds, (r) => r.volume * r.distanceGain);
  const musicLoops = engine.log.filter((r) => r.loop && r.id.startsWith("music/") && r.endS === Number.POSITIVE_INFINITY).length;
  const fileMaxPeak = Math.max(...engine.log.map((r) => bank.peakDbfs(r.id)));
  const checks = {
    footstepsMatchRig: footsteps === run.rigFootsteps,
    everyOwnShotHeard: played.filter((r) => r.id.startsWith("sfx/shot.") && r.position === null).length === run.ownShots,
    everyLineVoiced: run.lines.every((l) => voices.includes(l)),
    musicThroughout: musicLoops === 3 && musicSilentTicks === 0,
    nothingMissing: engine.missing.length === 0,
    noFileClips: fileMaxPeak < 0,
    mixUnderFullScale: maxPeak < 1,
    voicesAtTarget: voiceLoudness.offTarget.length === 0,
    barksUnderLines: run.barkGainUnderLineMax <= BARK_VOLUME * BARK_UNDER_LINE + 1e-9,
  };
  return {
    piece,
    seconds,
    scriptSource: run.scriptSource,
    counts,
    footsteps,
    rigFootsteps: run.rigFootsteps,
    shotEvents: run.shotEvents,
    ownShots: run.ownShots,
    shotsHeard,
    voices,
    linesShown: run.lines,
    voiceLoudness,
    barks,
    maxVoicesAtOnce: maxVoices,
    droppedByCap: run.audio.mixer.dropped,
    mixPeakDbfs: db(maxPeak),
    mixPeakAtS: Math.round(maxPeakAtS * 100) / 100,
    fileMaxPeakDbfs: fileMaxPeak,
    missing: [...new Set(engine.missing)],
    checks,
    ok: Object.values(checks).every(Boolean),
    timeline,
  };
}

function main(flags: Flags<typeof SPEC.flags>): number {
  const piece = pieceArg(flags.piece ?? "street");
  if (flags.out !== undefined) checkWritable("out", flags.out);
  const run = runMix(piece, flags.seconds ?? 90, flags.seed ?? 1);
  const r = roundNumbers(mixReport(run, piece));
  log(`mix report: ${r.piece}, ${r.seconds} s under the autopilot (lines from ${r.scriptSource})`);
  log("  from_s  steps shots impacts blasts voices  max_at_once  peak_dBFS  music(pad,pulse,drive)  lines");
  for (const w of r.timeline) {
    const c = (k: string) => String(w.counts[k] ?? 0).padStart(5);
    log(
      `  ${String(w.fromS).padStart(6)} ${c("footsteps")} ${c("shots")} ${c("impacts").padStart(7)} ${c("explosions").padStart(6)} ${c("voices").padStart(6)} ${String(w.maxVoices).padStart(12)} ${String(w.peakDbfs).padStart(10)}  ${w.music.join(",").padEnd(22)}  ${w.lines.join(" ")}`,
    );
  }
  log(`  footsteps ${r.footsteps} (rig ${r.rigFootsteps}), shots heard ${r.shotsHeard} of ${r.shotEvents} (own ${r.ownShots}), voices ${r.voices.length}, at once max ${r.maxVoicesAtOnce}, dropped by the cap ${r.droppedByCap}`);
  log(`  mix peak (block peaks summed) ${r.mixPeakDbfs} dBFS at ${r.mixPeakAtS} s; loudest file ${r.fileMaxPeakDbfs} dBFS; missing ${r.missing.length}`);
  const chars = Object.entries(r.voiceLoudness.byCharacter).map(([k, c]) => `${k} ${c.lufs} (${c.lines})`).join(", ");
  log(`  voices: track ${r.voiceLoudness.trackLufs} LUFS; by character ${chars}; target ${r.voiceLoudness.targetLufs} LUFS`);
  log(
    `  barks: the AI called ${r.barks.calls.wanted}, said ${r.barks.calls.said} (capped ${r.barks.calls.capped}); heard ${r.barks.heard}, ${r.barks.underLine.length} under a story line at gain <= ${r.barks.gainUnderLineMax} (alone ${r.barks.gainAlone})`,
  );
  for (const [k, v] of Object.entries(r.checks)) log(`  ${v ? "ok  " : "FAIL"} ${k}`);
  if (flags.out !== undefined) writeOutput("out", flags.out, `${JSON.stringify(r, null, 1)}\n`);
  const { timeline: _t, ...summary } = r;
  printJson(summary);
  return r.ok ? 0 : 1;
}

if (process.argv[1]?.endsWith("mix.ts")) runCli("mix", SPEC, main);
