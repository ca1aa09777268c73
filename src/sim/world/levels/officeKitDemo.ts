import { Rng } from "../../core/Rng";
import type { Level } from "../Level";
import { CityBuilder } from "../moscow/CityBuilder";
import { officeKit as k } from "../moscow/officeKit";

/** A sample office floor built from the kit (for looking at and testing the kit; not a set piece). */
export function makeOfficeKitLevel(seed = 1): Level {
  const c = new CityBuilder(new Rng(seed));
  k.slab(c, 0, [-10, 10, -30, 10], []);
  k.slab(c, 3.6, [-10, 10, -30, 10], [], "labWall");
  k.wallZ(c, -10, 0, -30, 10);
  k.wallZ(c, 10, 0, -30, 10);
  k.wallX(c, -30, 0, -10, 10);
  k.wallX(c, 10, 0, -10, 10);
  k.glassZ(c, 2, 0, -26, 6, [-10], [0]);
  k.desks(c, -8, 0, -24, 2, 5);
  k.cubicles(c, 3, 0, -24, 1, 4);
  k.ceilingLights(c, 0, [-10, 10, -30, 10]);
  c.anchor("spawn", 0, 0, 8.5);
  c.anchor("end", 0, 0, -28);
  return {
    id: "office-kit",
    title: "Office floor (kit)",
    timeOfDay: "midday",
    spawn: "spawn",
    boxes: c.boxes,
    props: c.props,
    anchors: c.anchors,
    bounds: { min: [-11, -1, -31], max: [11, 5, 11] },
    decor: c.decor,
    signs: c.signs,
    lights: c.lights,
    navCellM: 0.5,
  };
}
