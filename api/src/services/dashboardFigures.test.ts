import { describe, expect, it } from 'vitest';
import { countBy, isSuppressed, median, minimumCellPeople, postIdOf } from './dashboardFigures.js';

describe('dashboard figures', () => {
  it('suppresses cells of fewer than ten people, and shows ten', () => {
    expect(minimumCellPeople).toBe(10);
    expect(isSuppressed(0)).toBe(true);
    expect(isSuppressed(9)).toBe(true);
    expect(isSuppressed(10)).toBe(false);
  });

  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([10, 2, 4, 30])).toBe(7);
  });

  it('gives a stable post id that differs per official and per root and hides the id', () => {
    const a = postIdOf('root', '6f1c0d5e-0000-4000-8000-000000000001');
    expect(postIdOf('root', '6f1c0d5e-0000-4000-8000-000000000001')).toBe(a);
    expect(postIdOf('root', '6f1c0d5e-0000-4000-8000-000000000002')).not.toBe(a);
    expect(postIdOf('other', '6f1c0d5e-0000-4000-8000-000000000001')).not.toBe(a);
    expect(a).toMatch(/^post-[0-9a-f]{20}$/);
    expect(a).not.toContain('6f1c0d5e');
  });

  it('counts per key', () => {
    expect([...countBy(['a', 'b', 'a'], (x) => x)]).toEqual([
      ['a', 2],
      ['b', 1],
    ]);
  });
});
