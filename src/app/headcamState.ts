import { CAST } from "../content/cast";
import type { GameSession } from "../session/GameSession";
import type { TelekinesisView } from "../sim/ai/Telekinetic";
import type { CameraPose } from "../view/View";
import type { HeadcamState } from "./HeadcamApi";

const NO_CAMERA: CameraPose = { position: [0, 0, 0], pitchDeg: 0, yawDeg: 0, rollDeg: 0, fovDeg: 90 };

/** What `headcam.state()` reports of a run (or of the title screen, with no session). */
export function headcamState(run: {
  mode: HeadcamState["mode"];
  session: GameSession | null;
  paused: boolean;
  /** A replayed take ran out. */
  replayDone: boolean;
  /** The last rendered camera pose, or null before the first frame. */
  camera: CameraPose | null;
  audio: HeadcamState["audio"];
  /** The whole day, when one is on; `dayDone` once its end card shows. */
  day?: HeadcamState["day"];
  dayDone?: boolean;
}): HeadcamState {
  const sim = run.session?.sim;
  const p = sim?.player;
  const script = sim?.script ?? null;
  const camera = run.camera ?? NO_CAMERA;
  return {
    mode: run.mode,
    piece: run.session?.piece ?? null,
    tick: sim?.tick ?? 0,
    paused: run.paused,
    // During a day, a piece's end is not the end: only the day's own end card is.
    finished: run.replayDone || (run.day ? (run.dayDone ?? false) : (script?.finished ?? false)),
    player: {
      position: p ? [p.position.x, p.position.y, p.position.z] : [0, 0, 0],
      velocity: p ? [p.velocity.x, p.velocity.y, p.velocity.z] : [0, 0, 0],
      grounded: p?.grounded ?? false,
      move: p?.move ?? "none",
    },
    camera: { ...camera, position: [...camera.position] },
    subtitle: script?.subtitle ? { speaker: speakerName(script.subtitle.speaker), text: script.subtitle.text } : null,
    objective: script?.objective ?? null,
    audio: run.audio,
    day: run.day ?? null,
    army: sim?.army ? { alive: sim.army.alive, cap: sim.army.cap, waves: sim.army.called } : null,
    telekinetic: sim?.telekinesis ? telekineticState(sim.telekinesis) : null,
  };
}

function telekineticState(tk: TelekinesisView): NonNullable<HeadcamState["telekinetic"]> {
  const t = tk.throw;
  const object: [number, number, number] | null = t.stage === "none" ? null : [t.position.x, t.position.y, t.position.z];
  return { phase: tk.akan.phase, throw: t.stage, exposed: tk.akan.exposed, object };
}

function speakerName(id: string): string {
  return CAST.find((c) => c.id === id)?.name ?? id;
}
