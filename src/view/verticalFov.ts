/**
 * The FOV setting is horizontal, which suits wide windows; in a tall or narrow one a fixed
 * horizontal FOV makes the vertical view huge (the picture stretches, the arms at the
 * bottom of the frame pull apart). So the horizontal FOV applies down to this aspect, and
 * below it the vertical FOV stays what it is there: a narrow window shows less to the
 * sides instead of more above and below.
 */
export const HORIZONTAL_FOV_MIN_ASPECT = 4 / 3;
/** The vertical FOV never narrows below this (an ultra-wide window with a narrow setting), deg. */
export const MIN_VERTICAL_FOV_DEG = 30;

/**
 * The vertical FOV for a horizontal FOV setting and a window's aspect (width / height), deg.
 */
export function verticalFovDeg(horizontalFovDeg: number, aspect: number): number {
  const a = Math.max(aspect, HORIZONTAL_FOV_MIN_ASPECT);
  const h = (horizontalFovDeg * Math.PI) / 180;
  const v = (2 * Math.atan(Math.tan(h / 2) / a) * 180) / Math.PI;
  return Math.max(MIN_VERTICAL_FOV_DEG, v);
}
