import { type ChildProcess, fork } from "node:child_process";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { PieceId } from "../../content/pieces";
import { playablePieces } from "../../sim/world/levels/index";
import type { Difficulty } from "../../sim/ai/MercConfig";
import type { SimRunResult } from "../sim";
import type { SweepRun } from "./sweepSummary";

/** One run for a worker: a piece, a seed, a difficulty. */
export interface SweepJob {
  piece: PieceId;
  seed: number;
  difficulty: Difficulty;
}

export interface SweepOptions {
  /** Most child processes at once (default: the machine's cores); never more than the jobs. */
  workers?: number;
  /** Called as each run ends, in the order they end. */
  onRun?: (run: SweepRun, done: number, total: number) => void;
}

const WORKER = fileURLToPath(new URL("./sweepWorker.ts", import.meta.url));
// The workers are TypeScript: start them with tsx's loader, found from this file (any cwd).
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

/** How many workers a sweep of `jobs` runs on: at most the cores, at least one. */
export function workerCount(jobs: number, wanted?: number): number {
  const cores = Math.max(1, availableParallelism());
  return Math.max(1, Math.min(jobs, wanted ?? cores, cores));
}

/**
 * Plays every job with the autopilot, spread over child processes (each one a whole core:
 * the sim is single-threaded), and resolves with the runs in the order of `jobs`. A worker
 * that dies fails the sweep with its exit code rather than hanging it.
 */
export function runSweep(jobs: readonly SweepJob[], opts: SweepOptions = {}): Promise<SweepRun[]> {
  const runs: (SweepRun | undefined)[] = new Array(jobs.length);
  if (jobs.length === 0) return Promise.resolve([]);
  return new Promise((resolve, reject) => {
    let next = 0;
    let done = 0;
    const children: ChildProcess[] = [];
    const stopAll = () => {
      for (const c of children) if (c.connected) c.disconnect();
    };
    // A child with a job out is busy; only a busy child's exit loses a run.
    const busy = new Set<ChildProcess>();
    const feed = (child: ChildProcess) => {
      if (next < jobs.length) {
        const i = next++;
        busy.add(child);
        child.send({ ...jobs[i], index: i });
      } else if (child.connected) child.disconnect();
    };
    for (let w = 0; w < workerCount(jobs.length, opts.workers); w++) {
      const child = fork(WORKER, [], { execArgv: ["--import", TSX_LOADER], stdio: ["ignore", "ignore", "inherit", "ipc"] });
      children.push(child);
      child.on("message", (msg: { job: SweepJob & { index: number }; result: SimRunResult }) => {
        const { index, ...job } = msg.job;
        const run: SweepRun = { ...job, result: msg.result };
        busy.delete(child);
        runs[index] = run;
        done++;
        opts.onRun?.(run, done, jobs.length);
        if (done === jobs.length) {
          stopAll();
          resolve(runs as SweepRun[]);
        } else feed(child);
      });
      child.on("exit", (code, signal) => {
        if (busy.has(child)) {
          busy.clear();
          stopAll();
          reject(new Error(`a sweep worker stopped (${signal ?? `exit ${code}`}) after ${done} of ${jobs.length} runs`));
        }
      });
      feed(child);
    }
  });
}

/** Every (piece, seed) pair of a sweep at one difficulty, pieces outermost. */
export function sweepJobs(pieces: readonly PieceId[], seeds: readonly number[], difficulty: Difficulty): SweepJob[] {
  return pieces.flatMap((piece) => seeds.map((seed) => ({ piece, seed, difficulty })));
}

/**
 * Every piece a sweep can play: the playable ones (scripted, level registered) with their
 * time budgets. New pieces join the sweep and the CI seed test by being registered, nothing else.
 */
export function sweepablePieces(): { id: PieceId; budgetS: number }[] {
  return playablePieces().map((p) => ({ id: p.id, budgetS: p.budgetS }));
}
