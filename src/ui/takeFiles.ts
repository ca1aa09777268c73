import { serializeTake, type Take } from "../sim/input/Take";

/** Offers a take as a JSON download named after its piece, seed and length. */
export function downloadTake(take: Take): void {
  const blob = new Blob([serializeTake(take)], { type: "application/json" });
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = `headcam-${take.piece}-seed${take.seed}-${take.ticks}ticks.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
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
