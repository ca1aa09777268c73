import { DMath } from "../core/DMath";
import type { LineLeg } from "./ChaseLine";
import type { CourierConfig } from "./CourierConfig";

const G = 9.81;
/** Share of a mantle or a ladder's top-out spent going up (the rest goes over the edge). */
const UP_SHARE = 0.7;
/** How high his vault clears (the parapets and skylights of the roofs are about a metre). */
const VAULT_CLEAR_M = 1.1;

const smooth = (t: number): number => t * t * (3 - 2 * t);

/** Seconds a move leg takes him (runs are timed by his speed instead). */
export function moveSeconds(leg: LineLeg, c: CourierConfig): number {
  const h = DMath.hypot(leg.x1 - leg.x0, leg.z1 - leg.z0);
  const drop = Math.max(0, leg.y0 - leg.y1);
  switch (leg.via) {
    case "vault":
      return c.vaultS + Math.sqrt((2 * drop) / G);
    case "mantle":
      return c.mantleS;
    case "ladder":
      return Math.abs(leg.y1 - leg.y0) / c.ladderMps + 0.5;
    case "leap":
      return Math.max(0.3, h / c.leapMps);
    case "drop":
      return Math.sqrt((2 * drop) / G) + c.rollS;
    default:
      return 0;
  }
}

/**
 * Where he is `u` (0..1) through a move leg: a vault arcs over a metre's obstacle (and
 * falls on if the far side is lower), a mantle and a ladder go up then over the edge, a
 * leap is a parabola, a drop falls then rolls on.
 */
export function movePoint(leg: LineLeg, u: number, c: CourierConfig, out: { x: number; y: number; z: number }): void {
  const { x0, y0, z0, x1, y1, z1 } = leg;
  let h = u;
  switch (leg.via) {
    case "vault": {
      const drop = Math.max(0, y0 - y1);
      const overS = c.vaultS;
      const total = overS + Math.sqrt((2 * drop) / G);
      const t = u * total;
      if (t < overS) {
        const k = t / overS;
        out.y = Math.max(y0, y1) + VAULT_CLEAR_M * DMath.sin(Math.PI * k) + (drop > 0 ? 0 : (y1 - y0) * k);
      } else {
        const tf = t - overS;
        out.y = Math.max(y1, y0 - 0.5 * G * tf * tf);
      }
      break;
    }
    case "mantle":
    case "ladder": {
      const up = u < UP_SHARE ? smooth(u / UP_SHARE) : 1;
      h = u < UP_SHARE ? 0.15 * up : 0.15 + 0.85 * smooth((u - UP_SHARE) / (1 - UP_SHARE));
      out.y = y0 + (y1 - y0) * up;
      break;
    }
    case "leap":
      out.y = y0 + (y1 - y0) * u + 4 * (c.leapApexM + Math.max(0, y1 - y0)) * u * (1 - u);
      break;
    case "drop": {
      const drop = Math.max(0, y0 - y1);
      const fall = Math.sqrt((2 * drop) / G);
      const t = u * (fall + c.rollS);
      out.y = t < fall ? y0 - 0.5 * G * t * t : y1;
      h = t < fall ? 0.5 * (t / fall) : 0.5 + 0.5 * ((t - fall) / c.rollS);
      break;
    }
    default:
      out.y = y0 + (y1 - y0) * u;
  }
  out.x = x0 + (x1 - x0) * h;
  out.z = z0 + (z1 - z0) * h;
}
