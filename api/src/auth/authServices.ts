import { type AuthConfig, parseEnv } from '../env.js';
import { type Clock, systemClock } from './clock.js';
import { defaultThrottlePolicy, LoginThrottle, type ThrottlePolicy } from './loginThrottle.js';
import { createOidcClient, type OidcClient } from './oidc/oidcClient.js';
import { type SessionLifetime, sessionLifetimeOf } from './sessionLifetime.js';

/** What sign-in needs for the life of the app: settings, the clock, throttle counts, SSO. */
export interface AuthServices {
  config: AuthConfig;
  lifetime: SessionLifetime;
  clock: Clock;
  throttle: LoginThrottle;
  /** Null when single sign-on is not configured. */
  oidc: OidcClient | null;
}

/** The defaults of every auth variable (no SSO), for tests and tools that pass no configuration. */
export const defaultAuthConfig = (): AuthConfig => parseEnv({}).auth;

export function createAuthServices(
  config: AuthConfig = defaultAuthConfig(),
  options: { clock?: Clock; throttlePolicy?: ThrottlePolicy } = {},
): AuthServices {
  const clock = options.clock ?? systemClock;
  return {
    config,
    lifetime: sessionLifetimeOf(config),
    clock,
    throttle: new LoginThrottle(clock, options.throttlePolicy ?? defaultThrottlePolicy),
    oidc: config.oidc ? createOidcClient(config.oidc) : null,
  };
}
