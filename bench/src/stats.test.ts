import { describe, expect, it } from 'vitest';
import { percentile, ratio, summarize, verdict } from './stats.js';

describe('percentile', () => {
  it('interpolates between the nearest ranks like NumPy', () => {
    expect(percentile([1, 2, 3, 4], 50)).toBe(2.5);
    expect(percentile([10, 20, 30, 40, 50], 95)).toBeCloseTo(48);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([1, 2, 3], 0)).toBe(1);
    expect(percentile([1, 2, 3], 100)).toBe(3);
  });

  it('is NaN without samples and refuses a percentile outside 0–100', () => {
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });
});

describe('summarize', () => {
  it('sorts the samples and reports count, mean, p50/p95/p99 and max', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 … 1, unsorted
    expect(summarize(samples)).toEqual({
      count: 100,
      mean: 50.5,
      p50: 50.5,
      p95: 95.05,
      p99: 99.01,
      max: 100,
    });
  });
});

describe('ratio and verdict', () => {
  it('divides to two decimals and gives null when it cannot', () => {
    expect(ratio(3, 2)).toBe(1.5);
    expect(ratio(1, 3)).toBe(0.33);
    expect(ratio(1, 0)).toBeNull();
    expect(ratio(null, 2)).toBeNull();
    expect(ratio(Number.NaN, 2)).toBeNull();
  });

  it('judges a figure against a target in either direction', () => {
    const below = { kind: 'below', limit: 30, text: '< 30 ms' } as const;
    const atLeast = { kind: 'atLeast', limit: 5, text: '≥ 5×' } as const;
    expect(verdict(29.9, below)).toBe('met');
    expect(verdict(30, below)).toBe('missed');
    expect(verdict(5, atLeast)).toBe('met');
    expect(verdict(4.99, atLeast)).toBe('missed');
    expect(verdict(null, atLeast)).toBe('not measured');
  });
});
