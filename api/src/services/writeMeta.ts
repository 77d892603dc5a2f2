import type { Viewer } from '../app/context.js';
import type { WriteMeta } from '../repositories/nodeStore.js';

/** Provenance for a write by this viewer: their user id (or `system`) and where the data came from. */
export function writeMetaFor(viewer: Viewer, source = 'manual'): WriteMeta {
  return { actor: viewer.kind === 'user' ? viewer.userId : 'system', source };
}
