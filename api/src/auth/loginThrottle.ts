import type { Clock } from './clock.js';

/**
 * How many failed sign-ins are tolerated before attempts are refused for a while. After the
 * limit, every further failure doubles the wait (base, 2×base, 4×base, …) up to `maxDelayMs`;
 * failures older than the window are forgotten.
 */
export interface ThrottlePolicy {
  windowMs: number;
  perAccount: number;
  perAddress: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Bound on remembered keys, so a flood of made-up usernames cannot exhaust memory. */
  maxKeys: number;
}

export const defaultThrottlePolicy: ThrottlePolicy = {
  windowMs: 15 * 60_000,
  perAccount: 5,
  perAddress: 20,
  baseDelayMs: 60_000,
  maxDelayMs: 15 * 60_000,
  maxKeys: 100_000,
};

export interface ThrottleKeys {
  /** The lower-cased username as typed (known or not, so the answer does not reveal which). */
  account: string;
  /** The client address. */
  address: string;
}

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterMs: number };

/**
 * Login throttling per account and per client address, kept in this process's memory. Several
 * API instances behind a load balancer each keep their own counts: such a deployment needs a
 * shared store (docs/privacy.md).
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly clock: Clock,
    private readonly policy: ThrottlePolicy = defaultThrottlePolicy,
  ) {}

  /** Whether an attempt may go ahead now; when not, how long until it may. */
  check(keys: ThrottleKeys): ThrottleVerdict {
    const now = this.clock().getTime();
    const waitUntil = Math.max(
      this.blockedUntil(`account:${keys.account}`, this.policy.perAccount, now),
      this.blockedUntil(`address:${keys.address}`, this.policy.perAddress, now),
    );
    return waitUntil > now ? { allowed: false, retryAfterMs: waitUntil - now } : { allowed: true };
  }

  recordFailure(keys: ThrottleKeys): void {
    const now = this.clock().getTime();
    for (const key of [`account:${keys.account}`, `address:${keys.address}`]) {
      const recent = this.recent(key, now);
      recent.push(now);
      this.failures.delete(key);
      this.failures.set(key, recent);
    }
    this.prune(now);
  }

  /**
   * A successful sign-in clears the account's failures. The address keeps its count: one valid
   * account must not reset an address that is guessing at others.
   */
  recordSuccess(keys: ThrottleKeys): void {
    this.failures.delete(`account:${keys.account}`);
  }

  private recent(key: string, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((at) => now - at < this.policy.windowMs);
  }

  private blockedUntil(key: string, limit: number, now: number): number {
    const recent = this.recent(key, now);
    const last = recent.at(-1);
    if (recent.length < limit || last === undefined) return 0;
    const delay = Math.min(
      this.policy.maxDelayMs,
      this.policy.baseDelayMs * 2 ** (recent.length - limit),
    );
    return last + delay;
  }

  private prune(now: number): void {
    if (this.failures.size <= this.policy.maxKeys) return;
    for (const [key, times] of this.failures) {
      const last = times.at(-1) ?? 0;
      if (now - last >= this.policy.windowMs) this.failures.delete(key);
    }
    // Still too many: forget the least recently failed (Map keeps insertion order).
    for (const key of this.failures.keys()) {
      if (this.failures.size <= this.policy.maxKeys) break;
      this.failures.delete(key);
    }
  }
}
