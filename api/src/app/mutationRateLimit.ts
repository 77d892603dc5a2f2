import type { Plugin } from 'graphql-yoga';
import type { Clock } from '../auth/clock.js';
import type { RequestContext } from './context.js';
import { graphqlRuntime } from './graphqlRealm.js';

export type RateVerdict = { allowed: true } | { allowed: false; retryAfterMs: number };

/**
 * At most `limit` events per key in any `windowMs`, counted in this process's memory (like the
 * sign-in throttle: several API instances each count their own). `maxKeys` bounds the memory a
 * flood of addresses can take; the least recently used keys are forgotten first.
 */
export class SlidingWindowLimiter {
  private readonly events = new Map<string, number[]>();

  constructor(
    private readonly clock: Clock,
    private readonly limit: number,
    private readonly windowMs = 60_000,
    private readonly maxKeys = 100_000,
  ) {}

  /** Counts one event for the key when allowed; refused events are not counted. */
  take(key: string): RateVerdict {
    const now = this.clock().getTime();
    const recent = (this.events.get(key) ?? []).filter((at) => now - at < this.windowMs);
    if (recent.length >= this.limit) {
      const oldest = recent[0] ?? now;
      this.events.set(key, recent);
      return { allowed: false, retryAfterMs: Math.max(1, oldest + this.windowMs - now) };
    }
    recent.push(now);
    this.events.delete(key);
    this.events.set(key, recent);
    for (const stale of this.events.keys()) {
      if (this.events.size <= this.maxKeys) break;
      this.events.delete(stale);
    }
    return { allowed: true };
  }
}

/** Whose mutations are counted together: the session, or without one the client address. */
export const rateKeyOf = (context: RequestContext): string =>
  context.sessionTokenHash
    ? `session:${context.sessionTokenHash}`
    : `address:${context.clientAddress}`;

/**
 * Refuses a mutation with `RATE_LIMITED` (HTTP 429, `extensions.retryAfterSeconds`) once its
 * session or address has sent `perMinute` mutations in the last minute. Queries are not counted:
 * their cost is bounded by the query limits.
 */
export function useMutationRateLimit(perMinute: number, clock: Clock): Plugin<RequestContext> {
  const limiter = new SlidingWindowLimiter(clock, perMinute);
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const operation = graphqlRuntime.getOperationAST(args.document, args.operationName);
      if (operation?.operation !== 'mutation') return;
      const verdict = limiter.take(rateKeyOf(args.contextValue));
      if (verdict.allowed) return;
      const retryAfterSeconds = Math.ceil(verdict.retryAfterMs / 1000);
      setResultAndStopExecution({
        errors: [
          new graphqlRuntime.GraphQLError(
            `Too many changes. Try again in ${retryAfterSeconds} seconds.`,
            {
              extensions: {
                code: 'RATE_LIMITED',
                retryAfterSeconds,
                http: { status: 429, headers: { 'retry-after': String(retryAfterSeconds) } },
              },
            },
          ),
        ],
      });
    },
  };
}
