import { armsPresenter } from "./ArmsPresenter";
import { createAudioPresenter } from "./AudioPresenter";
import { bodiesPresenter } from "./BodiesPresenter";
import { CombatPresenter } from "./CombatPresenter";
import { ComfortPresenter } from "./ComfortPresenter";
import { GlassPresenter } from "./GlassPresenter";
import { FinalePresenter } from "./FinalePresenter";
import { HudPresenter } from "./HudPresenter";
import type { PresenterFactory } from "./Presenter";
import { ScriptPresenter } from "./ScriptPresenter";

/**
 * The presenters every play session gets, in the order they run each frame. Add one line
 * per presenter; each lives in its own file.
 */
export const PRESENTERS: PresenterFactory[] = [
  (ctx) => new CombatPresenter(ctx),
  (ctx) => new GlassPresenter(ctx),
  (ctx) => new HudPresenter(ctx),
  (ctx) => new ComfortPresenter(ctx),
  (ctx) => createAudioPresenter(ctx, (sim) => sim.script),
  (ctx) => new ScriptPresenter(ctx),
  (ctx) => new FinalePresenter(ctx),
  armsPresenter,
  bodiesPresenter,
];
