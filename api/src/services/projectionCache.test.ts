import { describe, expect, it } from 'vitest';
import { ProjectionCache } from './projectionCache.js';

function counter() {
  let loads = 0;
  return {
    load: (value: string) => () => {
      loads += 1;
      return Promise.resolve(`${value}#${loads}`);
    },
    loads: () => loads,
  };
}

describe('ProjectionCache', () => {
  it('reuses the value while the version is unchanged and reloads when it changes', async () => {
    const cache = new ProjectionCache<string>(2);
    const c = counter();
    expect(await cache.get('all', 'v1', c.load('a'))).toBe('a#1');
    expect(await cache.get('all', 'v1', c.load('a'))).toBe('a#1');
    expect(c.loads()).toBe(1);
    expect(await cache.get('all', 'v2', c.load('a'))).toBe('a#2');
    expect(c.loads()).toBe(2);
    expect(cache.size).toBe(1);
  });

  it('shares one load between concurrent requests', async () => {
    const cache = new ProjectionCache<string>(2);
    const c = counter();
    const [first, second] = await Promise.all([
      cache.get('k', 'v', c.load('x')),
      cache.get('k', 'v', c.load('x')),
    ]);
    expect(first).toBe('x#1');
    expect(second).toBe('x#1');
    expect(c.loads()).toBe(1);
  });

  it('keeps at most capacity entries, dropping the least recently used', async () => {
    const cache = new ProjectionCache<string>(2);
    const c = counter();
    await cache.get('a', 'v', c.load('a'));
    await cache.get('b', 'v', c.load('b'));
    await cache.get('a', 'v', c.load('a')); // a is now the most recently used
    await cache.get('c', 'v', c.load('c')); // evicts b
    expect(cache.size).toBe(2);
    expect(c.loads()).toBe(3);
    expect(await cache.get('a', 'v', c.load('a'))).toBe('a#1');
    expect(await cache.get('b', 'v', c.load('b'))).toBe('b#4');
  });

  it('does not keep a failed load', async () => {
    const cache = new ProjectionCache<string>(1);
    await expect(cache.get('k', 'v', () => Promise.reject(new Error('down')))).rejects.toThrow(
      'down',
    );
    expect(cache.size).toBe(0);
    expect(await cache.get('k', 'v', () => Promise.resolve('ok'))).toBe('ok');
  });

  it('rejects a capacity below one', () => {
    expect(() => new ProjectionCache<string>(0)).toThrow(RangeError);
  });
});
