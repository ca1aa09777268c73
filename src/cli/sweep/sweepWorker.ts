import { runSim } from "../sim";
import type { SweepJob } from "./SeedSweep";

/**
 * One child process of a sweep: receives jobs over IPC, plays each with the autopilot to
 * the piece's end (capped by its time budget) and sends the result back. It stays up for
 * the next job until its parent disconnects.
 */
process.on("message", (job: SweepJob) => {
  const result = runSim({ piece: job.piece, seed: job.seed, difficulty: job.difficulty, autopilot: true, ticks: null, take: null }, () => {});
  process.send?.({ job, result });
});
process.on("disconnect", () => process.exit(0));
