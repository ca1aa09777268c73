import { FrameStats } from "../FrameStats";
import type { HeadcamApi } from "../HeadcamApi";
import type { KeyValueStorage } from "../../settings/storage";

/**
 * Starts the Rig Lab from the browser entry. This file is tiny and in the game's bundle;
 * the Lab itself (Tweakpane included) is a separate chunk loaded here with `import()`, so
 * the game page never pays for it. `window.headcam` exists at once, reporting `mode: "lab"`
 * while the chunk loads.
 */
export function bootLab(root: HTMLElement, storage: KeyValueStorage, install: (api: HeadcamApi) => void): void {
  const loading = new Error("the Rig Lab is still loading");
  install({
    start: () => Promise.reject(loading),
    state: () => ({
      mode: "lab",
      piece: null,
      tick: 0,
      paused: false,
      finished: false,
      player: { position: [0, 0, 0], velocity: [0, 0, 0], grounded: true, move: "none" },
      camera: { position: [0, 0, 0], pitchDeg: 0, yawDeg: 0, rollDeg: 0, fovDeg: 90 },
      subtitle: null,
      objective: null,
      audio: "off",
    }),
    stats: () => new FrameStats().report(null),
    pieces: () => [],
    take: () => null,
    replay: () => Promise.reject(loading),
  });
  import("./LabApp")
    .then((m) => install(m.LabApp.create(root, storage)))
    .catch((e) => {
      root.textContent = `The Rig Lab could not start: ${e instanceof Error ? e.message : String(e)}`;
    });
}
