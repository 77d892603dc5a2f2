import type { ApiError } from '../api/apiError';
import type {
  AuditChainStatus,
  AuditLine,
  AuditPage,
  ErasureResult,
  ObjectionResult,
  SubjectAccessExport,
} from '../models/privacy';
import { createLoader, idle, type Loadable } from './loadable';
import { asApiError, createState, type Observable } from './storeKit';

export interface PrivacyApi {
  subjectAccess(personId: string): Promise<SubjectAccessExport>;
  recordObjection(personId: string): Promise<ObjectionResult>;
  erasePerson(personId: string): Promise<ErasureResult>;
  auditTrail(
    query: { first: number; after: string | null; subjectId: string | null },
    signal: AbortSignal,
  ): Promise<AuditPage>;
  auditChainStatus(signal: AbortSignal): Promise<AuditChainStatus>;
}

export interface ChosenPerson {
  id: string;
  name: string;
}

export interface AuditSearch {
  subjectId: string;
  entries: AuditLine[];
  endCursor: string | null;
  hasNextPage: boolean;
  phase: 'idle' | 'loading' | 'loaded' | 'failed';
  error: ApiError | null;
}

/**
 * The privacy officer's page: one person chosen and the outcome of each right exercised for them
 * (access, objection, erasure), and the audit trail search with the chain check.
 */
export interface PrivacyState {
  person: ChosenPerson | null;
  access: Loadable<SubjectAccessExport>;
  objection: Loadable<ObjectionResult>;
  erasure: Loadable<{ name: string; result: ErasureResult }>;
  audit: AuditSearch;
  chain: Loadable<AuditChainStatus>;
}

export interface PrivacyStore extends Observable<PrivacyState> {
  choose(person: ChosenPerson | null): void;
  exportAccess(): Promise<void>;
  recordObjection(): Promise<void>;
  erase(): Promise<void>;
  /** Searches the trail from the newest entry, about `subjectId` (empty: everything). */
  searchAudit(subjectId: string): Promise<void>;
  moreAudit(): Promise<void>;
  checkChain(): Promise<void>;
}

export const auditPageSize = 25;

const emptyAudit: AuditSearch = {
  subjectId: '',
  entries: [],
  endCursor: null,
  hasNextPage: false,
  phase: 'idle',
  error: null,
};

export function createPrivacyStore(api: PrivacyApi): PrivacyStore {
  const state = createState<PrivacyState>({
    person: null,
    access: idle,
    objection: idle,
    erasure: idle,
    audit: emptyAudit,
    chain: idle,
  });
  const chain = createLoader(state, (s, chain: Loadable<AuditChainStatus>) => ({ ...s, chain }));
  let auditRequest: AbortController | undefined;
  const attempt = async <T>(set: (value: Loadable<T>) => void, work: () => Promise<T>) => {
    set({ phase: 'loading' });
    try {
      set({ phase: 'loaded', value: await work() });
      return true;
    } catch (error) {
      set({ phase: 'failed', error: asApiError(error) });
      return false;
    }
  };
  const put = (change: Partial<PrivacyState>) => state.set({ ...state.get(), ...change });
  const loadAudit = async (subjectId: string, after: string | null) => {
    auditRequest?.abort();
    const controller = new AbortController();
    auditRequest = controller;
    const before = after ? state.get().audit : { ...emptyAudit, subjectId };
    state.set({ ...state.get(), audit: { ...before, subjectId, phase: 'loading', error: null } });
    try {
      const page = await api.auditTrail(
        { first: auditPageSize, after, subjectId: subjectId.trim() || null },
        controller.signal,
      );
      if (controller.signal.aborted) return;
      state.set({
        ...state.get(),
        audit: {
          subjectId,
          entries: [...before.entries, ...page.entries],
          endCursor: page.endCursor,
          hasNextPage: page.hasNextPage,
          phase: 'loaded',
          error: null,
        },
      });
    } catch (error) {
      if (controller.signal.aborted) return;
      state.set({
        ...state.get(),
        audit: { ...before, subjectId, phase: 'failed', error: asApiError(error) },
      });
    }
  };
  return {
    getSnapshot: state.get,
    subscribe: state.subscribe,
    choose(person) {
      put({ person, access: idle, objection: idle, erasure: idle });
    },
    async exportAccess() {
      const person = state.get().person;
      if (!person) return;
      await attempt(
        (access) => put({ access }),
        () => api.subjectAccess(person.id),
      );
    },
    async recordObjection() {
      const person = state.get().person;
      if (!person) return;
      await attempt(
        (objection) => put({ objection }),
        () => api.recordObjection(person.id),
      );
    },
    async erase() {
      const person = state.get().person;
      if (!person) return;
      const erased = await attempt(
        (erasure) => put({ erasure }),
        async () => ({ name: person.name, result: await api.erasePerson(person.id) }),
      );
      if (erased) put({ person: null, access: idle, objection: idle });
    },
    searchAudit: (subjectId) => loadAudit(subjectId, null),
    async moreAudit() {
      const { audit } = state.get();
      if (audit.hasNextPage && audit.endCursor) await loadAudit(audit.subjectId, audit.endCursor);
    },
    async checkChain() {
      await chain.load((signal) => api.auditChainStatus(signal));
    },
  };
}
