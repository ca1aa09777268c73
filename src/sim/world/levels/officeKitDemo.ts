import { Rng } from "../../core/Rng";
import type { Level } from "../Level";
import { CityBuilder } from "../moscow/CityBuilder";
import { OFFICE_STOREY_M, officeKit } from "../moscow/officeKit";

/** A sample office floor built from the kit (for looking at and testing the kit; not a set piece). */
export function makeOfficeKitLevel(seed = 1): Level {
  const c = new CityBuilder(new Rng(seed));
  const k = officeKit;
  k.slab(c, -10, 0, -30, 20, 40);
  k.wallZ(c, -10, 0, -30, 10);
  k.wallZ(c, 10, 0, -30, 10);
  k.wallZ(c, -2, 0, -30, 10, [-20, -6, 4]);
  k.glassZ(c, 2, 0, -26, 6);
  k.desks(c, -6, 0, -26, 8);
  k.desks(c, 6, 0, -26, 8);
  c.box([-10, 0, -30.2], [20, OFFICE_STOREY_M, 0.2], "labWall", "concrete", false, "wall");
  c.box([-10, 0, 10], [20, OFFICE_STOREY_M, 0.2], "labWall", "concrete", false, "wall");
  k.stairs(c, 0, 0, 8);
  c.anchor("spawn", 0, 0, 8.5);
  c.anchor("end", 0, 0, -28);
  return {
    id: "office-kit",
    title: "Office floor (kit)",
    timeOfDay: "midday",
    spawn: "spawn",
    boxes: c.boxes,
    props: [],
    anchors: c.anchors,
    bounds: { min: [-11, -1, -31], max: [11, 5, 11] },
    decor: c.decor,
    signs: c.signs,
    lights: c.lights,
  };
}
