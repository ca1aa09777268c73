import { type BufferGeometry, Group, Mesh, MeshStandardMaterial, type Scene } from "three";
import { buildFigure, type FigurePart } from "./figure";

type Who = "jimmy" | "estelle" | "akan";

const SKIN = 0xd2a284;
/** Low-poly figures, feet at y = 0 facing -Z; each reads at a glance by its colours. */
export const ACTOR_LOOKS: Record<Who, readonly FigurePart[]> = {
  // Jimmy as a street sweeper: hi-vis orange vest over grey overalls, a headset.
  jimmy: [
    [[0.17, 0.85, 0.2], [-0.11, 0.43, 0], 0x5b5f66],
    [[0.17, 0.85, 0.2], [0.11, 0.43, 0], 0x5b5f66],
    [[0.5, 0.62, 0.3], [0, 1.16, 0], 0xf07a12],
    [[0.52, 0.06, 0.32], [0, 1.1, 0], 0xe8e8d0],
    [[0.12, 0.58, 0.14], [-0.32, 1.14, 0], 0x5b5f66],
    [[0.12, 0.58, 0.14], [0.32, 1.14, 0], 0x5b5f66],
    [[0.23, 0.27, 0.25], [0, 1.62, 0], SKIN],
    [[0.25, 0.08, 0.27], [0, 1.78, 0], 0x7a4a2a],
    [[0.05, 0.12, 0.05], [0.14, 1.62, -0.04], 0x111111],
  ],
  // Estelle: a white lab coat over dark trousers, auburn hair.
  estelle: [
    [[0.15, 0.85, 0.18], [-0.1, 0.43, 0], 0x2b2d33],
    [[0.15, 0.85, 0.18], [0.1, 0.43, 0], 0x2b2d33],
    [[0.44, 0.8, 0.28], [0, 1.05, 0], 0xeeeeea],
    [[0.1, 0.56, 0.12], [-0.28, 1.15, 0], 0xeeeeea],
    [[0.1, 0.56, 0.12], [0.28, 1.15, 0], 0xeeeeea],
    [[0.2, 0.25, 0.22], [0, 1.6, 0], SKIN],
    [[0.24, 0.3, 0.25], [0, 1.66, 0.04], 0x8a3b1c],
  ],
  // Akan: a long black coat, pale face, white hair.
  akan: [
    [[0.17, 0.85, 0.2], [-0.11, 0.43, 0], 0x0e0e10],
    [[0.17, 0.85, 0.2], [0.11, 0.43, 0], 0x0e0e10],
    [[0.56, 1.1, 0.32], [0, 1.0, 0], 0x15151a],
    [[0.13, 0.6, 0.14], [-0.34, 1.15, 0], 0x15151a],
    [[0.13, 0.6, 0.14], [0.34, 1.15, 0], 0x15151a],
    [[0.23, 0.27, 0.25], [0, 1.64, 0], 0xe6d2c4],
    [[0.25, 0.1, 0.27], [0, 1.8, 0.01], 0xf2f2f2],
  ],
};

/**
 * The people the story puts on screen: Jimmy on his route, the wife and the telekinetic
 * where a cue places them. One merged figure (one draw call) each, hidden when off stage.
 */
export class StoryActors {
  readonly group = new Group();
  private readonly meshes: Record<Who, Mesh>;
  private readonly geometries: BufferGeometry[] = [];
  private readonly material = new MeshStandardMaterial({ vertexColors: true, roughness: 0.8 });

  constructor(private readonly scene: Scene) {
    const make = (who: Who) => {
      const g = buildFigure(ACTOR_LOOKS[who]);
      this.geometries.push(g);
      const m = new Mesh(g, this.material);
      m.name = who;
      m.visible = false;
      m.castShadow = true;
      this.group.add(m);
      return m;
    };
    this.meshes = { jimmy: make("jimmy"), estelle: make("estelle"), akan: make("akan") };
    this.group.name = "story-actors";
    scene.add(this.group);
  }

  /** Places one actor (feet position, facing) or hides it with `null`. */
  place(who: Who, at: { x: number; y: number; z: number; yawRad: number } | null): void {
    const m = this.meshes[who];
    m.visible = at !== null;
    if (at) {
      m.position.set(at.x, at.y, at.z);
      m.rotation.set(0, at.yawRad, 0);
    }
  }

  /** Tilts an actor as if dragged (the wife taken away). */
  lean(who: Who, rad: number): void {
    this.meshes[who].rotation.x = rad;
  }

  dispose(): void {
    this.scene.remove(this.group);
    for (const g of this.geometries) g.dispose();
    this.material.dispose();
  }
}
