import type { SetPieceDef } from "../script";
import { PRODUCER_INTERVIEW, TRAILER_NEWS } from "../sources";

/**
 * Set piece 1, awakening (dawn, the airborne lab): waking with no memory, the fitting and
 * calibration, the name, the voice module that never gets fitted, the attack, the pod.
 * Sources: waking with no memory and the name (producer interview), the scientist wife
 * (trailer news), the lab, the fitting, the voice module and the pod (outside).
 */
export const AWAKENING: SetPieceDef = {
  id: "awakening",
  title: "Awakening",
  level: "airlab",
  timeOfDay: "dawn",
  operator: "operator",
  parTimeS: 110,
  budgetS: 240,
  startsUnarmed: true,
  sources: [PRODUCER_INTERVIEW, TRAILER_NEWS, "outside"],
  beats: [
    {
      id: "wake",
      when: { kind: "start" },
      cues: [
        { kind: "operator", preset: "operator", blendS: 0 },
        { kind: "timeOfDay", time: "dawn" },
        { kind: "intensity", value: 0 },
        { kind: "checkpoint", anchor: "spawn" },
        { kind: "actor", who: "estelle", anchor: "bed", action: "stand" },
        { kind: "line", line: "aw.wake" },
      ],
    },
    { id: "nomemory", when: { kind: "lineFinished", line: "aw.wake" }, cues: [{ kind: "line", line: "aw.nomemory" }] },
    { id: "arm", when: { kind: "lineFinished", line: "aw.nomemory" }, cues: [{ kind: "line", line: "aw.arm" }, { kind: "shake", trauma: 0.15 }] },
    { id: "leg", when: { kind: "lineFinished", line: "aw.arm" }, cues: [{ kind: "line", line: "aw.leg" }, { kind: "shake", trauma: 0.15 }] },
    {
      id: "look",
      when: { kind: "lineFinished", line: "aw.leg" },
      cues: [{ kind: "line", line: "aw.look" }, { kind: "objective", id: "look", text: "Look at each calibration light" }],
    },
    { id: "look1", when: { kind: "look", anchor: "calibration.1", withinDeg: 8 }, cues: [] },
    { id: "look2", when: { kind: "look", anchor: "calibration.2", withinDeg: 8 }, cues: [] },
    {
      id: "look3",
      when: { kind: "look", anchor: "calibration.3", withinDeg: 8 },
      cues: [{ kind: "objectiveDone", id: "look" }, { kind: "line", line: "aw.lookdone" }],
    },
    {
      id: "flex",
      when: { kind: "lineFinished", line: "aw.lookdone" },
      cues: [{ kind: "line", line: "aw.flex" }, { kind: "objective", id: "flex", text: "Make a fist (fire)" }],
    },
    {
      id: "steps",
      when: { kind: "button", button: "fire" },
      cues: [
        { kind: "objectiveDone", id: "flex" },
        { kind: "line", line: "aw.steps" },
        { kind: "objective", id: "steps", text: "Take a few steps" },
      ],
    },
    {
      id: "name",
      when: { kind: "walked", distanceM: 2.5 },
      cues: [{ kind: "objectiveDone", id: "steps" }, { kind: "line", line: "aw.name" }],
    },
    { id: "strong", when: { kind: "lineFinished", line: "aw.name" }, cues: [{ kind: "line", line: "aw.strong" }] },
    {
      id: "window",
      when: { kind: "lineFinished", line: "aw.strong" },
      cues: [{ kind: "line", line: "aw.window" }, { kind: "objective", id: "window", text: "Look down through the glass floor" }],
    },
    {
      id: "below",
      when: { kind: "enter", anchor: "calibration.3", radiusM: 1.6 },
      cues: [{ kind: "objectiveDone", id: "window" }, { kind: "line", line: "aw.lab" }],
    },
    { id: "voice", when: { kind: "lineFinished", line: "aw.lab" }, cues: [{ kind: "line", line: "aw.voice" }] },
    {
      id: "alarm",
      when: { kind: "timer", afterS: 3.5 },
      cues: [
        { kind: "shake", trauma: 0.5 },
        { kind: "explosion", anchor: "door", strength: 0.8 },
        { kind: "line", line: "aw.alarm" },
        { kind: "operator", preset: "stuntman", blendS: 1 },
        { kind: "intensity", value: 0.7 },
        { kind: "checkpoint", anchor: "spawn" },
      ],
    },
    { id: "akan", when: { kind: "lineFinished", line: "aw.alarm" }, cues: [{ kind: "line", line: "aw.akan" }] },
    {
      id: "attack",
      when: { kind: "lineFinished", line: "aw.akan" },
      cues: [
        { kind: "door", door: "door", open: true },
        { kind: "spawn", group: "lab", anchors: ["door"] },
        { kind: "arm", weapon: "pistol", rounds: 36 },
        { kind: "line", line: "aw.fight" },
        { kind: "objective", id: "fight", text: "Fight off the mercenaries" },
        { kind: "intensity", value: 1 },
      ],
    },
    { id: "more", when: { kind: "timer", afterS: 6 }, cues: [{ kind: "line", line: "aw.more" }] },
    {
      id: "pod",
      when: { kind: "enemiesDown", group: "lab" },
      cues: [
        { kind: "objectiveDone", id: "fight" },
        { kind: "line", line: "aw.pod" },
        { kind: "objective", id: "pod", text: "Get to the escape pod" },
        { kind: "intensity", value: 0.6 },
      ],
    },
    {
      id: "seal",
      when: { kind: "enter", anchor: "pod", radiusM: 2.5 },
      cues: [
        { kind: "objectiveDone", id: "pod" },
        { kind: "line", line: "aw.seal" },
        { kind: "shake", trauma: 0.2 },
      ],
    },
    {
      id: "drop",
      when: { kind: "timer", afterS: 13 },
      cues: [
        { kind: "line", line: "aw.drop" },
        { kind: "shake", trauma: 1 },
        { kind: "intensity", value: 1 },
      ],
    },
    { id: "card", when: { kind: "lineFinished", line: "aw.drop" }, cues: [{ kind: "shake", trauma: 1 }, { kind: "end" }] },
  ],
};
