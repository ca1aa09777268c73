import {
  AdditiveBlending,
  BackSide,
  BoxGeometry,
  type BufferGeometry,
  BufferGeometry as Geometry,
  CylinderGeometry,
  Float32BufferAttribute,
  Group,
  Mesh,
  MeshBasicMaterial,
  Points,
  PointsMaterial,
} from "three";
import { mergeGeometries } from "three/examples/jsm/utils/BufferGeometryUtils.js";
import type { LevelDecor, Vec3Tuple } from "../../sim/world/Level";
import { PALETTE } from "../level/palette";
import type { TextureBank } from "../level/textures";

/** Metres one bay and one storey of the lit-window texture span (as the facades). */
const BAY_M = 3.2;
const STOREY_M = 2.8;
/** Far blocks lower than this show no lit windows (garages, kiosks), metres. */
const MIN_LIT_HEIGHT_M = 10;
/** The glow a lit city throws on the sky: a band round the horizon this far out and this tall, metres. */
const GLOW_RADIUS_M = 1700;
const GLOW_HEIGHT_M = 420;

/**
 * The city at night seen from high up: the windows of the far blocks lit (an additive
 * layer of the lit-window texture over their sides, at world scale, drawn without fog),
 * and the lamps along the avenues below as glowing points. Both fade in with the dark.
 * Two draw calls; nothing at all by day.
 */
export class NightCity {
  readonly group = new Group();
  private readonly windows: Mesh | null;
  private readonly lamps: Points | null;
  private readonly skyGlow: Mesh | null;
  private readonly glowMat = new MeshBasicMaterial({ vertexColors: true, transparent: true, blending: AdditiveBlending, depthWrite: false, fog: false, side: BackSide });
  private readonly windowMat: MeshBasicMaterial;
  private readonly lampMat = new PointsMaterial({ color: 0xffb45c, size: 2.5, sizeAttenuation: false, transparent: true, blending: AdditiveBlending, depthWrite: false, fog: false });

  constructor(decor: readonly LevelDecor[], farLights: readonly Vec3Tuple[], textures: TextureBank) {
    this.windowMat = new MeshBasicMaterial({
      map: textures.get("litWindows"),
      transparent: true,
      blending: AdditiveBlending,
      depthWrite: false,
      fog: false,
      polygonOffset: true,
      polygonOffsetFactor: -1,
      polygonOffsetUnits: -4,
    });
    const sides: BufferGeometry[] = [];
    for (const d of decor) {
      if (d.kind !== "block" || !d.distant || d.scale[1] < MIN_LIT_HEIGHT_M) continue;
      if (!d.paint || !PALETTE[d.paint].litWindows) continue;
      sides.push(litSides(d));
    }
    const merged = sides.length ? mergeGeometries(sides, false) : null;
    for (const g of sides) g.dispose();
    this.windows = merged ? new Mesh(merged, this.windowMat) : null;
    if (this.windows) {
      this.windows.name = "litWindowsFar";
      this.windows.matrixAutoUpdate = false;
      this.group.add(this.windows);
    }
    if (farLights.length) {
      const g = new Geometry();
      g.setAttribute("position", new Float32BufferAttribute(farLights.flat(), 3));
      this.lamps = new Points(g, this.lampMat);
      this.lamps.name = "farLamps";
      this.group.add(this.lamps);
    } else this.lamps = null;
    // Only a city seen from above (far lamps) lights its own sky.
    this.skyGlow = farLights.length ? new Mesh(skyGlowGeometry(farLights[0][1]), this.glowMat) : null;
    if (this.skyGlow) {
      this.skyGlow.name = "skyGlow";
      this.skyGlow.renderOrder = -1;
      this.group.add(this.skyGlow);
    }
    this.group.name = "night-city";
    this.setNight(0);
  }

  /** 0 by day (hidden), 1 at night. */
  setNight(amount01: number): void {
    this.group.visible = amount01 > 0.05;
    this.windowMat.color.setScalar(amount01);
    this.lampMat.opacity = amount01;
    this.glowMat.opacity = amount01;
  }

  dispose(): void {
    this.windows?.geometry.dispose();
    this.lamps?.geometry.dispose();
    this.skyGlow?.geometry.dispose();
    this.glowMat.dispose();
    this.windowMat.dispose();
    this.lampMat.dispose();
    this.group.clear();
  }
}

/** The four sides of a far block, with UVs in bays and storeys (no roof, no floor). */
function litSides(d: LevelDecor): BufferGeometry {
  const [w, h, l] = d.scale;
  const g = new BoxGeometry(w, h, l).toNonIndexed();
  g.translate(d.position[0], d.position[1] + h / 2, d.position[2]);
  // Faces in order +x, -x, +y, -y, +z, -z, six vertices each (non-indexed); keep the sides.
  const pos = g.getAttribute("position");
  const uv = g.getAttribute("uv");
  const keep: number[] = [];
  const uvs: number[] = [];
  for (let f = 0; f < 6; f++) {
    if (f === 2 || f === 3) continue;
    const across = f < 2 ? l : w;
    for (let v = 0; v < 6; v++) {
      const i = f * 6 + v;
      keep.push(pos.getX(i), pos.getY(i), pos.getZ(i));
      uvs.push((uv.getX(i) * across) / BAY_M, (uv.getY(i) * h) / STOREY_M);
    }
  }
  g.dispose();
  const out = new Geometry();
  out.setAttribute("position", new Float32BufferAttribute(keep, 3));
  out.setAttribute("uv", new Float32BufferAttribute(uvs, 2));
  return out;
}

/** An open cylinder round the horizon from the street's level up: sodium orange at the foot, nothing at the top. */
function skyGlowGeometry(streetY: number): BufferGeometry {
  const g = new CylinderGeometry(GLOW_RADIUS_M, GLOW_RADIUS_M, GLOW_HEIGHT_M, 48, 6, true).toNonIndexed();
  g.translate(0, streetY + GLOW_HEIGHT_M / 2, 0);
  g.deleteAttribute("uv");
  const pos = g.getAttribute("position");
  const col = new Float32Array(pos.count * 3);
  for (let i = 0; i < pos.count; i++) {
    const t = 1 - (pos.getY(i) - streetY) / GLOW_HEIGHT_M;
    const k = 0.55 * t * t;
    col[i * 3] = k;
    col[i * 3 + 1] = k * 0.55;
    col[i * 3 + 2] = k * 0.3;
  }
  g.setAttribute("color", new Float32BufferAttribute(col, 3));
  return g;
}
