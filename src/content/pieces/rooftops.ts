import type { ChaseStep, SetPieceDef } from "../script";
import { DIRECTOR_INTERVIEW, PRODUCER_INTERVIEW, TRAILER_NEWS } from "../sources";

/**
 * The courier's line over the roofs (anchors of the rooftops level). Where it branches the
 * fast way is listed first: over the skylights rather than round them, up the wall rather
 * than the ladder beside it. The courier picks a branch by the seed; the autopilot, like a
 * player who knows the way, takes the fast one.
 */
export const ROOFTOP_CHASE: ChaseStep[] = [
  { at: "r.b1.parapet", to: "r.b2.land", via: "vault" },
  {
    branch: [
      [
        { at: "r.b2.sky", to: "r.b2.skyPast", via: "vault" },
        { to: "r.b2.north", via: "run" },
      ],
      [
        { to: "r.b2.east", via: "run" },
        { to: "r.b2.eastPast", via: "run" },
        { to: "r.b2.round", via: "run" },
        { to: "r.b2.north", via: "run" },
      ],
    ],
  },
  { at: "r.b2.edge", to: "r.b3.land", via: "leap" },
  {
    branch: [
      [
        { to: "r.b3.mantleFoot", via: "run" },
        { at: "r.b3.wall", to: "r.b4.mantleTop", via: "mantle" },
      ],
      [
        { to: "r.b3.ladderFoot", via: "run" },
        { at: "r.b3.ladder", to: "r.b4.ladderTop", via: "ladder" },
      ],
    ],
  },
  { to: "r.b4.liftFoot", via: "run" },
  { at: "r.b4.lift", to: "r.lift.top", via: "ladder" },
  { at: "r.lift.edge", to: "r.b5.land", via: "leap" },
  { at: "r.b5.sky", to: "r.b5.skyPast", via: "vault" },
  { at: "r.b5.edge", to: "r.b6.land", via: "drop" },
  { to: "end", via: "run" },
];

/**
 * Set piece 4, the rooftops (afternoon to dusk): out of the office tower onto its roof, a
 * courier runs off with a glowing device; the chase goes over panel-block roofs, a drop, gaps,
 * a wall, ladders, past the mercenaries guarding him, until he runs out of roof.
 * Sources: the rooftop pursuit of a man with a mysterious glowing device (trailer news),
 * Jimmy shouting the way (director interview), Jimmy dying and coming back and the
 * mercenaries (producer interview).
 */
export const ROOFTOPS: SetPieceDef = {
  id: "rooftops",
  title: "Rooftops",
  level: "rooftops",
  timeOfDay: "afternoon",
  operator: "stuntman",
  parTimeS: 90,
  budgetS: 240,
  sources: [TRAILER_NEWS, DIRECTOR_INTERVIEW, PRODUCER_INTERVIEW],
  beats: [
    {
      id: "roof",
      when: { kind: "start" },
      cues: [
        { kind: "operator", preset: "stuntman", blendS: 0 },
        { kind: "timeOfDay", time: "afternoon" },
        { kind: "intensity", value: 0.5 },
        { kind: "checkpoint", anchor: "spawn" },
        { kind: "courier", start: "courier.start", route: ROOFTOP_CHASE, warn: ["ro.warn1", "ro.warn2"], lost: "ro.lost" },
        { kind: "line", line: "ro.roof" },
        { kind: "objective", id: "courier", text: "Catch the courier with the glowing case" },
      ],
    },
    { id: "after", when: { kind: "lineFinished", line: "ro.roof" }, cues: [{ kind: "line", line: "ro.after" }, { kind: "intensity", value: 0.8 }] },
    { id: "lip", when: { kind: "enter", anchor: "r.b1.parapet", radiusM: 9 }, cues: [{ kind: "line", line: "ro.drop" }] },
    {
      id: "b2",
      when: { kind: "enter", anchor: "cp.b2", radiusM: 5 },
      cues: [
        { kind: "checkpoint", anchor: "cp.b2" },
        { kind: "spawn", group: "b2", anchors: ["fight.1"] },
        { kind: "line", line: "ro.merc1" },
        { kind: "intensity", value: 1 },
      ],
    },
    { id: "skylights", when: { kind: "lineFinished", line: "ro.merc1" }, cues: [{ kind: "line", line: "ro.skylights" }] },
    { id: "gap", when: { kind: "enter", anchor: "r.b2.north", radiusM: 6 }, cues: [{ kind: "line", line: "ro.gap" }, { kind: "operator", preset: "stuntman", blendS: 1 }] },
    {
      id: "b3",
      when: { kind: "enter", anchor: "cp.b3", radiusM: 5 },
      cues: [
        { kind: "checkpoint", anchor: "cp.b3" },
        { kind: "line", line: "ro.wall" },
        { kind: "jimmy", route: ["jimmy.b4"], guise: "jimmy.fitter" },
        { kind: "intensity", value: 0.7 },
      ],
    },
    {
      id: "b4",
      when: { kind: "enter", anchor: "cp.b4", radiusM: 6 },
      cues: [
        { kind: "checkpoint", anchor: "cp.b4" },
        { kind: "spawn", group: "b4", anchors: ["fight.2"] },
        { kind: "line", line: "ro.jimmyHere" },
        { kind: "intensity", value: 1 },
      ],
    },
    {
      id: "jimmyShot",
      when: { kind: "lineFinished", line: "ro.jimmyHere" },
      cues: [
        { kind: "line", line: "ro.jimmyShot" },
        { kind: "jimmy", route: [], guise: "jimmy.fitter" },
      ],
    },
    { id: "jimmyBack", when: { kind: "enter", anchor: "r.b4.lift", radiusM: 4 }, cues: [{ kind: "line", line: "ro.jimmyBack" }] },
    {
      id: "b5",
      when: { kind: "enter", anchor: "cp.b5", radiusM: 3 },
      cues: [
        { kind: "checkpoint", anchor: "cp.b5" },
        { kind: "spawn", group: "b5", anchors: ["fight.3"] },
        { kind: "line", line: "ro.guards" },
        { kind: "timeOfDay", time: "dusk" },
        { kind: "operator", preset: "director", blendS: 1.5 },
      ],
    },
    { id: "dusk", when: { kind: "lineFinished", line: "ro.guards" }, cues: [{ kind: "line", line: "ro.dusk" }, { kind: "operator", preset: "stuntman", blendS: 1 }] },
    { id: "drop", when: { kind: "enter", anchor: "r.b5.edge", radiusM: 8 }, cues: [{ kind: "line", line: "ro.drop2" }] },
    {
      id: "b6",
      when: { kind: "enter", anchor: "cp.b6", radiusM: 5 },
      cues: [{ kind: "checkpoint", anchor: "cp.b6" }, { kind: "line", line: "ro.cornered" }, { kind: "intensity", value: 0.9 }],
    },
    {
      id: "caught",
      when: { kind: "caught" },
      cues: [
        { kind: "objectiveDone", id: "courier" },
        { kind: "shake", trauma: 0.35 },
        { kind: "line", line: "ro.caught" },
        { kind: "intensity", value: 0.3 },
        { kind: "operator", preset: "operator", blendS: 1.5 },
      ],
    },
    { id: "end", when: { kind: "lineFinished", line: "ro.caught" }, cues: [{ kind: "line", line: "ro.end" }, { kind: "intensity", value: 0.15 }] },
    { id: "card", when: { kind: "lineFinished", line: "ro.end" }, cues: [{ kind: "end" }] },
  ],
};
