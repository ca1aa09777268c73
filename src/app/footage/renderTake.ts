import { isPieceId, scriptOf } from "../../content/pieces";
import { isPresetId, loadPreset } from "../../rig/presets";
import type { RigSettings } from "../../rig/schema";
import { validateRigSettings } from "../../rig/settings";
import { type FootageSpec, frameCount, validateFootage } from "../../session/footage";
import { autopilotTake } from "../../session/TakeSources";
import type { SettingsStore } from "../../settings/SettingsStore";
import { TICK_HZ } from "../../sim/core/time";
import { seedProblem } from "../../sim/core/seed";
import { parseTake, type Take } from "../../sim/input/Take";
import { isPlayable } from "../../sim/world/levels/index";
import type { RenderOptions } from "../HeadcamApi";
import { GameShot, type ShotRig } from "./GameShot";
import { checkWebCodecs, type RenderedFootage, renderFootage } from "./renderFootage";

/** What a render needs of the game page. */
export interface FootageHost {
  settings: SettingsStore;
  /** The current run's take, or null (the title screen). */
  currentTake(): Take | null;
  /** The preset the URL pinned (`rig=`), or null. */
  pinnedRig: string | null;
}

/** A video's take, rig and picture, resolved from `render`'s options; each problem named. */
export interface FootagePlan {
  take: Take;
  rig: ShotRig;
  /** The rig's name in the file name: the preset id, the settings' name, or the piece's operators. */
  rigName: string;
  spec: FootageSpec;
  frames: number;
}

/** The autopilot's run is recorded for at most this long when no length is asked (twenty minutes). */
const MAX_AUTOPILOT_TICKS = 20 * 60 * TICK_HZ;

function resolveRig(rig: RenderOptions["rig"], take: Take, pinnedRig: string | null): { rig: ShotRig; name: string } {
  const asked = rig ?? pinnedRig;
  if (asked === null || asked === undefined) {
    const opening = scriptOf(take.piece)?.operator;
    const id = opening && isPresetId(opening) ? opening : "director";
    return { rig: { settings: loadPreset(id), pinned: false }, name: id };
  }
  if (typeof asked === "string") {
    if (!isPresetId(asked)) throw new Error(`rig: "${asked}" is not a camera preset`);
    return { rig: { settings: loadPreset(asked), pinned: true }, name: asked };
  }
  const v = validateRigSettings(asked);
  if (!v.ok) throw new Error(`rig: the settings were refused: ${v.errors.join("; ")}`);
  return { rig: { settings: v.settings as RigSettings, pinned: true }, name: v.settings.name };
}

function resolveTake(opts: RenderOptions, host: FootageHost, spec: FootageSpec): Take {
  if (opts.take !== undefined) {
    const r = parseTake(typeof opts.take === "string" ? opts.take : JSON.stringify(opts.take));
    if (!r.ok) throw new Error(`take: ${r.error}`);
    return r.take;
  }
  if (opts.autopilot || opts.piece !== undefined) {
    const piece = opts.piece ?? host.currentTake()?.piece ?? "street";
    if (!isPieceId(piece)) throw new Error(`piece: "${piece}" is not a set piece`);
    if (!isPlayable(piece)) throw new Error(`piece: "${piece}" is not built yet`);
    const seed = opts.seed ?? 1;
    const seedWrong = seedProblem(seed);
    if (seedWrong) throw new Error(`seed: ${seedWrong}`);
    const end = spec.seconds === null ? MAX_AUTOPILOT_TICKS : Math.round((spec.fromS + spec.seconds) * TICK_HZ);
    return autopilotTake(piece, seed, host.settings.get().difficulty, end);
  }
  const current = host.currentTake();
  if (!current) throw new Error("there is no take to render: play or replay a set piece, or pass a take (or a piece with autopilot)");
  return current;
}

/** Resolves `render`'s options into a plan, or throws an Error naming the wrong option. */
export function planFootage(opts: RenderOptions, host: FootageHost): FootagePlan {
  const v = validateFootage({ width: opts.width, height: opts.height, fps: opts.fps, fromS: opts.fromS, seconds: opts.seconds });
  if (!v.ok) throw new Error(v.errors.join("; "));
  const take = resolveTake(opts, host, v.spec);
  const { rig, name } = resolveRig(opts.rig, take, host.pinnedRig);
  const frames = frameCount(v.spec, take.ticks);
  if (frames < 1) throw new Error(`from: ${v.spec.fromS} s is past the end of the take (${(take.ticks / TICK_HZ).toFixed(2)} s)`);
  return { take, rig, rigName: name, spec: v.spec, frames };
}

/** Renders a plan's take: one GameShot at the video's size, disposed afterwards. */
export async function renderPlan(plan: FootagePlan, host: FootageHost, opts: Pick<RenderOptions, "onProgress" | "signal">): Promise<RenderedFootage> {
  const shot = new GameShot(plan.take, plan.rig, host.settings, plan.spec.widthPx, plan.spec.heightPx);
  try {
    return await renderFootage([shot], plan.spec, plan.frames, opts);
  } finally {
    shot.dispose();
  }
}

/** `headcam.render(opts)`: the plan, then the video as a Blob. */
export async function renderTake(opts: RenderOptions, host: FootageHost): Promise<Blob> {
  checkWebCodecs();
  const plan = planFootage(opts, host);
  return (await renderPlan(plan, host, opts)).blob;
}
