import type { Rng } from "../../core/Rng";
import type { Anchor, DecorKind, LevelBox, LevelDecor, LevelLadder, LevelLight, LevelProp, LevelSign, Paint, Surface, Vec3Tuple } from "../Level";
import { boxFromMin } from "../levels/boxes";
import { signWidthM, type SignWord } from "./words";

/**
 * Collects a level's pieces as the generator lays them out: solid boxes (colliders the
 * view also draws), decoration, signs, lights and anchors. Every builder function takes
 * one of these, so a street, a courtyard or a lab is written once and reused.
 */
export class CityBuilder {
  readonly boxes: LevelBox[] = [];
  readonly props: LevelProp[] = [];
  readonly decor: LevelDecor[] = [];
  readonly signs: LevelSign[] = [];
  readonly lights: LevelLight[] = [];
  readonly farLights: Vec3Tuple[] = [];
  readonly ladders: LevelLadder[] = [];
  readonly anchors: Record<string, Anchor> = {};

  constructor(readonly rng: Rng) {}

  /** A solid box from its min corner and size (metres). */
  box(min: Vec3Tuple, size: Vec3Tuple, paint: Paint, surface: Surface, walkable: boolean, tag?: string): LevelBox {
    const b = boxFromMin(min, size, paint, surface, walkable, tag);
    this.boxes.push(b);
    return b;
  }

  /** A collider the view does not draw (the playable area's edge, a tree trunk). */
  invisible(min: Vec3Tuple, size: Vec3Tuple, tag = "boundary"): LevelBox {
    return this.box(min, size, "invisible", "concrete", false, tag);
  }

  /** A turned solid box from its centre. */
  turnedBox(center: Vec3Tuple, size: Vec3Tuple, yawRad: number, paint: Paint, surface: Surface, walkable: boolean, tag?: string): LevelBox {
    const b: LevelBox = { center, size, yawRad, surface, walkable, paint };
    if (tag) b.tag = tag;
    this.boxes.push(b);
    return b;
  }

  add(kind: DecorKind, position: Vec3Tuple, yawRad = 0, scale: Vec3Tuple = [1, 1, 1]): LevelDecor {
    const d: LevelDecor = { kind, position, yawRad, scale };
    this.decor.push(d);
    return d;
  }

  /** A non-colliding painted block of far scenery from its min corner and size. */
  farBlock(min: Vec3Tuple, size: Vec3Tuple, paint: Paint, distant = true): LevelDecor {
    const d: LevelDecor = {
      kind: "block",
      position: [min[0] + size[0] / 2, min[1], min[2] + size[2] / 2],
      yawRad: 0,
      scale: size,
      paint,
    };
    if (distant) d.distant = true;
    this.decor.push(d);
    return d;
  }

  /** A sign centred at `center` facing `yawRad`, sized from its word. */
  sign(text: SignWord, center: Vec3Tuple, yawRad: number, heightM: number): LevelSign {
    const s: LevelSign = { text, position: center, yawRad, widthM: signWidthM(text, heightM), heightM };
    this.signs.push(s);
    return s;
  }

  light(position: Vec3Tuple, kind: LevelLight["kind"], rangeM: number): void {
    this.lights.push({ position, kind, rangeM });
  }

  anchor(name: string, x: number, y: number, z: number, yawRad = 0): void {
    this.anchors[name] = { position: [x, y, z], yawRad };
  }
}
