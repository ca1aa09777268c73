import type { LabApi } from "./LabApi";
import { copySlot } from "./labControls";
import type { LabHost } from "./LabHost";
import type { Slot } from "./LabSettings";

/** `window.headcam.lab` for a Lab: each call does what the matching control does. */
export function labApiFor(app: LabHost): LabApi {
  const s = app.settings;
  const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
  return {
    settings: (slot?: Slot) => copy(slot ? s.slot(slot) : s.current),
    slot: () => s.active,
    select: (slot) => s.select(slot),
    toggle: () => s.toggle(),
    copyToOther: () => copySlot(app),
    setParam: (path, value) => {
      const errors = s.setParam(path, value);
      // The panel shows what was accepted (the new value, or the old one after a refusal).
      app.panel.show(s.current);
      return errors;
    },
    loadPreset: (value) => s.loadPreset(value),
    saveAs: (name) => s.saveAs(name),
    figures: () => (app.figures ? copy(app.figures) : null),
    abFigures: () => (app.ab ? copy(app.ab.result) : null),
    reshoot: () => copy(app.reshootAb()),
    exportJson: () => s.exportJson(),
    importJson: (text) => {
      app.importText(text, "the given text");
      return app.layout.errorLines.length ? [...app.layout.errorLines] : null;
    },
    shareUrl: () => s.shareUrl(location.href),
    mode: () => app.runMode,
    setMode: (m) => app.setMode(m),
    course: () => app.courseId,
    setCourse: (id) => app.setCourse(id),
    setExplosionDistance: (m) => app.setExplosion(m),
    plotInk: () => app.ink(),
    abTraceCount: () => (app.ab ? 2 : 0),
    errors: () => [...app.layout.errorLines],
    camera: (slot?: Slot) => app.camera.switches(slot ?? s.active),
    setCameraEffect: (effect, on) => {
      app.camera.set(s.active, effect, on);
      app.panel.showCamera(app.camera.switches(s.active), app.camera.quality);
    },
    setQuality: (q) => {
      app.camera.setQuality(q);
      app.panel.showCamera(app.camera.switches(s.active), q);
    },
    breakCamera: () => app.camera.breakCamera(),
    repairCamera: () => app.camera.repair(),
  };
}
