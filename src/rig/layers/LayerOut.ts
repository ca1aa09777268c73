/** One layer's contribution this tick: camera-frame translation (m) and rotation (rad). */
export interface LayerOut {
  x: number;
  y: number;
  z: number;
  pitch: number;
  yaw: number;
  roll: number;
}

export function createLayerOut(): LayerOut {
  return { x: 0, y: 0, z: 0, pitch: 0, yaw: 0, roll: 0 };
}

export function zeroLayerOut(o: LayerOut): void {
  o.x = 0;
  o.y = 0;
  o.z = 0;
  o.pitch = 0;
  o.yaw = 0;
  o.roll = 0;
}

/** acc += o * k */
export function addScaled(acc: LayerOut, o: LayerOut, k: number): void {
  acc.x += o.x * k;
  acc.y += o.y * k;
  acc.z += o.z * k;
  acc.pitch += o.pitch * k;
  acc.yaw += o.yaw * k;
  acc.roll += o.roll * k;
}
