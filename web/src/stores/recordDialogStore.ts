import type { EntityRef } from '../models/stakeholderDetails';
import { createState, type Observable } from './storeKit';

export type RecordTab = 'person' | 'organization' | 'link';

export type RecordDialogState =
  | { open: false }
  | { open: true; tab: RecordTab; linkFrom: EntityRef | null };

/** The quick-recording dialog: closed, or open on a tab (a link starts from `linkFrom`). */
export interface RecordDialogStore extends Observable<RecordDialogState> {
  open(tab: RecordTab, linkFrom?: EntityRef | null): void;
  setTab(tab: RecordTab): void;
  close(): void;
}

export function createRecordDialogStore(): RecordDialogStore {
  const state = createState<RecordDialogState>({ open: false });
  return {
    getSnapshot: state.get,
    subscribe: state.subscribe,
    open(tab, linkFrom = null) {
      state.set({ open: true, tab, linkFrom });
    },
    setTab(tab) {
      const current = state.get();
      if (current.open) state.set({ ...current, tab });
    },
    close() {
      state.set({ open: false });
    },
  };
}
