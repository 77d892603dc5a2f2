/** The outcome of a power iteration: the last vector, and whether it met NetworkX's tolerance. */
export interface PowerIterationResult {
  values: Float64Array;
  iterations: number;
  converged: boolean;
}

/** The network's power iteration did not settle within the allowed number of rounds. */
export class ConvergenceError extends Error {
  override name = 'ConvergenceError';
}

/** NetworkX's defaults for both PageRank and eigenvector centrality. */
export const networkxPowerIteration = { maxIterations: 100, tolerance: 1e-6 } as const;
