import { SETTINGS_LABELS, SETTINGS_SCHEMA } from "../../settings/Settings";
import type { CameraPanelSpec } from "../../ui/lab/LabPanel";
import { QUALITY_SETTINGS } from "../../view/quality/QualityLevels";
import { CAMERA_EFFECTS, type CameraEffect } from "./LabCamera";

/** The player setting behind each camera effect (labels and help come from the settings schema). */
const SETTING_OF: Record<CameraEffect, keyof typeof SETTINGS_SCHEMA> = {
  autoExposure: "autoExposure",
  bloom: "bloom",
  motionBlur: "motionBlur",
  sensor: "sensorLook",
  rollingShutter: "rollingShutter",
  cameraDamage: "cameraDamage",
};

/** What the Lab panel's camera folder shows: each effect with the player setting's label and help. */
export const CAMERA_PANEL: CameraPanelSpec = {
  effects: CAMERA_EFFECTS.map((key) => ({ key, label: SETTINGS_LABELS[SETTING_OF[key]], help: SETTINGS_SCHEMA[SETTING_OF[key]].help })),
  qualities: QUALITY_SETTINGS,
};
