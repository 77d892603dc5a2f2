import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/apiError';
import type { SessionAccount } from '../models/session';
import { createSessionStore, type SessionApi } from './sessionStore';

const manager: SessionAccount = {
  id: 'a1',
  username: 'mt@gemeente.example',
  displayName: 'MT',
  roles: ['MANAGEMENT'],
};

function fakeApi(overrides: Partial<SessionApi> = {}): SessionApi & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    me: async () => {
      calls.push('me');
      return null;
    },
    signIn: async (username, password) => {
      calls.push(`signIn:${username}:${password}`);
      if (password !== 'right') throw new ApiError('UNAUTHENTICATED', 'no');
      return manager;
    },
    signOut: async () => {
      calls.push('signOut');
      return true;
    },
    ...overrides,
  };
}

describe('the session store', () => {
  it('starts unchecked and anonymous, then knows after asking the server', async () => {
    const store = createSessionStore(fakeApi({ me: async () => manager }));
    expect(store.getSnapshot()).toMatchObject({ phase: 'anonymous', checked: false });
    let notified = 0;
    store.subscribe(() => {
      notified += 1;
    });
    await store.refresh();
    expect(store.getSnapshot()).toMatchObject({ phase: 'signedIn', account: manager });
    expect(notified).toBe(1);
    expect(store.hasRole('MANAGEMENT', 'ADMIN')).toBe(true);
    expect(store.hasRole('PRIVACY_OFFICER')).toBe(false);
  });

  it('keeps the error code of a failed sign-in and signs in with trimmed username', async () => {
    const api = fakeApi();
    const store = createSessionStore(api);
    expect(await store.signIn(' mt@gemeente.example ', 'wrong')).toBe(false);
    expect(store.getSnapshot()).toMatchObject({ phase: 'anonymous', checked: true, busy: false });
    expect(store.getSnapshot().error?.code).toBe('UNAUTHENTICATED');
    expect(await store.signIn('mt@gemeente.example', 'right')).toBe(true);
    expect(store.getSnapshot()).toEqual({
      phase: 'signedIn',
      account: manager,
      checked: true,
      busy: false,
      error: null,
    });
    expect(api.calls).toContain('signIn:mt@gemeente.example:wrong');
  });

  it('is anonymous after signing out, even when the server could not be reached', async () => {
    const store = createSessionStore(
      fakeApi({
        me: async () => manager,
        signOut: async () => {
          throw new ApiError('NETWORK_ERROR', 'offline');
        },
      }),
    );
    await store.refresh();
    await store.signOut().catch(() => undefined);
    expect(store.getSnapshot()).toMatchObject({ phase: 'anonymous', checked: true });
    expect(store.hasRole('MANAGEMENT')).toBe(false);
  });
});
