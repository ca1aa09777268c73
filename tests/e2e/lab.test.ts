import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import type { LabApi } from "../../src/app/lab/LabApi";
import { analyzeTrace } from "../../src/rig/analysis";
import { loadPreset } from "../../src/rig/presets";
import { runStandardCourse } from "../../src/rig/standardCourse";
import { runParkourCourse } from "../../src/rig/parkourCourse";
import { launch, shot, waitFrames, watchConsole } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});
// A Lab renders without pause: close each test's pages so they do not starve the next.
const contexts: BrowserContext[] = [];
afterEach(async () => {
  for (const c of contexts.splice(0)) await c.close();
});

/** Opens the Lab in a desktop-sized page and waits for its automation API. */
async function openLab(path = "?mode=lab"): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 960, height: 600 }, acceptDownloads: true });
  contexts.push(context);
  const page = await context.newPage();
  const { errors } = await watchConsole(page, path);
  await page.goto(new URL(path, inject("baseUrl")).toString());
  await page.waitForFunction(() => "lab" in window.headcam, undefined, { timeout: 60_000, polling: 100 });
  await waitFrames(page, 3, 60_000);
  return { page, errors };
}

const lab = <T>(page: Page, fn: (api: LabApi) => T, arg?: unknown): Promise<T> =>
  page.evaluate(
    ([src, a]) => new Function("api", "arg", `return (${src})(api, arg)`)((window.headcam as unknown as { lab: LabApi }).lab, a),
    [fn.toString(), arg] as const,
  ) as Promise<T>;

/** Types a value into a parameter's text field in the Tweakpane panel. */
async function setThroughPanel(page: Page, path: string, value: string): Promise<void> {
  const field = page.locator(`[data-param="${path}"] input`).last();
  await field.scrollIntoViewIfNeeded();
  await field.fill(value);
  await field.press("Enter");
}

async function importFile(page: Page, text: string, name: string): Promise<void> {
  const path = join(inject("shotsDir"), name);
  writeFileSync(path, text);
  const chooser = page.waitForEvent("filechooser");
  await page.locator("button", { hasText: "Import a file" }).click();
  await (await chooser).setFiles(path);
}

describe("the Rig Lab (?mode=lab, production build)", () => {
  it("opens without a click, plays the course, draws the plot and shows the analyser's figures", async () => {
    const { page, errors } = await openLab();
    const st = await page.evaluate(() => window.headcam.state());
    expect(st.mode).toBe("lab");
    expect(st.tick).toBeGreaterThan(10);
    expect((await page.evaluate(() => window.headcam.stats())).drawCalls).toBeGreaterThan(0);
    const ink = await lab(page, (api) => api.plotInk());
    expect(ink.live).toBeGreaterThan(0.01);
    // The same course as `npm run rig -- analyze stuntman`.
    const figures = await lab(page, (api) => api.figures());
    const node = analyzeTrace(runStandardCourse(loadPreset("stuntman")).trace);
    expect(figures?.comfort.score).toBeCloseTo(node.comfort.score, 1);
    expect(figures?.rmsAngularSpeedDegS).toBeCloseTo(node.rmsAngularSpeedDegS, 2);
    expect(figures?.vimsBandShare).toBeCloseTo(node.vimsBandShare, 3);
    await page.waitForTimeout(1500);
    await shot(page, "lab-open");
    expect(errors).toEqual([]);
  });

  it("offers the parkour course as a second course, on its own level, with the analyser's figures", async () => {
    const { page, errors } = await openLab();
    // Through the panel, as a person picks it.
    const picker = page.locator(".tp-lblv", { hasText: "course" }).locator("select").first();
    await picker.selectOption("parkour");
    await page.waitForFunction(() => (window.headcam as unknown as { lab: LabApi }).lab.course() === "parkour", undefined, { polling: 100 });
    const figures = await lab(page, (api) => api.figures());
    const node = analyzeTrace(runParkourCourse(loadPreset("stuntman")).trace);
    expect(figures?.comfort.score).toBeCloseTo(node.comfort.score, 1);
    expect(figures?.peakAngularSpeedDegS).toBeCloseTo(node.peakAngularSpeedDegS, 1);
    expect(figures?.rmsAngularSpeedDegS).toBeCloseTo(node.rmsAngularSpeedDegS, 2);
    // Its level is on screen (the box, the ledge, the ladder wall, the gap, the drop).
    await waitFrames(page, 2, 60_000);
    expect((await page.evaluate(() => window.headcam.stats())).drawCalls).toBeGreaterThan(0);
    expect(await page.locator(".lab-caption").textContent()).toContain("Parkour course");
    await page.waitForTimeout(1500);
    await shot(page, "lab-parkour");
    await lab(page, (api) => api.setCourse("standard"));
    expect(await lab(page, (api) => api.course())).toBe("standard");
    expect(errors).toEqual([]);
  });

  it("a parameter changed through the panel changes the comfort figures", async () => {
    const { page } = await openLab();
    const before = await lab(page, (api) => api.figures());
    await setThroughPanel(page, "bob.amplitudeYM", "0.01");
    await setThroughPanel(page, "bob.pitchDeg", "0.2");
    await page.waitForFunction(() => (window.headcam as unknown as { lab: LabApi }).lab.settings().layers.bob.pitchDeg === 0.2, undefined, { polling: 100 });
    expect((await lab(page, (api) => api.settings())).layers.bob.amplitudeYM).toBe(0.01);
    const after = await lab(page, (api) => api.figures());
    expect(after?.rmsAngularSpeedDegS).toBeLessThan(before?.rmsAngularSpeedDegS ?? 0);
    expect(after?.comfort.score).toBeGreaterThan(before?.comfort.score ?? 100);
    expect(await page.locator(".lab-score td").nth(1).textContent()).toContain(String(after?.comfort.score));
  });

  it("export, re-import and a share link all give identical settings", async () => {
    const { page } = await openLab();
    await lab(page, (api) => api.setParam("trauma.maxPitchDeg", 2.5));
    await lab(page, (api) => api.setParam("lens.fovOffsetDeg", 7.5));
    const mine = await lab(page, (api) => api.settings());
    const download = page.waitForEvent("download");
    await page.locator("button", { hasText: "Export to a file" }).click();
    const file = await (await download).path();
    const text = readFileSync(file, "utf8");
    expect(JSON.parse(text)).toEqual(mine);
    await lab(page, (api) => api.loadPreset("operator"));
    expect((await lab(page, (api) => api.settings())).name).toBe("Operator");
    await importFile(page, text, "exported.json");
    await page.waitForFunction(() => (window.headcam as unknown as { lab: LabApi }).lab.settings().layers.lens.fovOffsetDeg === 7.5, undefined, { polling: 100 });
    expect(await lab(page, (api) => api.settings())).toEqual(mine);

    const url = await lab(page, (api) => api.shareUrl());
    expect(url).toMatch(/\?mode=lab#rig=1\.[A-Za-z0-9_-]+$/);
    // One Lab at a time: software WebGL is too slow for two.
    await page.context().close();
    const other = await openLab(url.slice(url.indexOf("?")));
    expect(await lab(other.page, (api) => api.settings())).toEqual(mine);
    expect(await lab(other.page, (api) => api.errors())).toEqual([]);
  });

  it("a malformed file is refused naming each bad field, and the settings stay", async () => {
    const { page } = await openLab();
    await lab(page, (api) => api.setParam("bob.rollDeg", 0.8));
    const before = await lab(page, (api) => api.settings());
    const bad = { version: 1, name: "bad", layers: { bob: { amplitudeYM: 5 }, sway: { wobbleHz: 1 }, lens: { fovOffsetDeg: "wide" } } };
    await importFile(page, JSON.stringify(bad), "bad.json");
    await page.waitForSelector(".lab-error", { timeout: 60_000 });
    const text = (await page.locator(".lab-error").textContent()) ?? "";
    for (const field of ["layers.bob.amplitudeYM", "layers.sway.wobbleHz", "layers.lens.fovOffsetDeg"]) expect(text).toContain(field);
    expect(await lab(page, (api) => api.settings())).toEqual(before);
    await shot(page, "lab-bad-file");
    await importFile(page, "{ not json", "broken.json");
    await page.waitForFunction(() => document.querySelector(".lab-error")?.textContent?.includes("not valid JSON"), undefined, { polling: 100 });
    expect(await lab(page, (api) => api.settings())).toEqual(before);
  });

  it("a bad share link names its fields and the Lab still opens", async () => {
    const { page } = await openLab("?mode=lab#rig=1.eyJsIjp7ImJvYiI6eyJhbXBsaXR1ZGVZTSI6OX19fQ");
    const errs = await lab(page, (api) => api.errors());
    expect(errs.join(" ")).toContain("layers.bob.amplitudeYM");
    expect((await lab(page, (api) => api.settings())).name).toBe("Stuntman");
  });

  it("a share link opened in the running Lab's tab applies without a reload; a bad one is refused by name and changes nothing", async () => {
    const { page, errors } = await openLab();
    await lab(page, (api) => api.setParam("bob.amplitudeYM", 0.02));
    await lab(page, (api) => api.setParam("trauma.maxPitchDeg", 2.5));
    const shared = await lab(page, (api) => api.settings());
    const url = await lab(page, (api) => api.shareUrl());
    await lab(page, (api) => api.loadPreset("stuntman"));
    expect((await lab(page, (api) => api.settings())).layers.bob.amplitudeYM).not.toBe(0.02);
    // A marker on window survives only if the page is not reloaded.
    await page.evaluate(() => {
      (window as unknown as { marker: number }).marker = 7;
    });
    await page.evaluate((hash) => {
      location.hash = hash;
    }, url.slice(url.indexOf("#")));
    await page.waitForFunction(() => (window.headcam as unknown as { lab: LabApi }).lab.settings().layers.bob.amplitudeYM === 0.02, undefined, { polling: 100 });
    expect(await page.evaluate(() => (window as unknown as { marker: number }).marker)).toBe(7);
    expect(await lab(page, (api) => api.settings())).toEqual(shared);
    const note = (await page.locator(".lab-note").last().textContent()) ?? "";
    expect(note).toContain("bob.amplitudeYM");
    expect(note).toContain("trauma.maxPitchDeg");
    await page.evaluate(() => {
      location.hash = "#rig=1.eyJsIjp7ImJvYiI6eyJhbXBsaXR1ZGVZTSI6OX19fQ";
    });
    await page.waitForFunction(() => (window.headcam as unknown as { lab: LabApi }).lab.errors().length > 0, undefined, { polling: 100 });
    expect((await lab(page, (api) => api.errors())).join(" ")).toContain("layers.bob.amplitudeYM");
    expect(await lab(page, (api) => api.settings())).toEqual(shared);
    expect(await page.evaluate(() => (window as unknown as { marker: number }).marker)).toBe(7);
    expect(errors).toEqual([]);
  });

  it("stuntman made gentler in B, re-shot against A on the same take: two traces, two sets of figures", async () => {
    const { page, errors } = await openLab();
    await page.locator("button", { hasText: "Copy this slot to the other" }).click();
    await page.keyboard.press("KeyX");
    expect(await lab(page, (api) => api.slot())).toBe("B");
    await setThroughPanel(page, "bob.amplitudeYM", "0.02");
    await lab(page, (api) => api.setParam("stabiliser.strength", 0.6));
    await lab(page, (api) => api.setParam("trauma.maxPitchDeg", 2));
    await lab(page, (api) => api.setParam("lens.fovOffsetDeg", 5));
    await page.locator("button", { hasText: "Re-shoot the take" }).click();
    await waitFrames(page, 2, 60_000);
    const ab = await lab(page, (api) => api.abFigures());
    expect(ab?.take).toBe("course");
    expect(ab?.b.comfort.score).toBeGreaterThan(ab?.a.comfort.score ?? 100);
    expect(await lab(page, (api) => api.abTraceCount())).toBe(2);
    expect((await lab(page, (api) => api.plotInk())).ab).toBeGreaterThan(0.01);
    await page.waitForTimeout(3000);
    await shot(page, "lab-ab");
    expect(errors).toEqual([]);
  });
});

/** The preset picker's <select> in the panel. */
const picker = (page: Page) => page.locator(".tp-lblv", { has: page.locator(".tp-lblv_l", { hasText: /^preset$/ }) }).locator("select");

/** The text of the picker's selected entry, as a person reads it. */
const pickerText = (page: Page) => picker(page).evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent ?? "");

describe("the Rig Lab's preset picker and working slots", () => {
  it("picking three presets in the panel loads each, with no error in the console", async () => {
    const { page, errors } = await openLab();
    for (const [id, name] of [["operator", "Operator"], ["comfort", "Comfort"], ["director", "Director"]] as const) {
      await picker(page).scrollIntoViewIfNeeded();
      await picker(page).selectOption(id);
      await page.waitForFunction((n) => (window.headcam as unknown as { lab: LabApi }).lab.settings().name === n, name, { polling: 100 });
      await waitFrames(page, 2, 60_000);
      expect(await pickerText(page)).toBe(id);
    }
    await shot(page, "lab-picked-presets");
    expect(errors).toEqual([]);
  });

  it("after an import the picker names the imported settings; unsaved A and B survive a reload", async () => {
    const { page, errors } = await openLab();
    const night = { ...loadPreset("handheld"), name: "Night run" };
    night.layers.bob = { ...night.layers.bob, amplitudeYM: 0.031 };
    await importFile(page, JSON.stringify(night), "night-run.json");
    await page.waitForFunction(() => (window.headcam as unknown as { lab: LabApi }).lab.settings().name === "Night run", undefined, { polling: 100 });
    expect(await pickerText(page)).toBe("Night run (unsaved)");
    await picker(page).scrollIntoViewIfNeeded();
    await shot(page, "lab-picker-imported");
    // B: the operator, tuned by hand and never saved.
    await page.keyboard.press("KeyX");
    await lab(page, (api) => api.loadPreset("operator"));
    expect(await pickerText(page)).toBe("operator");
    await setThroughPanel(page, "bob.amplitudeYM", "0.012");
    await page.waitForFunction(() => (window.headcam as unknown as { lab: LabApi }).lab.settings().layers.bob.amplitudeYM === 0.012, undefined, { polling: 100 });
    expect(await pickerText(page)).toBe("Operator (tuned) (unsaved)");
    const before = { a: await lab(page, (api) => api.settings("A")), b: await lab(page, (api) => api.settings("B")) };
    await page.reload();
    await page.waitForFunction(() => "lab" in window.headcam, undefined, { timeout: 60_000, polling: 100 });
    await waitFrames(page, 3, 60_000);
    expect(await lab(page, (api) => api.slot())).toBe("B");
    expect(await lab(page, (api) => api.settings("A"))).toEqual(before.a);
    expect(await lab(page, (api) => api.settings("B"))).toEqual(before.b);
    expect(await pickerText(page)).toBe("Operator (tuned) (unsaved)");
    // ↺ still returns to the preset B was loaded from.
    await page.locator('[data-param="bob.amplitudeYM"] .lab-reset').click();
    expect((await lab(page, (api) => api.settings("B"))).layers.bob.amplitudeYM).toBe(loadPreset("operator").layers.bob.amplitudeYM);
    expect(errors).toEqual([]);
  });

  it("working slots that cannot be read are moved aside and named; the Lab opens on the stuntman", async () => {
    const { page } = await openLab();
    await page.evaluate(() => localStorage.setItem("headcam.lab", JSON.stringify({ version: 1, active: "A", A: { settings: { version: 1, name: "x", layers: { bob: { amplitudeYM: 9 } } } }, B: {} })));
    await page.reload();
    await page.waitForFunction(() => "lab" in window.headcam, undefined, { timeout: 60_000, polling: 100 });
    const errs = (await lab(page, (api) => api.errors())).join(" ");
    expect(errs).toContain("lab.A.settings");
    expect(errs).toContain("headcam.lab.corrupt.");
    expect((await lab(page, (api) => api.settings())).name).toBe("Stuntman");
    const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("headcam.lab.corrupt.")));
    expect(keys).toHaveLength(1);
  });
});
