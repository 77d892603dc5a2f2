import type { ApiError } from '../api/apiError';
import type { PublicArea, PublicAreaPage } from '../models/publicPage';
import { asApiError, createState, isAbort, type Observable } from './storeKit';

export interface PublicPageState {
  areas:
    | { phase: 'loading' }
    | { phase: 'loaded'; areas: PublicArea[] }
    | { phase: 'failed'; error: ApiError };
  /** What the resident asked for last: an area id or a postcode. */
  query: { areaId: string } | { postcode: string } | null;
  page:
    | { phase: 'idle' }
    | { phase: 'loading' }
    | { phase: 'loaded'; page: PublicAreaPage | null }
    | { phase: 'failed'; error: ApiError };
}

export interface PublicPageApi {
  areas(signal: AbortSignal): Promise<PublicArea[]>;
  page(
    query: { areaId: string } | { postcode: string },
    signal: AbortSignal,
  ): Promise<PublicAreaPage | null>;
}

export interface PublicPageStore extends Observable<PublicPageState> {
  loadAreas(): Promise<void>;
  show(query: { areaId: string } | { postcode: string }): Promise<void>;
}

export function createPublicPageStore(api: PublicPageApi): PublicPageStore {
  const state = createState<PublicPageState>({
    areas: { phase: 'loading' },
    query: null,
    page: { phase: 'idle' },
  });
  const patch = (next: Partial<PublicPageState>) => state.set({ ...state.get(), ...next });
  let request: AbortController | undefined;
  let areasLoaded = false;
  return {
    getSnapshot: state.get,
    subscribe: state.subscribe,
    async loadAreas() {
      if (areasLoaded) return;
      areasLoaded = true;
      try {
        patch({ areas: { phase: 'loaded', areas: await api.areas(new AbortController().signal) } });
      } catch (error) {
        areasLoaded = false;
        patch({ areas: { phase: 'failed', error: asApiError(error) } });
      }
    },
    async show(query) {
      request?.abort();
      const controller = new AbortController();
      request = controller;
      patch({ query, page: { phase: 'loading' } });
      try {
        const page = await api.page(query, controller.signal);
        if (!controller.signal.aborted) patch({ page: { phase: 'loaded', page } });
      } catch (error) {
        if (controller.signal.aborted || isAbort(error)) return;
        patch({ page: { phase: 'failed', error: asApiError(error) } });
      }
    },
  };
}
