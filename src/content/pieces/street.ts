import type { SetPieceDef } from "../script";
import { DIRECTOR_INTERVIEW, PRODUCER_INTERVIEW, TRAILER_NEWS } from "../sources";

/**
 * Set piece 2, the street (morning): the pod has crashed, the wife is dragged away,
 * Jimmy calls and shouts the way north through three fights to the van.
 * Sources: the chase and the mercenaries (producer interview, trailer news), Jimmy
 * guiding by voice and the shouted instructions (director interview).
 */
export const STREET: SetPieceDef = {
  id: "street",
  title: "Street",
  level: "street",
  timeOfDay: "morning",
  operator: "stuntman",
  parTimeS: 100,
  budgetS: 240,
  sources: [DIRECTOR_INTERVIEW, PRODUCER_INTERVIEW, TRAILER_NEWS],
  beats: [
    {
      id: "crash",
      when: { kind: "start" },
      cues: [
        { kind: "operator", preset: "stuntman", blendS: 0 },
        { kind: "timeOfDay", time: "morning" },
        { kind: "shake", trauma: 0.8 },
        { kind: "intensity", value: 0.4 },
        { kind: "checkpoint", anchor: "spawn" },
        { kind: "actor", who: "estelle", anchor: "spawn", action: "dragged" },
        { kind: "actor", who: "akan", anchor: "spawn", action: "stand" },
        { kind: "line", line: "st.crash" },
      ],
    },
    { id: "taken", when: { kind: "lineFinished", line: "st.crash" }, cues: [{ kind: "line", line: "st.taken" }] },
    {
      id: "jimmy",
      when: { kind: "lineFinished", line: "st.taken" },
      cues: [
        { kind: "actor", who: "estelle", anchor: "spawn", action: "leave" },
        { kind: "actor", who: "akan", anchor: "spawn", action: "leave" },
        { kind: "jimmy", route: ["fight.1", "fight.2", "fight.3", "end"], guise: "jimmy.sweeper" },
        { kind: "line", line: "st.jimmy" },
        { kind: "objective", id: "north", text: "Run north after Jimmy" },
        { kind: "intensity", value: 0.5 },
      ],
    },
    { id: "north", when: { kind: "lineFinished", line: "st.jimmy" }, cues: [{ kind: "line", line: "st.north" }] },
    {
      id: "fight1",
      when: { kind: "enter", anchor: "fight.1", radiusM: 28 },
      cues: [
        { kind: "spawn", group: "f1", anchors: ["fight.1"] },
        { kind: "line", line: "st.fight1" },
        { kind: "objective", id: "f1", text: "Clear the mercenaries by the kiosks" },
        { kind: "intensity", value: 1 },
      ],
    },
    { id: "barrel", when: { kind: "timer", afterS: 4 }, cues: [{ kind: "line", line: "st.barrel" }] },
    {
      id: "clear1",
      when: { kind: "enemiesDown", group: "f1" },
      cues: [
        { kind: "objectiveDone", id: "f1" },
        { kind: "checkpoint", anchor: "fight.1" },
        { kind: "line", line: "st.clear1" },
        { kind: "intensity", value: 0.5 },
      ],
    },
    {
      id: "fight2",
      when: { kind: "enter", anchor: "fight.2", radiusM: 28 },
      cues: [
        { kind: "spawn", group: "f2", anchors: ["fight.2"] },
        { kind: "line", line: "st.fight2" },
        { kind: "objective", id: "f2", text: "Survive the ambush" },
        { kind: "intensity", value: 1 },
      ],
    },
    {
      id: "clear2",
      when: { kind: "enemiesDown", group: "f2" },
      cues: [{ kind: "objectiveDone", id: "f2" }, { kind: "checkpoint", anchor: "fight.2" }, { kind: "intensity", value: 0.5 }],
    },
    {
      id: "fight3",
      when: { kind: "enter", anchor: "fight.3", radiusM: 28 },
      cues: [
        { kind: "spawn", group: "f3", anchors: ["fight.3"] },
        { kind: "line", line: "st.fight3" },
        { kind: "objective", id: "f3", text: "Break through to Jimmy" },
        { kind: "intensity", value: 1 },
      ],
    },
    {
      id: "clear3",
      when: { kind: "enemiesDown", group: "f3" },
      cues: [
        { kind: "objectiveDone", id: "f3" },
        { kind: "checkpoint", anchor: "fight.3" },
        { kind: "objective", id: "van", text: "Get to Jimmy's van" },
        { kind: "intensity", value: 0.3 },
      ],
    },
    {
      id: "end",
      when: { kind: "enter", anchor: "end", radiusM: 8 },
      cues: [
        { kind: "objectiveDone", id: "van" },
        { kind: "objectiveDone", id: "north" },
        { kind: "line", line: "st.end" },
        { kind: "intensity", value: 0 },
      ],
    },
    { id: "card", when: { kind: "lineFinished", line: "st.end" }, cues: [{ kind: "end" }] },
  ],
};
