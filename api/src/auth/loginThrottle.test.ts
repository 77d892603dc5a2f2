import { describe, expect, it } from 'vitest';
import { manualClock, minutes } from './clock.js';
import { LoginThrottle } from './loginThrottle.js';

const keys = (account: string, address = '192.0.2.1') => ({ account, address });

describe('LoginThrottle', () => {
  it('allows 4 failures for an account and blocks after the 5th for one minute', () => {
    const time = manualClock();
    const throttle = new LoginThrottle(time.clock);
    for (let i = 0; i < 4; i += 1) throttle.recordFailure(keys('anna'));
    expect(throttle.check(keys('anna'))).toEqual({ allowed: true });
    throttle.recordFailure(keys('anna'));
    expect(throttle.check(keys('anna'))).toEqual({ allowed: false, retryAfterMs: 60_000 });
    time.advance(59_000);
    expect(throttle.check(keys('anna'))).toEqual({ allowed: false, retryAfterMs: 1_000 });
    time.advance(1_000);
    expect(throttle.check(keys('anna'))).toEqual({ allowed: true });
  });

  it('doubles the wait with every further failure, up to 15 minutes', () => {
    const time = manualClock();
    const throttle = new LoginThrottle(time.clock);
    for (let i = 0; i < 5; i += 1) throttle.recordFailure(keys('bert'));
    const waits: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      const verdict = throttle.check(keys('bert'));
      if (verdict.allowed) throw new Error('expected a block');
      waits.push(verdict.retryAfterMs);
      time.advance(verdict.retryAfterMs);
      throttle.recordFailure(keys('bert'));
    }
    expect(waits).toEqual([60_000, 120_000, 240_000, 480_000]);
    const capped = throttle.check(keys('bert'));
    expect(capped.allowed ? 0 : capped.retryAfterMs).toBeLessThanOrEqual(minutes(15));
  });

  it('forgets failures older than the 15-minute window', () => {
    const time = manualClock();
    const throttle = new LoginThrottle(time.clock);
    for (let i = 0; i < 4; i += 1) throttle.recordFailure(keys('carla'));
    time.advance(minutes(15));
    throttle.recordFailure(keys('carla'));
    expect(throttle.check(keys('carla'))).toEqual({ allowed: true });
  });

  it('blocks an address after 20 failures over any usernames, but not other addresses', () => {
    const time = manualClock();
    const throttle = new LoginThrottle(time.clock);
    for (let i = 0; i < 20; i += 1) throttle.recordFailure(keys(`guess-${i}`, '203.0.113.9'));
    expect(throttle.check(keys('someone-new', '203.0.113.9')).allowed).toBe(false);
    expect(throttle.check(keys('someone-new', '203.0.113.10')).allowed).toBe(true);
  });

  it('clears an account after a success, but keeps the address count', () => {
    const time = manualClock();
    const throttle = new LoginThrottle(time.clock);
    for (let i = 0; i < 4; i += 1) throttle.recordFailure(keys('dirk', '198.51.100.1'));
    throttle.recordSuccess(keys('dirk', '198.51.100.1'));
    throttle.recordFailure(keys('dirk', '198.51.100.2'));
    expect(throttle.check(keys('dirk', '198.51.100.2'))).toEqual({ allowed: true });
    for (let i = 0; i < 16; i += 1) throttle.recordFailure(keys(`other-${i}`, '198.51.100.1'));
    expect(throttle.check(keys('dirk', '198.51.100.1')).allowed).toBe(false);
  });

  it('keeps at most maxKeys entries when flooded with made-up usernames', () => {
    const time = manualClock();
    const throttle = new LoginThrottle(time.clock, {
      windowMs: minutes(15),
      perAccount: 5,
      perAddress: 1_000_000,
      baseDelayMs: 60_000,
      maxDelayMs: minutes(15),
      maxKeys: 50,
    });
    for (let i = 0; i < 200; i += 1) throttle.recordFailure(keys(`flood-${i}`));
    // The address is one key, so it and the newest usernames survive.
    for (let i = 0; i < 5; i += 1) throttle.recordFailure(keys('victim'));
    expect(throttle.check(keys('victim')).allowed).toBe(false);
    expect(
      (throttle as unknown as { failures: Map<string, number[]> }).failures.size,
    ).toBeLessThanOrEqual(50);
  });
});
