import { z } from 'zod';
import { type AreaLevel, areaLevels } from '../vocabulary.js';
import { name, uuid } from './fields.js';

/** CBS statistical codes: GM0000 (gemeente), WK000000 (wijk), BU00000000 (buurt). */
const cbsCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^(GM\d{4}|WK\d{6}|BU\d{8})$/, 'Use a CBS code such as GM1586, WK158600 or BU15860000.')
  .nullish();

const postcodes = z
  .array(
    z
      .string()
      .trim()
      .regex(/^[1-9][0-9]{3}$/, 'Use four-digit postcodes such as 7137.'),
  )
  .max(500, 'At most 500 postcodes.')
  .transform((values) => [...new Set(values)].sort());

/** An outline as a GeoJSON Polygon or MultiPolygon (geometry or feature), kept as its JSON text. */
const geometry = z
  .string()
  .max(2_000_000, 'The outline is too large (2 MB at most).')
  .refine(isPolygonGeoJson, 'Use a GeoJSON Polygon or MultiPolygon.')
  .nullish();

function isPolygonGeoJson(text: string): boolean {
  try {
    const parsed: unknown = JSON.parse(text);
    const shape = z.object({
      type: z.enum(['Polygon', 'MultiPolygon']),
      coordinates: z.array(z.unknown()),
    });
    if (shape.safeParse(parsed).success) return true;
    return z.object({ type: z.literal('Feature'), geometry: shape }).safeParse(parsed).success;
  } catch {
    return false;
  }
}

export const createAreaInput = z.object({
  name,
  level: z.enum(areaLevels),
  cbsCode,
  postcodes: postcodes.nullish(),
  geometry,
  parentId: uuid.nullish(),
});
export type CreateAreaInput = z.output<typeof createAreaInput>;

export const updateAreaInput = z.object({
  name: name.optional(),
  level: z.enum(areaLevels).optional(),
  cbsCode,
  postcodes: postcodes.nullish(),
  geometry,
  parentId: uuid.nullish(),
});
export type UpdateAreaInput = z.output<typeof updateAreaInput>;

/** A parent must be strictly larger: a buurt inside a wijk, kern or municipality, never the reverse. */
export function canBePartOf(child: AreaLevel, parent: AreaLevel): boolean {
  return areaLevels.indexOf(parent) < areaLevels.indexOf(child);
}
