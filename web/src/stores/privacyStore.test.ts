import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/apiError';
import type { AuditLine } from '../models/privacy';
import { createPrivacyStore, type PrivacyApi } from './privacyStore';

const line = (seq: number): AuditLine => ({
  seq,
  at: '2026-01-01T00:00:00Z',
  action: 'person.viewed',
  result: 'success',
  actorId: 'a',
  subjectType: 'Person',
  subjectId: 'p',
  clientAddress: null,
  details: '{}',
});

function fakeApi(): PrivacyApi & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    subjectAccess: async (personId) => {
      calls.push(`access:${personId}`);
      return { personId, generatedAt: 'now', json: '{}', html: '<p>' };
    },
    recordObjection: async (personId) => {
      calls.push(`object:${personId}`);
      return { personId, objectedAt: 'now', scoresCleared: true, suggestionsRemoved: 2 };
    },
    erasePerson: async (personId) => {
      calls.push(`erase:${personId}`);
      if (personId === 'gone') throw new ApiError('NOT_FOUND', 'no');
      return {
        personId,
        ledgerHash: 'h',
        linksRemoved: 3,
        contactsRemoved: 1,
        contactsKept: 0,
        suggestionsRemoved: 0,
        accountsUnlinked: 0,
      };
    },
    auditTrail: async ({ after, subjectId }) => {
      calls.push(`audit:${after}:${subjectId}`);
      return after
        ? { entries: [line(1)], endCursor: null, hasNextPage: false }
        : { entries: [line(3), line(2)], endCursor: 'c2', hasNextPage: true };
    },
    auditChainStatus: async () => ({ valid: true, entries: 3, brokenAtSeq: null, problem: null }),
  };
}

describe('the privacy store', () => {
  it('exercises each right for the chosen person only', async () => {
    const api = fakeApi();
    const store = createPrivacyStore(api);
    await store.exportAccess();
    expect(api.calls).toEqual([]);
    store.choose({ id: 'p1', name: 'Ann' });
    await store.exportAccess();
    await store.recordObjection();
    expect(store.getSnapshot().access.phase).toBe('loaded');
    expect(store.getSnapshot().objection.phase).toBe('loaded');
    await store.erase();
    const state = store.getSnapshot();
    expect(api.calls).toEqual(['access:p1', 'object:p1', 'erase:p1']);
    expect(state.person).toBeNull();
    expect(state.erasure).toMatchObject({ phase: 'loaded', value: { name: 'Ann' } });
  });

  it('keeps the person when the erasure fails, with the error', async () => {
    const store = createPrivacyStore(fakeApi());
    store.choose({ id: 'gone', name: 'X' });
    await store.erase();
    expect(store.getSnapshot().person?.id).toBe('gone');
    expect(store.getSnapshot().erasure).toMatchObject({ phase: 'failed' });
  });

  it('pages through the audit trail and filters by subject', async () => {
    const api = fakeApi();
    const store = createPrivacyStore(api);
    await store.searchAudit(' p1 ');
    await store.moreAudit();
    await store.moreAudit();
    expect(store.getSnapshot().audit.entries.map((e) => e.seq)).toEqual([3, 2, 1]);
    expect(api.calls).toEqual(['audit:null:p1', 'audit:c2:p1']);
    await store.searchAudit('');
    expect(api.calls.at(-1)).toBe('audit:null:null');
    await store.checkChain();
    expect(store.getSnapshot().chain).toMatchObject({ phase: 'loaded', value: { valid: true } });
  });
});
