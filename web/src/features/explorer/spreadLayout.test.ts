import { describe, expect, it } from 'vitest';
import { spreadPositions } from './spreadLayout';

describe('spreadPositions', () => {
  it('scales a packed layout about its middle until each node has the room asked for', () => {
    const packed = {
      a: { x: 0, y: 0 },
      b: { x: 10, y: 0 },
      c: { x: 0, y: 10 },
      d: { x: 10, y: 10 },
    };
    const spread = spreadPositions(packed, 80);
    // Four nodes at 80 pixels each: a square of 160 pixels, around the same middle (5, 5).
    expect(spread).toEqual({
      a: { x: -75, y: -75 },
      b: { x: 85, y: -75 },
      c: { x: -75, y: 85 },
      d: { x: 85, y: 85 },
    });
  });

  it('keeps the shape: the distances between nodes grow by one factor', () => {
    const packed = { a: { x: 0, y: 0 }, b: { x: 30, y: 0 }, c: { x: 0, y: 6 } };
    const spread = spreadPositions(packed, 100);
    const distance = (p: string, q: string) =>
      Math.hypot(
        (spread[p]?.x ?? 0) - (spread[q]?.x ?? 0),
        (spread[p]?.y ?? 0) - (spread[q]?.y ?? 0),
      );
    const factor = distance('a', 'b') / 30;
    expect(factor).toBeGreaterThan(1);
    expect(distance('a', 'c')).toBeCloseTo(6 * factor, 6);
  });

  it('leaves a layout that already has room, a single node and a point as they are', () => {
    const roomy = { a: { x: 0, y: 0 }, b: { x: 500, y: 0 } };
    expect(spreadPositions(roomy, 80)).toBe(roomy);
    const single = { a: { x: 3, y: 4 } };
    expect(spreadPositions(single, 80)).toBe(single);
    const point = { a: { x: 1, y: 1 }, b: { x: 1, y: 1 } };
    expect(spreadPositions(point, 80)).toBe(point);
  });
});
