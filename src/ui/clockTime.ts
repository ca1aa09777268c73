/** A time in seconds as the game shows it: minutes, seconds and tenths ("1:05.3"). */
export function clockTime(seconds: number): string {
  const tenths = Math.round(seconds * 10);
  const m = Math.floor(tenths / 600);
  const s = (tenths - m * 600) / 10;
  return `${m}:${s.toFixed(1).padStart(4, "0")}`;
}
