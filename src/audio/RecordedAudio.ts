import type { RigEvent } from "../rig/RigPose";
import type { GameSession } from "../session/GameSession";
import type { RigDriver } from "../session/RigDriver";
import type { Sim } from "../sim/SimTypes";
import { GameAudio, type ScriptView } from "./GameAudio";
import type { AudioVolumes } from "./Mixer";
import { RecordingEngine } from "./RecordingEngine";
import type { SoundBank } from "./SoundBank";

/**
 * A session's sound over the recording engine: the game's own GameAudio (mix, ducking,
 * music layers) hears the session's events and the rig's footsteps, and the engine keeps
 * what played when and every change of level. `npm run mix` reports on it; a rendered
 * video's soundtrack is rendered from it offline. Call `sync()` before each step, so the
 * engine's clock is the mix's.
 */
export class RecordedAudio {
  readonly engine: RecordingEngine;
  readonly audio: GameAudio;
  /** Footsteps the rig took (each should be heard once). */
  rigFootsteps = 0;

  constructor(session: GameSession, rig: RigDriver, bank: SoundBank, volumes: AudioVolumes, script: ((sim: Sim) => ScriptView | null) | null) {
    this.engine = new RecordingEngine(bank);
    this.audio = new GameAudio(this.engine, bank, { piece: session.piece, script });
    this.audio.setVolumes(volumes);
    // The rig driver has one callback: chain onto whoever holds it.
    const before = rig.onRigEvent;
    rig.onRigEvent = (e: RigEvent) => {
      before(e);
      if (e.kind !== "footstep") return;
      this.rigFootsteps++;
      this.audio.onFootstep(e);
    };
    session.observe(this.audio);
  }

  /** Sets the engine's clock to the mix's: call before each `session.step()`. */
  sync(): void {
    this.engine.timeS = this.audio.mixer.timeS;
  }
}
