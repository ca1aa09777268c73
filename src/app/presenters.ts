import type { PresenterFactory } from "./Presenter";

/**
 * The presenters every play session gets, in the order they run each frame. Add one line
 * per presenter; each lives in its own file.
 */
export const PRESENTERS: PresenterFactory[] = [];
