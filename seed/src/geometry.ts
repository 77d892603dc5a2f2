/**
 * Simple outlines for the map: the municipality is a jittered 4 × 2 grid of quadrilaterals (one per
 * kern), each kern is cut into strips (wijken) and each wijk into strips (buurten). Cutting a convex
 * quadrilateral along straight lines between its edges never makes overlapping pieces, and the
 * pieces cover their parent exactly.
 */
import type { Random } from './random.js';

export type Point = readonly [number, number];
/** Corners in counter-clockwise order: south-west, south-east, north-east, north-west. */
export type Quad = readonly [Point, Point, Point, Point];

const lerp = (a: Point, b: Point, t: number): Point => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
];

/** A grid of `columns` × `rows` quads over a bounding box, its shared corners moved a little. */
export function jitteredGrid(
  random: Random,
  columns: number,
  rows: number,
  box: { west: number; south: number; east: number; north: number },
): { cells: Quad[][]; outline: Point[] } {
  const dx = (box.east - box.west) / columns;
  const dy = (box.north - box.south) / rows;
  const corners: Point[][] = [];
  for (let r = 0; r <= rows; r++) {
    const line: Point[] = [];
    for (let c = 0; c <= columns; c++) {
      line.push([
        box.west + c * dx + (random.next() - 0.5) * dx * 0.3,
        box.south + r * dy + (random.next() - 0.5) * dy * 0.3,
      ]);
    }
    corners.push(line);
  }
  const at = (r: number, c: number): Point => {
    const point = corners[r]?.[c];
    if (!point) throw new RangeError(`no grid corner ${r},${c}`);
    return point;
  };
  const cells: Quad[][] = [];
  for (let r = 0; r < rows; r++) {
    const line: Quad[] = [];
    for (let c = 0; c < columns; c++) {
      line.push([at(r, c), at(r, c + 1), at(r + 1, c + 1), at(r + 1, c)]);
    }
    cells.push(line);
  }
  const outline: Point[] = [];
  for (let c = 0; c <= columns; c++) outline.push(at(0, c));
  for (let r = 1; r <= rows; r++) outline.push(at(r, columns));
  for (let c = columns - 1; c >= 0; c--) outline.push(at(rows, c));
  for (let r = rows - 1; r >= 1; r--) outline.push(at(r, 0));
  return { cells, outline };
}

/** Cuts a quad into `count` strips from west to east. */
export function stripsWestToEast(quad: Quad, count: number): Quad[] {
  const [sw, se, ne, nw] = quad;
  const strips: Quad[] = [];
  for (let i = 0; i < count; i++) {
    const t0 = i / count;
    const t1 = (i + 1) / count;
    strips.push([lerp(sw, se, t0), lerp(sw, se, t1), lerp(nw, ne, t1), lerp(nw, ne, t0)]);
  }
  return strips;
}

/** Cuts a quad into `count` strips from south to north. */
export function stripsSouthToNorth(quad: Quad, count: number): Quad[] {
  const [sw, se, ne, nw] = quad;
  const strips: Quad[] = [];
  for (let i = 0; i < count; i++) {
    const t0 = i / count;
    const t1 = (i + 1) / count;
    strips.push([lerp(sw, nw, t0), lerp(se, ne, t0), lerp(se, ne, t1), lerp(sw, nw, t1)]);
  }
  return strips;
}

const round = (value: number) => Math.round(value * 1e5) / 1e5;

/** A GeoJSON Polygon string with a closed ring. */
export function toGeoJson(ring: readonly Point[]): string {
  const closed = [...ring, ring[0] as Point].map(([x, y]) => [round(x), round(y)]);
  return JSON.stringify({ type: 'Polygon', coordinates: [closed] });
}

/** The shoelace area of a ring (square degrees): positive for counter-clockwise rings. */
export function ringArea(ring: readonly (readonly number[])[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i] ?? [0, 0];
    const b = ring[(i + 1) % ring.length] ?? [0, 0];
    sum += (a[0] ?? 0) * (b[1] ?? 0) - (b[0] ?? 0) * (a[1] ?? 0);
  }
  return sum / 2;
}
