import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/apiError';
import type { ManagedAccount } from '../models/accounts';
import { type AccountsApi, createAccountsStore } from './accountsStore';

const account = (username: string, extra: Partial<ManagedAccount> = {}): ManagedAccount => ({
  id: username,
  username,
  displayName: username,
  roles: ['OFFICIAL'],
  areaIds: [],
  disabled: false,
  authMethod: 'password',
  personId: null,
  ...extra,
});

function fakeApi(): AccountsApi {
  return {
    accounts: async () => [account('zoe'), account('ann')],
    areas: async () => [{ id: 'QXJlYTox', name: 'Lievelde', level: 'KERN', kernName: null }],
    create: async (input) => {
      if (input.username === 'taken') throw new ApiError('CONFLICT', 'taken');
      return account(input.username, { roles: input.roles });
    },
    setRoles: async (id, roles, areaIds) => account(id, { roles, areaIds }),
    disable: async (id) => account(id, { disabled: true }),
  };
}

describe('the accounts store', () => {
  it('lists accounts by username and keeps the list up to date after changes', async () => {
    const store = createAccountsStore(fakeApi());
    await store.load();
    const names = () => {
      const { accounts } = store.getSnapshot();
      return accounts.phase === 'loaded' ? accounts.value.map((a) => a.username) : [];
    };
    expect(names()).toEqual(['ann', 'zoe']);
    const input = {
      username: 'bob',
      displayName: 'Bob',
      password: 'x'.repeat(12),
      roles: [],
      areaIds: [],
    };
    expect(await store.create({ ...input, roles: ['ADMIN'] }, true)).toBe(true);
    expect(names()).toEqual(['ann', 'bob', 'zoe']);
    expect(store.getSnapshot().notice).toEqual({
      kind: 'created',
      username: 'bob',
      password: 'x'.repeat(12),
    });
    await store.setRoles('ann', ['AREA_BROKER'], ['1']);
    expect(store.getSnapshot().notice).toEqual({ kind: 'saved', username: 'ann' });
    await store.disable('zoe');
    const { accounts } = store.getSnapshot();
    expect(
      accounts.phase === 'loaded' && accounts.value.find((a) => a.id === 'zoe')?.disabled,
    ).toBe(true);
    store.dismissNotice();
    expect(store.getSnapshot().notice).toBeNull();
  });

  it('shows a typed password only when asked to, and reports failures', async () => {
    const store = createAccountsStore(fakeApi());
    await store.load();
    const input = {
      username: 'cas',
      displayName: 'Cas',
      password: 'y'.repeat(12),
      roles: [],
      areaIds: [],
    };
    await store.create(input, false);
    expect(store.getSnapshot().notice).toEqual({
      kind: 'created',
      username: 'cas',
      password: null,
    });
    expect(await store.create({ ...input, username: 'taken' }, false)).toBe(false);
    expect(store.getSnapshot().error?.code).toBe('CONFLICT');
  });
});
