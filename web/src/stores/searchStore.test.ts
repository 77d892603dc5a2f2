import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SearchHit } from '../models/stakeholder';
import { createSearchStore } from './searchStore';

const hit = (label: string): SearchHit => ({
  id: label,
  kind: 'PERSON',
  label,
  sublabel: null,
  official: false,
});

describe('the search store', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('searches once the user pauses, with the trimmed text', async () => {
    const asked: string[] = [];
    const store = createSearchStore(async (text) => {
      asked.push(text);
      return [hit(text)];
    }, 200);
    store.setText('h');
    store.setText('hu');
    store.setText('husken ');
    expect(store.getSnapshot().phase).toBe('searching');
    await vi.advanceTimersByTimeAsync(199);
    expect(asked).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(asked).toEqual(['husken']);
    expect(store.getSnapshot()).toEqual({ phase: 'done', text: 'husken ', hits: [hit('husken')] });
  });

  it('never sends empty text, and never lets an older answer win', async () => {
    const resolvers: ((hits: SearchHit[]) => void)[] = [];
    const store = createSearchStore(
      (_text, signal) =>
        new Promise((resolve, reject) => {
          resolvers.push(resolve);
          signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
      10,
    );
    store.setText('   ');
    expect(store.getSnapshot().phase).toBe('idle');
    store.setText('anna');
    await vi.advanceTimersByTimeAsync(10);
    store.setText('anna w');
    await vi.advanceTimersByTimeAsync(10);
    resolvers[1]?.([hit('new')]);
    resolvers[0]?.([hit('old')]);
    await vi.advanceTimersByTimeAsync(0);
    const state = store.getSnapshot();
    expect(state.phase === 'done' && state.hits.map((h) => h.label)).toEqual(['new']);
  });
});
