import type { ApiError } from '../api/apiError';
import type { ManagedAccount } from '../models/accounts';
import type { PublicArea } from '../models/publicPage';
import type { AccountRole } from '../models/session';
import { createLoader, idle, type Loadable } from './loadable';
import { asApiError, createState, type Observable } from './storeKit';

export interface NewAccount {
  username: string;
  displayName: string;
  password: string;
  roles: AccountRole[];
  areaIds: string[];
}

export interface AccountsApi {
  accounts(signal: AbortSignal): Promise<ManagedAccount[]>;
  /** The kernen and wijken accounts can cover (the public list: no register access needed). */
  areas(signal: AbortSignal): Promise<PublicArea[]>;
  create(input: NewAccount): Promise<ManagedAccount>;
  setRoles(accountId: string, roles: AccountRole[], areaIds: string[]): Promise<ManagedAccount>;
  disable(accountId: string): Promise<ManagedAccount>;
}

/** What the last change did, for the page to say; a created account's password shown once. */
export type AccountsNotice =
  | { kind: 'created'; username: string; password: string | null }
  | { kind: 'saved'; username: string }
  | { kind: 'disabled'; username: string };

export interface AccountsState {
  accounts: Loadable<ManagedAccount[]>;
  areas: Loadable<PublicArea[]>;
  busy: boolean;
  error: ApiError | null;
  notice: AccountsNotice | null;
}

export interface AccountsStore extends Observable<AccountsState> {
  load(): Promise<void>;
  /** Resolves true when the account was made. `showPassword`: the password was made here. */
  create(input: NewAccount, showPassword: boolean): Promise<boolean>;
  setRoles(accountId: string, roles: AccountRole[], areaIds: string[]): Promise<boolean>;
  disable(accountId: string): Promise<boolean>;
  /** Forgets the notice (and with it a one-time password). */
  dismissNotice(): void;
}

const byUsername = (a: ManagedAccount, b: ManagedAccount) => a.username.localeCompare(b.username);

export function createAccountsStore(api: AccountsApi): AccountsStore {
  const state = createState<AccountsState>({
    accounts: idle,
    areas: idle,
    busy: false,
    error: null,
    notice: null,
  });
  const accounts = createLoader(state, (s, value: Loadable<ManagedAccount[]>) => ({
    ...s,
    accounts: value,
  }));
  const areas = createLoader(state, (s, value: Loadable<PublicArea[]>) => ({ ...s, areas: value }));
  const replace = (account: ManagedAccount) => {
    const current = state.get().accounts;
    if (current.phase !== 'loaded') return;
    const others = current.value.filter((a) => a.id !== account.id);
    state.set({
      ...state.get(),
      accounts: { phase: 'loaded', value: [...others, account].sort(byUsername) },
    });
  };
  const change = async (
    work: () => Promise<ManagedAccount>,
    notice: (account: ManagedAccount) => AccountsNotice,
  ) => {
    state.set({ ...state.get(), busy: true, error: null, notice: null });
    try {
      const account = await work();
      replace(account);
      state.set({ ...state.get(), busy: false, notice: notice(account) });
      return true;
    } catch (error) {
      state.set({ ...state.get(), busy: false, error: asApiError(error) });
      return false;
    }
  };
  return {
    getSnapshot: state.get,
    subscribe: state.subscribe,
    async load() {
      await Promise.all([
        accounts.load(async (signal) => (await api.accounts(signal)).sort(byUsername)),
        state.get().areas.phase === 'loaded' ? undefined : areas.load(api.areas),
      ]);
    },
    create: (input, showPassword) =>
      change(
        () => api.create(input),
        (account) => ({
          kind: 'created',
          username: account.username,
          password: showPassword ? input.password : null,
        }),
      ),
    setRoles: (accountId, roles, areaIds) =>
      change(
        () => api.setRoles(accountId, roles, areaIds),
        (account) => ({ kind: 'saved', username: account.username }),
      ),
    disable: (accountId) =>
      change(
        () => api.disable(accountId),
        (account) => ({ kind: 'disabled', username: account.username }),
      ),
    dismissNotice() {
      state.set({ ...state.get(), notice: null });
    },
  };
}
