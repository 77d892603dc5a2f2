import { describe, expect, it } from 'vitest';
import { mapShapes, outlineOf, rewound } from './areaMap';

// Counter-clockwise (RFC 7946) squares, side by side, as the demo data ships them.
const square = (x: number) =>
  JSON.stringify({
    type: 'Polygon',
    coordinates: [
      [
        [6.5 + x, 52],
        [6.52 + x, 52],
        [6.52 + x, 52.01],
        [6.5 + x, 52.01],
        [6.5 + x, 52],
      ],
    ],
  });

describe('the area map', () => {
  it('reads polygons, features of polygons, and nothing else', () => {
    expect(outlineOf(square(0))?.type).toBe('Polygon');
    expect(
      outlineOf(JSON.stringify({ type: 'Feature', geometry: JSON.parse(square(0)) }))?.type,
    ).toBe('Polygon');
    expect(outlineOf(JSON.stringify({ type: 'Point', coordinates: [6, 52] }))).toBeNull();
    expect(outlineOf('not json')).toBeNull();
    expect(outlineOf(null)).toBeNull();
  });

  it('rewinds counter-clockwise rings so d3 sees a small area, and leaves clockwise ones', () => {
    const outline = outlineOf(square(0));
    if (outline?.type !== 'Polygon') throw new Error('expected a polygon');
    const once = rewound(outline);
    expect(once.coordinates[0]?.[1]).toEqual([6.5, 52.01]);
    expect(rewound(once)).toEqual(once);
  });

  it('fits the shapes into the box, left one left of the right one', () => {
    const shapes = mapShapes(
      [
        { id: 'west', geometry: square(0) },
        { id: 'east', geometry: square(0.02) },
        { id: 'none', geometry: null },
      ],
      { width: 400, height: 200, margin: 10 },
    );
    expect(shapes.map((s) => s.id)).toEqual(['west', 'east']);
    for (const shape of shapes) {
      expect(shape.path).toMatch(/^M/);
      const [x, y] = shape.labelAt;
      expect(x).toBeGreaterThanOrEqual(10);
      expect(x).toBeLessThanOrEqual(390);
      expect(y).toBeGreaterThanOrEqual(10);
      expect(y).toBeLessThanOrEqual(190);
    }
    expect(shapes[0]?.labelAt[0]).toBeLessThan(shapes[1]?.labelAt[0] ?? 0);
  });
});
