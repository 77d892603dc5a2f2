import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/apiError';
import type { SystemStatus } from '../models/systemStatus';
import { createSystemStatusStore } from './systemStatusStore';

const status: SystemStatus = {
  version: '0.1.0',
  database: {
    reachable: true,
    neo4jVersion: '5.26.12',
    edition: 'community',
    migrationsApplied: 2,
  },
};

function deferred<T>() {
  let resolve: (value: T) => void = () => {};
  let reject: (error: unknown) => void = () => {};
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('the system status store', () => {
  it('starts loading, then holds the status with the time it was checked', async () => {
    const checkedAt = new Date('2026-03-01T10:00:00Z');
    const store = createSystemStatusStore(
      async () => status,
      () => checkedAt,
    );
    expect(store.getSnapshot().phase).toBe('loading');
    await store.refresh();
    expect(store.getSnapshot()).toEqual({ phase: 'loaded', status, checkedAt });
  });

  it('holds the API error when the call fails, and recovers on retry', async () => {
    let fail = true;
    const store = createSystemStatusStore(async () => {
      if (fail) throw new ApiError('SERVICE_UNAVAILABLE', 'HTTP 503', 503);
      return status;
    });
    await store.refresh();
    const failed = store.getSnapshot();
    expect(failed.phase === 'failed' && failed.error.code).toBe('SERVICE_UNAVAILABLE');
    fail = false;
    await store.refresh();
    expect(store.getSnapshot().phase).toBe('loaded');
  });

  it('reports an unexpected exception as UNKNOWN', async () => {
    const store = createSystemStatusStore(async () => {
      throw new RangeError('bug');
    });
    await store.refresh();
    const state = store.getSnapshot();
    expect(state.phase === 'failed' && state.error.code).toBe('UNKNOWN');
  });

  it('never lets an older answer overwrite a newer one', async () => {
    const first = deferred<SystemStatus>();
    const second = deferred<SystemStatus>();
    const answers = [first, second];
    const store = createSystemStatusStore(() => answers.shift()?.promise ?? Promise.reject());
    const firstRun = store.refresh();
    const secondRun = store.refresh();
    second.resolve({ ...status, version: 'new' });
    await secondRun;
    first.resolve({ ...status, version: 'old' });
    await firstRun;
    const state = store.getSnapshot();
    expect(state.phase === 'loaded' && state.status.version).toBe('new');
  });

  it('tells subscribers about every change until they unsubscribe', async () => {
    const store = createSystemStatusStore(async () => status);
    const seen: string[] = [];
    const unsubscribe = store.subscribe(() => seen.push(store.getSnapshot().phase));
    await store.refresh();
    await store.refresh();
    unsubscribe();
    await store.refresh();
    expect(seen).toEqual(['loaded', 'loading', 'loaded']);
  });
});
