import { cyRegistry } from './features/explorer/cyRegistry';
import type { Network } from './models/stakeholder';
import { cutNetwork } from './models/syntheticNetwork';
import type { ExplorerLoaders } from './stores/explorerStore';

/**
 * Hooks for the browser tests, compiled in only when the build defines
 * `import.meta.env.VITE_TEST_HOOKS` (the e2e global setup does; `pnpm build` does not):
 * synthetic networks for the performance bench, and the Cytoscape instance counts for the
 * leak test. They sit on `window.__antenneTest`.
 */
export interface TestHooks {
  /**
   * Serves `network` for its center instead of asking the API: whole, or (`cut`) cut at the
   * requested limit as the server would, so "load more" can be exercised.
   */
  provideNetwork(network: Network, options?: { cut?: boolean }): void;
  cytoscape(): { created: number; destroyed: number; live: number };
}

declare global {
  interface Window {
    __antenneTest?: TestHooks;
  }
}

export const testHooksEnabled = import.meta.env.VITE_TEST_HOOKS === 'true';

/** Wraps the network loader so a test can serve synthetic networks; installs the hooks. */
export function withTestHooks(load: ExplorerLoaders['network']): ExplorerLoaders['network'] {
  if (!testHooksEnabled) return load;
  const synthetic = new Map<string, { network: Network; cut: boolean }>();
  window.__antenneTest = {
    provideNetwork: (network, options) =>
      synthetic.set(network.centerId, { network, cut: options?.cut ?? false }),
    cytoscape: () => ({
      created: cyRegistry.created,
      destroyed: cyRegistry.destroyed,
      live: cyRegistry.live.size,
    }),
  };
  return (centerId, signal, limit) => {
    const provided = synthetic.get(centerId);
    if (!provided) return load(centerId, signal, limit);
    return Promise.resolve(provided.cut ? cutNetwork(provided.network, limit) : provided.network);
  };
}
