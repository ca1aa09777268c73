import { createSim, type CoreSim } from "../../src/sim/createSim";
import { Buttons, neutralCmd } from "../../src/sim/input/InputCmd";
import { type Take, TakeRecorder } from "../../src/sim/input/Take";
import { levelForPiece } from "../../src/sim/world/levels/index";

/** The moments the bodies' screenshots show, each a tick of one recorded street take. */
export interface BodyScenes {
  take: Take;
  running: number;
  aiming: number;
  hit: number;
  down: number;
}

const NEAR_M = 5;

function nearestAlive(sim: CoreSim): number {
  const p = sim.player.position;
  let best = -1;
  let bestD = Number.POSITIVE_INFINITY;
  sim.combat.mercs.forEach((m, i) => {
    if (!m.active || !m.alive) return;
    const d = Math.hypot(m.position.x - p.x, m.position.z - p.z);
    if (d < bestD) {
      bestD = d;
      best = i;
    }
  });
  return best;
}

/**
 * Plays the street (easy) with a scripted Henry who runs north to the first fight, closes
 * to about 5 m of one mercenary and watches it (it aims and fires, then runs for cover or
 * to flank), shoots it once (a hit it survives), then again until it drops, and looks at
 * the body. Records the take and the first tick of each moment, so a browser can replay
 * the take cut at that tick and show it. Deterministic: the same scenes every run.
 */
export function findBodyScenes(maxTicks = 60 * 90): BodyScenes {
  const level = levelForPiece("street", 1);
  if (!level) throw new Error("no street");
  const sim = createSim({ level, seed: 1, piece: "street", difficulty: "easy" });
  const rec = new TakeRecorder("street", 1, undefined, "easy");
  const cmd = neutralCmd();
  const scenes = { running: -1, aiming: -1, hit: -1, down: -1 };
  let target = -1;
  // Set in the event callback too: typed wide so the checks below are not narrowed away.
  let phase = "approach" as "approach" | "watch" | "shoot" | "kill" | "look";
  let firstHitTick = -1;
  let deathTick = -1;
  let runTicks = 0;
  for (let t = 0; t < maxTicks; t++) {
    const p = sim.player.position;
    if (target < 0 || !sim.combat.mercs[target].active) target = nearestAlive(sim);
    cmd.buttons = 0;
    cmd.moveX = 0;
    cmd.moveY = 0;
    const goal = sim.level.anchors["fight.1"].position;
    const m = target >= 0 ? sim.combat.mercs[target] : null;
    const tx = m ? (m.alive ? m.position.x : m.center.x) : goal[0];
    const tz = m ? (m.alive ? m.position.z : m.center.z) : goal[2];
    const dx = tx - p.x;
    const dz = tz - p.z;
    const d = Math.hypot(dx, dz);
    cmd.yawRad = Math.atan2(-dx, -dz);
    const ty = m ? (m.alive ? m.position.y + 1.1 : m.center.y) : p.y + sim.player.eyeHeightM;
    cmd.pitchRad = Math.atan2(ty - (p.y + sim.player.eyeHeightM), Math.max(d, 0.5));
    if (phase === "approach") {
      cmd.moveY = d > NEAR_M ? 1 : 0;
      if (m && d <= NEAR_M + 0.3) phase = "watch";
    } else if (phase === "watch" && m) {
      // Keep about 5 m: step in or back as it moves.
      cmd.moveY = d > NEAR_M + 0.7 ? 1 : d < NEAR_M - 0.7 ? -1 : 0;
      const speed = Math.hypot(m.velocity.x, m.velocity.z);
      // Standing and firing; running for a third of a second already (mid-stride, not starting).
      if (scenes.aiming < 0 && m.aiming && m.sinceShotTicks === 0 && speed < 0.1 && d < 7) scenes.aiming = sim.tick;
      runTicks = speed > 3 ? runTicks + 1 : 0;
      if (scenes.running < 0 && runTicks > 20 && d < 7.5) scenes.running = sim.tick;
      if (scenes.aiming >= 0 && scenes.running >= 0) phase = "shoot";
    } else if (phase === "shoot" && m) {
      if (sim.tick % 20 === 0) cmd.buttons |= Buttons.fire;
      if (firstHitTick >= 0 && sim.tick === firstHitTick + 8) {
        scenes.hit = sim.tick;
        phase = "kill";
      }
    } else if (phase === "kill" && m) {
      if (sim.tick % 10 === 0) cmd.buttons |= Buttons.fire;
    } else if (phase === "look" && deathTick >= 0 && sim.tick >= deathTick + 120) {
      scenes.down = sim.tick;
      break;
    }
    rec.push(cmd);
    sim.step(cmd);
    const watched = target >= 0 ? sim.combat.mercs[target].id : -1;
    sim.events.drain((e) => {
      if (e.kind === "damage" && e.target === watched && firstHitTick < 0 && e.health01 > 0) firstHitTick = sim.tick;
      if (e.kind === "killed" && e.target === watched && phase === "kill") {
        deathTick = sim.tick;
        phase = "look";
      }
    });
  }
  sim.dispose();
  if (scenes.running < 0 || scenes.aiming < 0 || scenes.hit < 0 || scenes.down < 0) throw new Error(`body scenes not found: ${JSON.stringify(scenes)}`);
  return { take: rec.toTake(), ...scenes };
}

/** The take cut after `tick` steps: replayed, the game stops there and holds the frame. */
export function cutTake(take: Take, tick: number): Take {
  return { ...take, ticks: tick, cmds: take.cmds.slice(0, tick) };
}

/** The cast's moments: Estelle fitting the arm and the leg (awakening), Jimmy running, waving Henry on, pointing the way (street). */
export interface CastScenes {
  awakening: Take;
  fitArm: number;
  fitLeg: number;
  street: Take;
  jimmyRun: number;
  jimmyWave: number;
  jimmyPoint: number;
}

/** Runs a piece with a controller, recording the take; `each` sees the sim after every step and returns true to stop. */
function record(piece: "street" | "awakening", maxTicks: number, control: (sim: CoreSim, cmd: ReturnType<typeof neutralCmd>) => void, each: (sim: CoreSim) => boolean): Take {
  const level = levelForPiece(piece, 1);
  if (!level) throw new Error(`no ${piece}`);
  const sim = createSim({ level, seed: 1, piece, difficulty: "easy" });
  const rec = new TakeRecorder(piece, 1, undefined, "easy");
  const cmd = neutralCmd();
  cmd.yawRad = sim.player.yawRad;
  for (let t = 0; t < maxTicks; t++) {
    control(sim, cmd);
    rec.push(cmd);
    sim.step(cmd);
    sim.events.clear();
    if (each(sim)) break;
  }
  sim.dispose();
  return rec.toTake();
}

export function findCastScenes(): CastScenes {
  const s = { fitArm: -1, fitLeg: -1, jimmyRun: -1, jimmyWave: -1, jimmyPoint: -1 };
  // Awakening: Henry stands and looks down to his right, where she works on his arm and leg.
  const lineAt = new Map<string, number>();
  const awakening = record(
    "awakening",
    60 * 40,
    (sim, cmd) => {
      if (sim.tick === 0) cmd.yawRad = sim.player.yawRad - 0.75;
      // Down at the arm she works on, then further down at the leg.
      cmd.pitchRad = lineAt.has("aw.leg") ? -0.85 : -0.45;
    },
    (sim) => {
      const line = sim.script?.subtitle?.line;
      if (line && !lineAt.has(line)) lineAt.set(line, sim.tick);
      const arm = lineAt.get("aw.arm");
      const leg = lineAt.get("aw.leg");
      if (arm !== undefined && s.fitArm < 0 && sim.tick === arm + 100) s.fitArm = sim.tick;
      if (leg !== undefined && s.fitLeg < 0 && sim.tick === leg + 100) s.fitLeg = sim.tick;
      return s.fitLeg >= 0;
    },
  );
  // The street: Henry sprints after Jimmy and stops within 10 m; Jimmy runs on to his next
  // point and waits there, waving Henry on (he leaves when Henry is within 14 m); he points while he talks.
  let jimmySeen = false;
  let still = 0;
  let talking = 0;
  let last = { x: 0, z: 0 };
  const street = record(
    "street",
    60 * 60,
    (sim, cmd) => {
      const j = sim.script?.jimmy;
      const p = sim.player.position;
      if (!j?.active) {
        cmd.moveY = 0;
        return;
      }
      const dx = j.position.x - p.x;
      const dz = j.position.z - p.z;
      const d = Math.hypot(dx, dz);
      cmd.yawRad = Math.atan2(-dx, -dz);
      cmd.pitchRad = Math.atan2(j.position.y + 1 - (p.y + sim.player.eyeHeightM), d);
      cmd.moveY = s.jimmyRun >= 0 && d < 10 ? 0 : d > 5 ? 1 : 0;
      cmd.buttons = cmd.moveY > 0 ? Buttons.sprint : 0;
    },
    (sim) => {
      const j = sim.script?.jimmy;
      if (!j?.active) return false;
      const p = sim.player.position;
      const d = Math.hypot(j.position.x - p.x, j.position.z - p.z);
      const speed = jimmySeen ? Math.hypot(j.position.x - last.x, j.position.z - last.z) * 60 : 0;
      last = { x: j.position.x, z: j.position.z };
      jimmySeen = true;
      still = speed < 0.1 ? still + 1 : 0;
      // Pointing: he has been talking a quarter of a second (the arm is up), close by.
      talking = sim.script?.subtitle?.speaker === "jimmy" ? talking + 1 : 0;
      if (s.jimmyPoint < 0 && talking > 15 && d < 16 && sim.tick > 200) s.jimmyPoint = sim.tick;
      if (s.jimmyRun < 0 && speed > 4 && d < 12) s.jimmyRun = sim.tick + 10;
      if (s.jimmyRun >= 0 && s.jimmyWave < 0 && still > 25 && d > 14.2 && d < 18 && sim.tick > s.jimmyRun + 60) s.jimmyWave = sim.tick;
      return s.jimmyPoint >= 0 && s.jimmyRun >= 0 && s.jimmyWave >= 0 && sim.tick > Math.max(s.jimmyPoint, s.jimmyWave);
    },
  );
  if (Object.values(s).some((v) => v < 0)) throw new Error(`cast scenes not found: ${JSON.stringify(s)}`);
  return { awakening, street, ...s };
}

/** The street: Henry walks ahead looking down at his feet (about 70° down), from the spawn. */
export function legsTake(ticks = 150): Take {
  return record(
    "street",
    ticks,
    (sim, cmd) => {
      cmd.pitchRad = -1.2;
      cmd.moveY = sim.tick > 20 ? 1 : 0;
    },
    () => false,
  );
}
