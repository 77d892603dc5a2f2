import type { Clock } from '../auth/clock.js';
import { RateLimitedError } from '../domain/errors.js';

/** How fast anonymous visitors may ask the public fields, per client address. */
export interface TokenBucketPolicy {
  /** Requests that may come at once (the bucket's size). */
  capacity: number;
  /** Requests allowed per second after that (the refill rate). */
  refillPerSecond: number;
  /** Bound on remembered addresses, so a flood of addresses cannot exhaust memory. */
  maxKeys: number;
}

/** 30 at once, then one every two seconds: a resident clicking around never notices. */
export const defaultPublicPolicy: TokenBucketPolicy = {
  capacity: 30,
  refillPerSecond: 0.5,
  maxKeys: 100_000,
};

/**
 * A token bucket per client address, in this process's memory (like the sign-in throttle:
 * several API instances each keep their own, docs/privacy.md). Every public field costs one token;
 * an empty bucket refuses with RATE_LIMITED and the seconds until the next token.
 */
export class TokenBucketLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly clock: Clock,
    private readonly policy: TokenBucketPolicy = defaultPublicPolicy,
  ) {}

  /** Takes one token for `key`, or throws RateLimitedError. */
  take(key: string): void {
    const now = this.clock().getTime();
    const bucket = this.buckets.get(key) ?? { tokens: this.policy.capacity, at: now };
    const refilled = Math.min(
      this.policy.capacity,
      bucket.tokens + ((now - bucket.at) / 1000) * this.policy.refillPerSecond,
    );
    if (refilled < 1) {
      this.buckets.set(key, { tokens: refilled, at: now });
      throw new RateLimitedError(Math.ceil((1 - refilled) / this.policy.refillPerSecond));
    }
    this.buckets.delete(key);
    this.buckets.set(key, { tokens: refilled - 1, at: now });
    if (this.buckets.size > this.policy.maxKeys) {
      // The least recently used address goes first (Map keeps insertion order).
      const oldest = this.buckets.keys().next().value;
      if (oldest !== undefined) this.buckets.delete(oldest);
    }
  }
}

const limiters = new WeakMap<object, TokenBucketLimiter>();

/**
 * The limiter of one running app, keyed by an object that lives as long as the app (its auth
 * services), so tests with several apps in one process do not share counts.
 */
export function publicLimiterOf(owner: object, clock: Clock): TokenBucketLimiter {
  let limiter = limiters.get(owner);
  if (!limiter) {
    limiter = new TokenBucketLimiter(clock);
    limiters.set(owner, limiter);
  }
  return limiter;
}
