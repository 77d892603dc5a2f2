import type { ApiError } from '../api/apiError';
import { type AccountRole, holdsRole, type SessionAccount } from '../models/session';
import { asApiError, createState, type Observable } from './storeKit';

/**
 * Who is signed in. `checked` turns true once the server was asked (until then `anonymous` may
 * still become `signedIn`); `busy` while signing in or out; `error` is the last sign-in failure.
 */
export type SessionState =
  | {
      phase: 'anonymous';
      account?: undefined;
      checked: boolean;
      busy: boolean;
      error: ApiError | null;
    }
  | { phase: 'signedIn'; account: SessionAccount; checked: true; busy: boolean; error: null };

export interface SessionApi {
  me(): Promise<SessionAccount | null>;
  signIn(username: string, password: string): Promise<SessionAccount>;
  signOut(): Promise<boolean>;
}

export interface SessionStore extends Observable<SessionState> {
  /** Asks the server who this browser is signed in as (on start, and after a FORBIDDEN). */
  refresh(): Promise<void>;
  /** Signs in; resolves true when it worked (the error is in the state otherwise). */
  signIn(username: string, password: string): Promise<boolean>;
  signOut(): Promise<void>;
  /** Whether the signed-in account holds at least one of the roles. */
  hasRole(...roles: AccountRole[]): boolean;
}

const anonymous = (checked: boolean, error: ApiError | null = null): SessionState => ({
  phase: 'anonymous',
  checked,
  busy: false,
  error,
});

export function createSessionStore(api: SessionApi): SessionStore {
  const state = createState<SessionState>(anonymous(false));
  const signedIn = (account: SessionAccount): SessionState => ({
    phase: 'signedIn',
    account,
    checked: true,
    busy: false,
    error: null,
  });
  return {
    getSnapshot: state.get,
    subscribe: state.subscribe,
    async refresh() {
      try {
        const account = await api.me();
        state.set(account ? signedIn(account) : anonymous(true));
      } catch {
        // The server could not be asked: stay anonymous; the page that needs an account says so.
        state.set(anonymous(true));
      }
    },
    async signIn(username, password) {
      state.set({ ...anonymous(state.get().checked), busy: true });
      try {
        state.set(signedIn(await api.signIn(username.trim(), password)));
        return true;
      } catch (error) {
        state.set(anonymous(true, asApiError(error)));
        return false;
      }
    },
    async signOut() {
      const current = state.get();
      if (current.phase === 'signedIn') state.set({ ...current, busy: true });
      try {
        await api.signOut();
      } finally {
        state.set(anonymous(true));
      }
    },
    hasRole: (...roles) => holdsRole(state.get().account, ...roles),
  };
}
