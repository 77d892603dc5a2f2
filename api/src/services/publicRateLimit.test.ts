import { describe, expect, it } from 'vitest';
import { manualClock } from '../auth/clock.js';
import { RateLimitedError } from '../domain/errors.js';
import { publicLimiterOf, TokenBucketLimiter } from './publicRateLimit.js';

describe('the public token bucket', () => {
  const policy = { capacity: 3, refillPerSecond: 0.5, maxKeys: 2 };

  it('lets a burst of `capacity` through, then refuses with the wait in seconds', () => {
    const time = manualClock();
    const limiter = new TokenBucketLimiter(time.clock, policy);
    for (let i = 0; i < 3; i++) limiter.take('192.0.2.7');
    let error: unknown;
    try {
      limiter.take('192.0.2.7');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfterSeconds).toBe(2);
    // Another address has its own bucket.
    expect(() => limiter.take('192.0.2.8')).not.toThrow();
  });

  it('refills at the given rate, up to the capacity', () => {
    const time = manualClock();
    const limiter = new TokenBucketLimiter(time.clock, policy);
    for (let i = 0; i < 3; i++) limiter.take('a');
    time.advance(2_000);
    expect(() => limiter.take('a')).not.toThrow();
    expect(() => limiter.take('a')).toThrow(RateLimitedError);
    time.advance(60_000);
    for (let i = 0; i < 3; i++) limiter.take('a');
    expect(() => limiter.take('a')).toThrow(RateLimitedError);
  });

  it('forgets the least recently used address beyond maxKeys', () => {
    const time = manualClock();
    const limiter = new TokenBucketLimiter(time.clock, policy);
    for (let i = 0; i < 3; i++) limiter.take('a');
    limiter.take('b');
    limiter.take('c');
    // `a` was dropped, so it starts with a full bucket again.
    for (let i = 0; i < 3; i++) limiter.take('a');
    expect(() => limiter.take('a')).toThrow(RateLimitedError);
  });

  it('keeps one limiter per app', () => {
    const { clock } = manualClock();
    const appA = {};
    expect(publicLimiterOf(appA, clock)).toBe(publicLimiterOf(appA, clock));
    expect(publicLimiterOf({}, clock)).not.toBe(publicLimiterOf(appA, clock));
  });
});
