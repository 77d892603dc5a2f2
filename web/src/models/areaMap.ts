import { type ExtendedFeature, geoArea, geoMercator, geoPath } from 'd3-geo';

type Position = number[];
interface Polygon {
  type: 'Polygon';
  coordinates: Position[][];
}
interface MultiPolygon {
  type: 'MultiPolygon';
  coordinates: Position[][][];
}

/**
 * Draws the areas' GeoJSON outlines as SVG paths with d3-geo. GeoJSON (RFC 7946) winds outer
 * rings counter-clockwise; d3-geo reads rings on the sphere and takes that as "everything but the
 * area", so rings are rewound where needed first.
 */

export interface MapShape<Id extends string = string> {
  id: Id;
  path: string;
  /** Where to put the label (the shape's centroid in SVG coordinates). */
  labelAt: [number, number];
}

type Outline = Polygon | MultiPolygon;

/** The outline in a GeoJSON text (a Polygon, a MultiPolygon, or a Feature of one), or null. */
export function outlineOf(geometry: string | null): Outline | null {
  if (!geometry) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(geometry);
  } catch {
    return null;
  }
  const shape =
    typeof parsed === 'object' && parsed !== null && 'type' in parsed && parsed.type === 'Feature'
      ? (parsed as { geometry?: unknown }).geometry
      : parsed;
  if (typeof shape !== 'object' || shape === null || !('type' in shape)) return null;
  return shape.type === 'Polygon' || shape.type === 'MultiPolygon' ? (shape as Outline) : null;
}

const reversed = (rings: Position[][]) => rings.map((ring) => [...ring].reverse());

/** The outline with its rings wound the way d3-geo expects (an area smaller than a hemisphere). */
export function rewound(outline: Outline): Outline {
  const polygonFor = (rings: Position[][]): Position[][] =>
    geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI ? reversed(rings) : rings;
  return outline.type === 'Polygon'
    ? { type: 'Polygon', coordinates: polygonFor(outline.coordinates) }
    : { type: 'MultiPolygon', coordinates: outline.coordinates.map(polygonFor) };
}

/** SVG paths for the areas that have an outline, fitted into width × height with a margin. */
export function mapShapes<Id extends string>(
  areas: readonly { id: Id; geometry: string | null }[],
  size: { width: number; height: number; margin?: number },
): MapShape<Id>[] {
  const features: ExtendedFeature<Outline, { id: Id }>[] = areas.flatMap((area) => {
    const outline = outlineOf(area.geometry);
    return outline
      ? [{ type: 'Feature', geometry: rewound(outline), properties: { id: area.id } }]
      : [];
  });
  if (features.length === 0) return [];
  const collection = { type: 'FeatureCollection' as const, features };
  const margin = size.margin ?? 8;
  const projection = geoMercator().fitExtent(
    [
      [margin, margin],
      [size.width - margin, size.height - margin],
    ],
    collection,
  );
  const path = geoPath(projection);
  return features.map((feature) => {
    const [x, y] = path.centroid(feature);
    return { id: feature.properties.id, path: path(feature) ?? '', labelAt: [x, y] };
  });
}
