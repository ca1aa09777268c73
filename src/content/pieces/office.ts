import type { SetPieceDef } from "../script";
import { DIRECTOR_INTERVIEW, PRODUCER_INTERVIEW, TRAILER_NEWS } from "../sources";

/** Jimmy's way up the tower: the west stairs, across floor 1, the east stairs, to the lift on floor 2. */
const JIMMY_ROUTE = [
  "w.0.door",
  "w.0.foot",
  "w.0.half",
  "w.0.top",
  "w.1.door",
  "f1.glassdoor",
  "f1.inside",
  "f1.desks",
  "e.1.door",
  "e.1.foot",
  "e.1.half",
  "e.1.top",
  "e.2.door",
  "f2.corridor",
  "f2.lift",
  "f2.shaft",
  "f2.pit",
];

/**
 * Set piece 3, the office (midday to afternoon): Jimmy's van leaves Henry at the tower's
 * service door, the lobby is held and more guards pour in, so the way out is up, floor by
 * floor, through glass and furniture, to the roof where the chase over the rooftops
 * begins. Jimmy turns up as the caretaker, guides, takes the lift down the empty shaft,
 * and is back on the radio a floor later. Sources: the short film (trailer news): Henry
 * fights his way out of a tower full of guards, then chases a courier carrying a glowing
 * device over the roofs; thrown things and shouted directions (director interview);
 * Jimmy dying and coming back (producer interview).
 */
export const OFFICE: SetPieceDef = {
  id: "office",
  title: "Office",
  level: "office",
  timeOfDay: "midday",
  operator: "stuntman",
  parTimeS: 150,
  budgetS: 420,
  sources: [TRAILER_NEWS, DIRECTOR_INTERVIEW, PRODUCER_INTERVIEW],
  nags: { lag: ["of.nag.lag"], wrong: ["of.nag.wrong"], still: ["of.nag.still"] },
  beats: [
    {
      id: "drop",
      when: { kind: "start" },
      cues: [
        { kind: "operator", preset: "stuntman", blendS: 0 },
        { kind: "timeOfDay", time: "midday" },
        { kind: "intensity", value: 0.3 },
        { kind: "checkpoint", anchor: "spawn" },
        { kind: "objective", id: "roof", text: "Get up to the roof" },
        { kind: "line", line: "of.drop" },
      ],
    },
    { id: "shutter", when: { kind: "lineFinished", line: "of.drop" }, cues: [{ kind: "line", line: "of.shutter" }] },
    {
      id: "lobby",
      when: { kind: "reached", anchor: "corridor.end", radiusM: 3 },
      cues: [
        { kind: "spawn", group: "lobby", anchors: ["fight.lobby"] },
        { kind: "checkpoint", anchor: "cp.lobby" },
        { kind: "objective", id: "stairs", text: "Fight through the lobby to the west stairs" },
        { kind: "line", line: "of.lobby" },
        { kind: "jimmy", route: JIMMY_ROUTE, guise: "jimmy.caretaker" },
        { kind: "intensity", value: 1 },
      ],
    },
    {
      id: "pour",
      when: { kind: "timer", afterS: 10 },
      cues: [
        { kind: "spawn", group: "entrance", anchors: ["fight.entrance"] },
        { kind: "line", line: "of.pour" },
      ],
    },
    {
      id: "stairs",
      when: { kind: "reached", anchor: "w.0.door", radiusM: 3 },
      cues: [
        { kind: "spawn", group: "stairs", anchors: ["fight.stairs"] },
        { kind: "spawn", group: "f1", anchors: ["fight.f1"] },
        { kind: "objectiveDone", id: "stairs" },
        { kind: "line", line: "of.appear" },
        { kind: "intensity", value: 0.6 },
      ],
    },
    { id: "blocked", when: { kind: "lineFinished", line: "of.appear" }, cues: [{ kind: "line", line: "of.blocked" }] },
    {
      id: "floor1",
      when: { kind: "reached", anchor: "w.1.door", radiusM: 2.5 },
      cues: [
        { kind: "checkpoint", anchor: "cp.f1" },
        { kind: "operator", preset: "director", blendS: 0.6 },
        { kind: "objective", id: "glass", text: "Get through the glass door" },
        { kind: "line", line: "of.glass" },
      ],
    },
    {
      id: "inside1",
      when: { kind: "reached", anchor: "f1.inside", radiusM: 2 },
      cues: [
        { kind: "objectiveDone", id: "glass" },
        { kind: "operator", preset: "stuntman", blendS: 0.8 },
        { kind: "objective", id: "f1", text: "Cross the floor to the east stairs" },
        { kind: "line", line: "of.throw" },
        { kind: "intensity", value: 1 },
      ],
    },
    { id: "smoke", when: { kind: "lineFinished", line: "of.throw" }, cues: [{ kind: "line", line: "of.smoke" }] },
    {
      id: "east1",
      when: { kind: "reached", anchor: "e.1.door", radiusM: 3 },
      cues: [
        { kind: "spawn", group: "f2", anchors: ["fight.f2"] },
        { kind: "objectiveDone", id: "f1" },
        { kind: "line", line: "of.east" },
        { kind: "intensity", value: 0.6 },
      ],
    },
    {
      id: "floor2",
      when: { kind: "reached", anchor: "e.2.door", radiusM: 2.5 },
      cues: [
        { kind: "checkpoint", anchor: "cp.f2" },
        { kind: "objective", id: "f2", text: "Cross to the west stairs" },
        { kind: "line", line: "of.f2" },
        { kind: "intensity", value: 1 },
      ],
    },
    {
      id: "lift",
      when: { kind: "reached", anchor: "f2.corridor", radiusM: 7 },
      cues: [
        { kind: "line", line: "of.lift" },
        { kind: "operator", preset: "director", blendS: 0.5 },
      ],
    },
    { id: "fall", when: { kind: "lineFinished", line: "of.lift" }, cues: [{ kind: "line", line: "of.fall" }] },
    {
      id: "gone",
      when: { kind: "timer", afterS: 3.5 },
      cues: [
        { kind: "jimmy", route: [], guise: "jimmy.caretaker" },
        { kind: "shake", trauma: 0.35 },
        { kind: "operator", preset: "stuntman", blendS: 0.8 },
      ],
    },
    {
      id: "west2",
      when: { kind: "reached", anchor: "w.2.door", radiusM: 3 },
      cues: [
        { kind: "spawn", group: "f3", anchors: ["fight.f3"] },
        { kind: "objectiveDone", id: "f2" },
        { kind: "line", line: "of.merc" },
        { kind: "intensity", value: 0.6 },
      ],
    },
    {
      id: "floor3",
      when: { kind: "reached", anchor: "w.3.door", radiusM: 2.5 },
      cues: [
        { kind: "checkpoint", anchor: "cp.f3" },
        { kind: "timeOfDay", time: "afternoon" },
        { kind: "operator", preset: "director", blendS: 0.6 },
        { kind: "objective", id: "f3", text: "Break through to the east stairs" },
        { kind: "line", line: "of.back" },
        { kind: "intensity", value: 1 },
      ],
    },
    { id: "boardroom", when: { kind: "lineFinished", line: "of.back" }, cues: [{ kind: "line", line: "of.boardroom" }] },
    {
      id: "inside3",
      when: { kind: "reached", anchor: "f3.inside", radiusM: 2.5 },
      cues: [{ kind: "operator", preset: "stuntman", blendS: 0.8 }],
    },
    {
      id: "east3",
      when: { kind: "reached", anchor: "e.3.door", radiusM: 3 },
      cues: [
        { kind: "objectiveDone", id: "f3" },
        { kind: "line", line: "of.roofstairs" },
        { kind: "intensity", value: 0.5 },
      ],
    },
    {
      id: "roof",
      when: { kind: "reached", anchor: "roof.out", radiusM: 3 },
      cues: [
        { kind: "checkpoint", anchor: "cp.roof" },
        { kind: "line", line: "of.roof" },
        { kind: "intensity", value: 0.3 },
      ],
    },
    {
      id: "end",
      when: { kind: "reached", anchor: "end", radiusM: 4 },
      cues: [
        { kind: "objectiveDone", id: "roof" },
        { kind: "line", line: "of.end" },
        { kind: "intensity", value: 0 },
      ],
    },
    { id: "card", when: { kind: "lineFinished", line: "of.end" }, cues: [{ kind: "end" }] },
  ],
};
