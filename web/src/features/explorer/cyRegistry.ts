import type { Core } from 'cytoscape';

/**
 * Counts the Cytoscape instances `NetworkCanvas` creates and destroys, so a browser test can
 * check that leaving the graph leaves no instance (and its listeners) behind. Read through the
 * test hooks (`testHooks.ts`); costs two integers and a set otherwise.
 */
export interface CyRegistry {
  created: number;
  destroyed: number;
  /** Instances created and not yet destroyed. */
  readonly live: Set<Core>;
}

export const cyRegistry: CyRegistry = { created: 0, destroyed: 0, live: new Set() };

export function registerCy(cy: Core): () => void {
  cyRegistry.created += 1;
  cyRegistry.live.add(cy);
  return () => {
    if (!cy.destroyed()) throw new Error('unregister a Cytoscape instance only once destroyed');
    cyRegistry.destroyed += 1;
    cyRegistry.live.delete(cy);
  };
}
