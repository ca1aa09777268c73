import type { FootstepEvent } from "../rig/RigPose";
import { HENRY, type SimEvent } from "../sim/core/SimEvent";
import { FIXED_DT } from "../sim/core/time";
import type { Sim } from "../sim/SimTypes";
import type { AudioEngine } from "./AudioEngine";
import { dialogueLine } from "../content/dialogue";
import { barkCaption, CAPTION_REPEAT_S, type CaptionKind, captionText, direction } from "./captions";
import { type AudioVolumes, Mixer } from "./Mixer";
import { BODY_LOOPS, DEVICE_HUM, STEP_SURFACES, STEP_VARIANTS, voiceId } from "./sounds";
import type { SoundBank } from "./SoundBank";

/** What audio reads of the set-piece director (the lead wires `sim.script` to it). */
export interface ScriptView {
  /** 0 calm .. 1 full combat. */
  intensity: number;
  /** The line on screen now, or null. */
  subtitle: { line: string } | null;
  /** A chase's courier: the device he carries beats, and the music beats with it. */
  courier?: { active: boolean; caught: boolean; devicePulse01: number; position: { x: number; y: number; z: number } };
}

/** A checkpoint chimes this long after it is reached (checkpoints within it chime once), seconds. */
const CHECKPOINT_CHIME_DELAY_S = 0.35;

/** Within this of the device the music's pulse layer answers its beat, metres. */
const DEVICE_HEARD_M = 30;

export interface GameAudioOptions {
  /** The set piece whose music plays; null for free play on a level (no music). */
  piece: string | null;
  /** Reads the director each step; null (or a function returning null) when there is none. */
  script?: ((sim: Sim) => ScriptView | null) | null;
  /** Called with "[gunfire, left]" and the like when captions are on. */
  onCaption?: (text: string) => void;
}

const SPRINT_MPS = 6;
const STEP_SET: ReadonlySet<string> = new Set(STEP_SURFACES);
/** World sounds further than this are not started. */
const AUDIBLE_M = 90;

/**
 * Turns the core's events and the rig's footsteps into sound, step by step: Henry's body
 * (footsteps, landings, breathing that follows exertion, a heartbeat when hurt), guns,
 * fists and blasts placed in the world, dialogue voices when the director shows a line,
 * and the piece's music following the intensity. Runs the same over howler in the browser
 * and over the recording fake in node (tests, `npm run mix`). Allocates nothing per step.
 */
export class GameAudio {
  readonly mixer: Mixer;
  captions = false;
  private stepCount = 0;
  private lastStepVariant = -1;
  private exertion = 0;
  private breathCalm = 0;
  private breathHeavy = 0;
  private heart = 0;
  private readonly loopVol = [0, 0, 0, 0];
  /** The device's hum, started when a chase's courier first appears. */
  private hum = 0;
  private line: string | null = null;
  private lastExplosionS = -10;
  /** When the pending checkpoint chime sounds (mix seconds), or -1. */
  private chimeAtS = -1;
  private lastHurtS = -10;
  /** Intensity without a director: rises with gunfire, settles over time. */
  private activity = 0;
  private readonly captionAt = new Map<CaptionKind, number>();
  private readonly eye: [number, number, number] = [0, 0, 0];
  private yaw = 0;

  constructor(
    readonly engine: AudioEngine,
    readonly bank: SoundBank,
    private readonly opts: GameAudioOptions,
  ) {
    this.mixer = new Mixer(engine, bank);
    engine.preload(bank.ids().filter((id) => !id.startsWith("music/") || (opts.piece !== null && id.startsWith(`music/${opts.piece}.`))));
    this.breathCalm = this.mixer.loop(BODY_LOOPS.breathCalm, 0);
    this.breathHeavy = this.mixer.loop(BODY_LOOPS.breathHeavy, 0);
    this.heart = this.mixer.loop(BODY_LOOPS.heartbeat, 0);
    if (opts.piece !== null) this.mixer.startMusic(opts.piece);
  }

  setVolumes(v: AudioVolumes): void {
    this.mixer.setVolumes(v);
  }

  /** A footstep of the rig: the same event that moves the head plays the sound. */
  onFootstep(e: FootstepEvent): void {
    const surface = STEP_SET.has(e.surface) ? e.surface : "concrete";
    // A different variant from the last, picked by a fixed sequence (no Math.random).
    const n = this.stepCount++;
    let v = (n * 7 + (n >> 2)) % STEP_VARIANTS;
    if (v === this.lastStepVariant) v = (v + 1) % STEP_VARIANTS;
    this.lastStepVariant = v;
    const speed = Math.min(1, e.speedMps / 8);
    const volume = 0.18 + 0.3 * speed + (e.foot === "left" ? 0.03 : 0);
    const rate = 0.95 + ((n * 37) % 11) / 100;
    this.mixer.effect(`sfx/step.${surface}.${v}`, volume, rate, null, 1, -1);
  }

  onEvent(e: SimEvent, sim: Sim): void {
    const m = this.mixer;
    switch (e.kind) {
      case "landed": {
        if (e.impactSpeedMps < 1.5) break;
        // A roll takes the fall on the shoulder: a tumble, not a slam.
        if (e.rolled) {
          m.effect("sfx/land.soft", 0.55, 0.8, null, 1, -1);
          break;
        }
        const hard = e.impactSpeedMps > 6;
        m.effect(hard ? "sfx/land.hard" : "sfx/land.soft", Math.min(1, 0.3 + e.impactSpeedMps / 10), 1, null, 1, -1);
        break;
      }
      case "jumped":
        m.effect("sfx/jump", 0.35, 1, null, 1, -1);
        break;
      case "recoil":
        m.effect("sfx/gun.rattle", 0.25, 1, null, 1, -1);
        break;
      case "respawned":
        m.effect("sfx/respawn", 0.6, 1, null, 1, -1);
        break;
      case "blast":
      case "explosion":
        // The combat core may push both for one blast: one boom is enough.
        if (m.timeS - this.lastExplosionS < 0.2) break;
        this.lastExplosionS = m.timeS;
        this.activity = 1;
        m.effect("sfx/explosion", 1, 1, e.position, 6, 9);
        this.caption("explosion", e.position);
        break;
      case "shot": {
        const rifle = e.weapon === "rifle";
        const mine = e.shooter === HENRY;
        this.activity = Math.min(1, this.activity + 0.15);
        // Henry's own gun sits a little under full: an automatic rifle stacks its tails.
        if (mine) m.effect(rifle ? "sfx/shot.rifle" : "sfx/shot.pistol", rifle ? 0.6 : 0.7, 1, null, 1, -1);
        else if (this.near(e.from)) {
          m.effect(rifle ? "sfx/shot.rifle" : "sfx/shot.pistol", 0.45, 0.97, e.from, 3, 6);
          this.caption("gunfire", e.from);
        }
        if (e.hit !== "none" && e.hit !== "henry" && this.near(e.to)) {
          const id = e.hit === "enemy" ? "sfx/impact.flesh" : e.surface === "glass" ? "sfx/glass.break" : e.surface === "metal" ? "sfx/impact.metal" : "sfx/impact.world";
          m.effect(id, 0.4, 1, e.to, 2, id === "sfx/glass.break" ? 5 : 2);
          if (id === "sfx/glass.break") this.caption("glass", e.to);
        }
        break;
      }
      case "reload":
        m.effect(e.phase === "start" ? "sfx/reload.start" : "sfx/reload.end", 0.55, 1, null, 1, -1);
        break;
      case "weaponSwitch":
        m.effect("sfx/weapon.switch", 0.5, 1, null, 1, -1);
        break;
      case "move":
        // Hands on an edge, a rail or a box (a roll sounds with its landing).
        if (e.move === "vault" || e.move === "mantle" || e.move === "ladderOn" || e.move === "ladderTop") m.effect("sfx/grab", 0.5, 1.1, null, 1, -1);
        break;
      case "rung":
        m.effect("sfx/impact.metal", 0.22, e.up ? 1.15 : 1, null, 1, -1);
        break;
      case "melee":
        m.effect(e.hit === "enemy" ? "sfx/punch.hit" : e.hit === "prop" ? "sfx/punch.prop" : "sfx/punch.whoosh", 0.8, 1, null, 1, -1);
        break;
      case "grab":
        m.effect("sfx/grab", 0.5, 1, null, 1, -1);
        break;
      case "throw":
        // A swish, not a bang: it rides over whatever the throw lands on.
        m.effect("sfx/throw.whoosh", Math.min(0.65, 0.3 + e.speedMps / 40), 1, null, 1, -1);
        break;
      case "pickup":
        m.effect(e.item === "ammo" ? "sfx/pickup.ammo" : "sfx/pickup.weapon", 0.6, 1, null, 1, -1);
        break;
      case "damage":
        if (e.target === HENRY) {
          // A burst of hits is one jolt, not a pile of them.
          if (m.timeS - this.lastHurtS < 0.45) break;
          this.lastHurtS = m.timeS;
          m.effect("sfx/hurt", Math.min(1, 0.45 + e.amount / 60), 1, null, 1, -1);
          if (e.cause === "throw" || e.cause === "explosion") this.caption("impact", null);
        } else if (e.cause === "melee" || e.cause === "throw") m.effect("sfx/impact.flesh", 0.7, 1, e.from, 2, 3);
        break;
      case "killed":
        if (this.near(e.position)) m.effect("sfx/body.fall", 0.7, 1, e.position, 3, 3);
        break;
      case "checkpoint":
        // A fight cleared and the script's checkpoint on it come together: one chime, a beat
        // after the shot and the fall that ended the fight (not stacked on their transients).
        if (this.chimeAtS < 0) this.chimeAtS = m.timeS + CHECKPOINT_CHIME_DELAY_S;
        break;
      case "cue":
        if (e.cue.kind === "shake" && e.cue.trauma >= 0.6) m.effect("sfx/explosion", 0.8 * e.cue.trauma, 0.7, null, 1, -1);
        break;
      case "glass":
        // A whole pane going: louder and longer than a round's chip in it (but a fight's volley of them must not clip).
        this.activity = Math.min(1, this.activity + 0.2);
        m.effect("sfx/glass.break", e.cause === "sprint" || e.cause === "melee" ? 0.6 : 0.45, 0.9 + (e.pane % 5) * 0.04, e.hit, 3, 7);
        this.caption("glass", e.hit);
        break;
      case "cloud":
        m.effect("sfx/extinguisher", 0.6, 1, e.position, 2, 5);
        this.caption("hiss", e.position);
        break;
      case "alerted":
        if (this.near(e.position)) {
          m.effect("sfx/merc.radio", 0.7, 1, e.position, 3, 4);
          this.caption("radio", e.position);
        }
        break;
      case "reinforcement":
        if (this.near(e.position)) m.effect(e.entry === "lift" ? "sfx/lift.ding" : e.entry === "rope" ? "sfx/rope.zip" : "sfx/door.bang", 0.7, 1, e.position, 4, 4);
        break;
      case "telekinesis":
        this.telekinesis(e);
        break;
      case "coverBroken":
        m.effect("sfx/concrete.break", 0.7, 1, e.position, 4, 7);
        break;
      case "akanHit":
        m.effect(e.hurt ? "sfx/akan.hurt" : "sfx/barrier.deflect", 0.5, 1, e.position, 3, 5);
        break;
      case "bark": {
        if (!this.near(e.position) || !m.bark(voiceId(e.line), e.position)) break;
        const line = dialogueLine(e.line);
        if (line && this.captions && this.opts.onCaption) {
          this.opts.onCaption(barkCaption(line.text, line.lang, direction(this.eye[0], this.eye[2], this.yaw, e.position[0], e.position[2])));
        }
        break;
      }
    }
    void sim;
  }

  /**
   * A telekinetic throw: the telegraph is heard where the object is (loud, high priority,
   * so a throw from off screen can be found by ear, and captioned with its side).
   */
  private telekinesis(e: Extract<SimEvent, { kind: "telekinesis" }>): void {
    const m = this.mixer;
    const heavy = e.what === "car" || e.what === "vent";
    if (e.stage === "lift") {
      m.effect("sfx/tk.rise", 0.9, 1, e.position, 8, 8);
      this.caption("telegraph", e.position);
    } else if (e.stage === "release") m.effect("sfx/tk.throw", 0.8, 1, e.position, 6, 7);
    else if (e.stage === "impact") m.effect(heavy ? "sfx/tk.impact.heavy" : "sfx/tk.impact.light", heavy ? 0.8 : 0.6, 1, e.position, heavy ? 6 : 3, heavy ? 8 : 4);
  }

  /** After each core step: listener, body loops, dialogue, music and ducking. */
  afterStep(sim: Sim): void {
    const p = sim.player;
    this.eye[0] = p.position.x;
    this.eye[1] = p.position.y + p.eyeHeightM;
    this.eye[2] = p.position.z;
    this.yaw = p.yawRad;
    this.engine.setListener(this.eye[0], this.eye[1], this.eye[2], p.yawRad, p.pitchRad);
    const speed = Math.hypot(p.velocity.x, p.velocity.z);
    const sprinting = p.grounded && speed > SPRINT_MPS;
    // Exertion as the rig driver counts it: ~10 s of sprinting to the top, ~20 s to settle.
    this.exertion = Math.min(1, Math.max(0, this.exertion + (sprinting ? FIXED_DT / 10 : -FIXED_DT / 20)));
    const health = p.dead ? 1 : p.health01;
    const hurt = Math.max(0, (0.6 - health) / 0.6);
    const effort = Math.min(1, this.exertion + hurt * 0.5);
    this.setLoop(0, this.breathCalm, 0.16 * (1 - effort));
    this.setLoop(1, this.breathHeavy, 0.35 * effort);
    this.setLoop(2, this.heart, 0.4 * hurt);
    if (this.heart && hurt > 0) this.engine.setRate(this.heart, 1 + 0.6 * hurt);
    if (hurt > 0.3) this.caption("heartbeat", null);

    const script = this.opts.script ? this.opts.script(sim) : null;
    const line = script?.subtitle?.line ?? null;
    if (line !== this.line) {
      this.line = line;
      if (line) this.mixer.speak(voiceId(line));
    }
    this.activity = Math.max(0, this.activity - FIXED_DT / 12);
    const intensity = script ? script.intensity : Math.min(1, 0.2 + this.activity);
    this.mixer.update(FIXED_DT, intensity, this.deviceAnswer(script));
    if (this.chimeAtS >= 0 && this.mixer.timeS >= this.chimeAtS) {
      this.chimeAtS = -1;
      this.mixer.effect("sfx/checkpoint", 0.4, 1, null, 1, -1);
    }
  }

  /**
   * The device: its hum grows as it comes near and throbs with its beat (in Henry's hand,
   * loudest); returns how much its beat drives the music's pulse layer (1 far away).
   */
  private deviceAnswer(script: ScriptView | null): number {
    const c = script?.courier;
    if (!c?.active) return 1;
    const d = c.caught ? 0 : Math.hypot(c.position.x - this.eye[0], c.position.y - this.eye[1], c.position.z - this.eye[2]);
    const near = Math.max(0, 1 - d / DEVICE_HEARD_M);
    if (!this.hum && this.bank.has(DEVICE_HUM)) this.hum = this.mixer.loop(DEVICE_HUM, 0);
    this.setLoop(3, this.hum, near * near * (0.2 + 0.35 * c.devicePulse01));
    return 1 - near + near * (0.45 + 1.1 * c.devicePulse01);
  }

  private setLoop(i: number, handle: number, volume: number): void {
    if (!handle || Math.abs(volume - this.loopVol[i]) < 0.01) return;
    this.loopVol[i] = volume;
    this.engine.setVolume(handle, volume, 0.1);
  }

  private near(pos: readonly [number, number, number]): boolean {
    const dx = pos[0] - this.eye[0];
    const dy = pos[1] - this.eye[1];
    const dz = pos[2] - this.eye[2];
    return dx * dx + dy * dy + dz * dz < AUDIBLE_M * AUDIBLE_M;
  }

  private caption(kind: CaptionKind, pos: readonly [number, number, number] | null): void {
    if (!this.captions || !this.opts.onCaption) return;
    const last = this.captionAt.get(kind) ?? -Infinity;
    if (this.mixer.timeS - last < CAPTION_REPEAT_S) return;
    this.captionAt.set(kind, this.mixer.timeS);
    this.opts.onCaption(captionText(kind, pos ? direction(this.eye[0], this.eye[2], this.yaw, pos[0], pos[2]) : null));
  }

  dispose(): void {
    this.mixer.dispose();
  }
}
