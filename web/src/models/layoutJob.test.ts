import { describe, expect, it } from 'vitest';
import { parseLayoutJobResult } from './layoutJob';
import { ShapeError } from './shape';

describe('parseLayoutJobResult', () => {
  it('reads the positions the layout worker posts back', () => {
    expect(parseLayoutJobResult({ positions: { a: { x: 1, y: -2 } }, ms: 12 })).toEqual({
      positions: { a: { x: 1, y: -2 } },
      ms: 12,
    });
  });

  it('rejects a position that is not a finite point, so no node is drawn at NaN', () => {
    expect(() => parseLayoutJobResult({ positions: { a: { x: 'left', y: 0 } }, ms: 1 })).toThrow(
      ShapeError,
    );
    expect(() =>
      parseLayoutJobResult({ positions: { a: { x: Number.NaN, y: 0 } }, ms: 1 }),
    ).toThrow(ShapeError);
    expect(() => parseLayoutJobResult({ error: 'boom' })).toThrow(ShapeError);
  });
});
