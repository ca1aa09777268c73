import type { BufferAttribute } from "three";
import { WebGLAttributes } from "three/src/renderers/webgl/WebGLAttributes.js";
import { describe, expect, it } from "vitest";
import { Crowd } from "../../../src/view/bodies/Crowd";
import { MAX_OUTFIT_BOXES, outfitById } from "../../../src/view/bodies/outfits";

/**
 * A stand-in for the GPU: three's own buffer uploader (WebGLAttributes, which sends the
 * update ranges and then clears them) over a context that keeps a copy of each buffer.
 */
function fakeGpu() {
  const held = new Map<object, Float32Array>();
  let bound: object | null = null;
  const gl = {
    FLOAT: 5126,
    UNSIGNED_SHORT: 5123,
    createBuffer: () => ({}),
    bindBuffer: (_t: number, b: object) => {
      bound = b;
    },
    bufferData: (_t: number, data: Float32Array) => {
      if (bound) held.set(bound, data.slice());
    },
    bufferSubData: (_t: number, dstByte: number, src: Float32Array, srcOffset = 0, length = src.length - srcOffset) => {
      const dst = bound ? held.get(bound) : undefined;
      if (dst) dst.set(src.subarray(srcOffset, srcOffset + length), dstByte / src.BYTES_PER_ELEMENT);
    },
  };
  const attributes = new WebGLAttributes(gl as unknown as WebGL2RenderingContext);
  return {
    /** What a frame does: uploads the attribute (whole the first time, its ranges after). */
    draw(a: BufferAttribute): void {
      attributes.update(a, 34962);
    },
    copy(a: BufferAttribute): Float32Array {
      const b = attributes.get(a)?.buffer;
      const data = b ? held.get(b) : undefined;
      if (!data) throw new Error("not uploaded");
      return data;
    },
  };
}

describe("the crowd on the GPU", () => {
  it("every figure dressed in one tick reaches the GPU, not only the last (the street-crowd's 20 all drawn)", () => {
    const crowd = new Crowd(24);
    const merc = outfitById("merc");
    if (!merc) throw new Error("no merc outfit");
    const gpu = fakeGpu();
    const pos = crowd.mesh.geometry.getAttribute("position") as BufferAttribute;
    // The first frame goes out with the crowd still empty; then one tick dresses 20.
    gpu.draw(pos);
    for (let s = 0; s < 20; s++) crowd.setOutfit(s, merc);
    gpu.draw(pos);
    const onGpu = gpu.copy(pos);
    const perSlot = MAX_OUTFIT_BOXES * 24 * 3;
    const dressed = (data: Float32Array, s: number) => data.subarray(s * perSlot, (s + 1) * perSlot).some((v) => v !== 0);
    const slots = Array.from({ length: 24 }, (_, s) => dressed(onGpu, s));
    expect(slots.filter(Boolean).length).toBe(20);
    expect(slots.slice(0, 20).every(Boolean)).toBe(true);
    // Undressing one later uploads that slot alone, and the rest stay.
    crowd.setOutfit(5, null);
    gpu.draw(pos);
    expect(Array.from({ length: 24 }, (_, s) => dressed(onGpu, s)).filter(Boolean).length).toBe(19);
    crowd.dispose();
  });
});
