import { serializeTake, type Take } from "../sim/input/Take";

/** Offers a file to the person as a download under `name`. */
export function downloadBlob(blob: Blob, name: string): void {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/** Offers a take as a JSON download named after its piece, seed and length. */
export function downloadTake(take: Take): void {
  downloadBlob(new Blob([serializeTake(take)], { type: "application/json" }), `headcam-${take.piece}-seed${take.seed}-${take.ticks}ticks.json`);
}

/** Opens the browser's file picker for a JSON file; resolves with its text (nothing when cancelled). */
export function pickJsonFile(onText: (text: string) => void): void {
  const input = document.createElement("input");
  input.type = "file";
  input.accept = ".json,application/json";
  input.addEventListener("change", async () => {
    const file = input.files?.[0];
    if (file) onText(await file.text());
  });
  input.click();
}
