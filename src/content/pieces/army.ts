import { ARMY_WAVES } from "../army";
import type { Beat, Cue, SetPieceDef } from "../script";
import { DIRECTOR_INTERVIEW, PRODUCER_INTERVIEW, TRAILER_NEWS } from "../sources";

/** The cue that calls a wave in through its ways in (the spawner paces the arrivals). */
function call(group: string): Cue {
  const w = ARMY_WAVES.find((x) => x.group === group);
  return { kind: "spawn", group, anchors: [...(w?.entries ?? [])] };
}

/** A beat that calls a wave with a line. */
function wave(id: string, group: string, after: Beat["when"], line: string): Beat {
  return { id, when: after, cues: [call(group), { kind: "line", line }, { kind: "intensity", value: 1 }] };
}

/**
 * Set piece 5, the army (night, the roof of a Stalinist tower): wave after wave of
 * mercenaries through lifts, stairs and ropes while Akan watches from the balcony under the
 * spire; then he joins in and throws the roof at Henry; hurt, he panics and calls the last
 * of them; beaten, he lets Estelle go. A last line, a fade, the credits.
 * Sources: the never-ending army and the telekinetic who took the wife (trailer news), the
 * mercenaries on his tail and a man fighting an army to save her (producer interview),
 * Jimmy shouting what to do (director interview), the names Akan and Estelle (outside).
 */
export const ARMY: SetPieceDef = {
  id: "army",
  title: "Army",
  level: "tower",
  timeOfDay: "night",
  operator: "stuntman",
  parTimeS: 240,
  budgetS: 540,
  army: ARMY_WAVES,
  telekinetic: true,
  rollsCredits: true,
  sources: [TRAILER_NEWS, PRODUCER_INTERVIEW, DIRECTOR_INTERVIEW, "outside"],
  beats: [
    {
      id: "roof",
      when: { kind: "start" },
      cues: [
        { kind: "operator", preset: "stuntman", blendS: 0 },
        { kind: "timeOfDay", time: "night" },
        { kind: "intensity", value: 0.4 },
        { kind: "checkpoint", anchor: "spawn" },
        { kind: "actor", who: "estelle", anchor: "estelle", action: "held" },
        { kind: "telekinetic", phase: "watch", anchor: "akan.balcony" },
        { kind: "objective", id: "estelle", text: "Get to Estelle on the helipad" },
        { kind: "line", line: "ar.roof" },
      ],
    },
    wave("wave1", "wave.1", { kind: "lineFinished", line: "ar.roof" }, "ar.lifts"),
    { id: "watching", when: { kind: "timer", afterS: 10 }, cues: [{ kind: "line", line: "ar.watch" }] },
    {
      id: "clear1",
      when: { kind: "enemiesDown", group: "wave.1" },
      cues: [{ kind: "checkpoint", anchor: "deck" }, { kind: "intensity", value: 0.4 }, { kind: "line", line: "ar.breathe" }],
    },
    wave("wave2", "wave.2", { kind: "timer", afterS: 4 }, "ar.ropes"),
    {
      id: "clear2",
      when: { kind: "enemiesDown", group: "wave.2" },
      cues: [{ kind: "intensity", value: 0.4 }, { kind: "line", line: "ar.more" }],
    },
    wave("wave3", "wave.3", { kind: "lineFinished", line: "ar.more" }, "ar.shields"),
    {
      id: "clear3",
      when: { kind: "enemiesDown", group: "wave.3" },
      cues: [{ kind: "intensity", value: 0.5 }, { kind: "line", line: "ar.myself" }],
    },
    {
      id: "join",
      when: { kind: "lineFinished", line: "ar.myself" },
      cues: [
        { kind: "telekinetic", phase: "join", anchor: "akan.helipad" },
        { kind: "objective", id: "akan", text: "Stop Akan" },
        call("wave.4"),
        { kind: "intensity", value: 1 },
        { kind: "line", line: "ar.glows" },
      ],
    },
    { id: "guard", when: { kind: "lineFinished", line: "ar.glows" }, cues: [{ kind: "line", line: "ar.guard" }] },
    {
      id: "panic",
      when: { kind: "enemiesDown", group: "akan.calm" },
      cues: [
        { kind: "telekinetic", phase: "panic", anchor: "akan.edge" },
        call("wave.5"),
        { kind: "line", line: "ar.panic" },
      ],
    },
    { id: "rattled", when: { kind: "lineFinished", line: "ar.panic" }, cues: [{ kind: "line", line: "ar.rattled" }] },
    {
      id: "beaten",
      when: { kind: "enemiesDown", group: "akan" },
      cues: [{ kind: "objectiveDone", id: "akan" }, { kind: "intensity", value: 0.6 }, { kind: "line", line: "ar.beaten" }],
    },
    { id: "mop4", when: { kind: "enemiesDown", group: "wave.4" }, cues: [] },
    {
      id: "quiet",
      when: { kind: "enemiesDown", group: "wave.5" },
      cues: [{ kind: "intensity", value: 0.2 }, { kind: "checkpoint", anchor: "end" }, { kind: "line", line: "ar.go" }],
    },
    {
      id: "free",
      when: { kind: "enter", anchor: "estelle", radiusM: 2.5 },
      cues: [
        { kind: "operator", preset: "operator", blendS: 1.5 },
        { kind: "objectiveDone", id: "estelle" },
        { kind: "actor", who: "estelle", anchor: "estelle", action: "freed" },
        { kind: "intensity", value: 0 },
        { kind: "line", line: "ar.free" },
      ],
    },
    { id: "heard", when: { kind: "lineFinished", line: "ar.free" }, cues: [] },
    // The last calm moment: her last line comes when he looks at her.
    { id: "last", when: { kind: "look", anchor: "estelle.face", withinDeg: 20 }, cues: [{ kind: "line", line: "ar.last" }] },
    { id: "fade", when: { kind: "lineFinished", line: "ar.last" }, cues: [{ kind: "fade", toBlack: true, seconds: 2.5 }] },
    { id: "card", when: { kind: "timer", afterS: 2.5 }, cues: [{ kind: "end" }] },
  ],
};
