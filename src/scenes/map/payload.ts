import type { Rect } from '../../shared/geo/fit-view';
import type { LabelTiers, NarrowLabel, ViewLabel } from '../../shared/geo/label-tiers';

/**
 * What the map's build hands its browser code, typed once for both sides: the templates write
 * these as JSON (`writePayload`), the elements read them back (`readPayload`). Points are in the
 * story projection's units, as projected at build: the browser never re-projects.
 */
export type Point = [x: number, y: number];

/** A place on the map: where it is, how its label is set, and its label's texts (long to short). */
export interface MapItemPayload {
  point: Point;
  fontSize: number;
  symbolRadius: number;
  texts: string[];
}

export interface MapViewPayload {
  /** Its id in content/data/views.json (what the layers placed per view at build are keyed by). */
  id: string;
  rect: Rect;
  detail: 'high' | 'low';
  labels: Record<string, ViewLabel>;
  /** Labels on stages narrower than the smallest wide tier: one layout per narrow tier. */
  narrowLabels: Record<string, NarrowLabel>[];
  scale: { km: number; share: number; text: string };
  /** Degrees clockwise from up; null when north is up enough not to need an arrow. */
  north: number | null;
  title: string;
  desc: string;
}

/** The whole map: its stage tiers (px), places and views. */
export interface MapPayload {
  tiers: LabelTiers;
  items: Record<string, MapItemPayload>;
  views: Record<string, MapViewPayload>;
}

/** A route line (MapRoutes.astro): its points, where each leg ends (share of length), the share drawn at build. */
export interface RoutePayload {
  points: Point[];
  legEnds: number[];
  share: number;
}

/** A thrust arrow's line, start to head (ControlMarks.astro). */
export interface ThrustPayload {
  points: Point[];
}

/** The attribute a payload travels in. */
export const payloadAttribute = 'data-payload';

/** JSON for a payload attribute or script, safe inside HTML. */
export function writePayload<T extends MapPayload | RoutePayload | ThrustPayload>(
  payload: T,
): string {
  return JSON.stringify(payload).replace(/</g, '\\u003c');
}

/** The payload an element carries, as the build wrote it. */
export function readPayload<T extends RoutePayload | ThrustPayload>(element: Element): T {
  return JSON.parse(element.getAttribute(payloadAttribute) ?? 'null') as T;
}
