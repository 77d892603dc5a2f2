import type { AuthConfig } from '../env.js';

/** The idle and absolute timeouts, from the configuration. */
export interface SessionLifetime {
  idleMs: number;
  absoluteMs: number;
}

export const sessionLifetimeOf = (config: AuthConfig): SessionLifetime => ({
  idleMs: config.sessionIdleMinutes * 60_000,
  absoluteMs: config.sessionAbsoluteHours * 3_600_000,
});

/** When a session seen at `lastSeenAt` and created at `createdAt` stops being valid. */
export function sessionExpiry(lifetime: SessionLifetime, createdAt: Date, lastSeenAt: Date): Date {
  return new Date(
    Math.min(lastSeenAt.getTime() + lifetime.idleMs, createdAt.getTime() + lifetime.absoluteMs),
  );
}

/**
 * Refreshing the idle timer on every request would be a write per request; once a minute keeps
 * the idle timeout accurate to a minute at a fraction of the writes.
 */
export const sessionTouchIntervalMs = 60_000;
