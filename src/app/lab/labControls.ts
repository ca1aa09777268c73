import type { LabPanelHandlers } from "../../ui/lab/LabPanel";
import type { LabHost } from "./LabHost";
import { isQualitySetting } from "../../view/quality/QualityLevels";
import { isCameraEffect } from "./LabCamera";
import { USER_PREFIX } from "./LabSettings";

/** What the panel's controls do in a Lab: validate through the settings, say what happened. */
export function labControls(app: LabHost): LabPanelHandlers {
  const s = () => app.settings;
  const refused = (title: string, errors: string[] | null) => {
    if (errors) {
      app.layout.error(title, errors);
      app.panel.show(s().current);
    }
  };
  return {
    param: (path, value) => refused("That value was refused:", s().setParam(path, value)),
    resetParam: (layer, key) => s().resetParam(layer, key),
    resetLayer: (layer) => s().resetLayer(layer),
    preset: (value) => refused("That preset could not be loaded:", s().loadPreset(value)),
    saveAs: (name) => {
      const errors = s().saveAs(name);
      if (errors) refused("The preset was not saved:", errors);
      else app.layout.note(`Saved “${s().current.name}” in this browser (headcam.presets).`);
    },
    deletePreset: (value) => {
      if (!value.startsWith(USER_PREFIX)) {
        app.layout.note("Built-in presets cannot be deleted; pick one of yours.");
        return;
      }
      const name = value.slice(USER_PREFIX.length);
      s().store.remove(name);
      app.layout.note(`Deleted “${name}”.`);
      s().load(s().current);
    },
    importFile: () => app.layout.pickFile(),
    exportFile: () => {
      const name = s().current.name.replace(/[^\w.-]+/g, "-").toLowerCase() || "rig";
      app.layout.download(s().exportJson(), `${name}.headcam-rig.json`);
    },
    share: () => {
      const url = s().shareUrl(location.href);
      void navigator.clipboard?.writeText(url).catch(() => {});
      app.layout.note("A link to these exact settings (copied if the browser allowed it):", 30, url);
    },
    slot: (slot) => s().select(slot),
    copyToOther: () => {
      copySlot(app);
      app.layout.note(`Copied ${s().active} to ${s().active === "A" ? "B" : "A"}.`);
    },
    reshoot: () => void app.reshootAb(),
    mode: (m) => app.setMode(m),
    course: (id) => app.setCourse(id),
    record: () => app.record(),
    explosion: (m) => app.setExplosion(m),
    cameraEffect: (effect, on) => {
      if (isCameraEffect(effect)) app.camera.set(s().active, effect, on);
    },
    quality: (q) => {
      if (isQualitySetting(q)) app.camera.setQuality(q);
    },
    breakCamera: () => app.camera.breakCamera(),
    repairCamera: () => app.camera.repair(),
    render: () => app.openRender(),
  };
}

/** Copies the edited slot, rig and camera switches alike, into the other. */
export function copySlot(app: LabHost): void {
  const from = app.settings.active;
  app.camera.copy(from, from === "A" ? "B" : "A");
  app.settings.copyToOther();
}
