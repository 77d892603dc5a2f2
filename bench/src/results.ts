import type { LatencySummary } from './stats.js';

/** The machine a run was measured on. */
export interface MachineFacts {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  node: string;
  java: string;
  python: string;
  platform: string;
  /** ISO date-time when the run started. */
  date: string;
  /** 1, 5 and 15 minute load averages at the start of the run. */
  loadAverage: [number, number, number];
}

export interface ApiQueryResult {
  name: string;
  api: LatencySummary;
  raw: LatencySummary;
  /** API p50 / raw p50 and API p95 / raw p95. */
  ratioP50: number | null;
  ratioP95: number | null;
  /** What one API request ran in Neo4j (replayed as the raw side). */
  transactions: number;
  statements: number;
  operations: string[];
}

export interface ApiPhase {
  queries: ApiQueryResult[];
  /** Highest RSS of the bench process (API, driver and harness) sampled during API and load. */
  peakRssMiB: number;
}

export interface PeerResult {
  library: string;
  version: string;
  buildSeconds: number;
  totalSeconds: number;
  peakRssMiB: number;
  metrics: Record<string, { seconds: number; extrapolated?: boolean }>;
  /** Seconds of the peer's total over Antenne's analysis seconds. */
  ratio: number | null;
  error?: string;
}

export interface AnalysisPhase {
  nodes: number;
  edges: number;
  betweenness: string;
  /** Sampled betweenness sources (0 = exact). */
  pivots: number;
  modularity: number;
  communities: number;
  loadMs: number;
  analyseMs: number;
  totalMs: number;
  peakRssMiB: number;
  peers: PeerResult[];
}

export interface ImportPhase {
  rows: number;
  created: number;
  elapsedMs: number;
  rowsPerSecond: number;
}

export interface LoadPhase {
  clients: number;
  seconds: number;
  requests: number;
  errors: number;
  errorSamples: string[];
  requestsPerSecond: number;
  latency: LatencySummary;
  reads: LatencySummary;
  writes: LatencySummary;
  consistency: {
    contactsRecorded: number;
    contactsFound: number;
    linksCreated: number;
    linksFound: number;
    duplicateLinks: number;
    ok: boolean;
  };
}

export interface WebResult {
  nodes: number;
  edges: number;
  firstRenderMs: number;
  layoutMs: number;
  panFps: number;
  panFrames: number;
  panMs: number;
  longestTaskMs: number;
}

export interface SizeResult {
  size: number;
  measuredAt: string;
  loadAverage: [number, number, number];
  setup: { neo4jHeap: string; neo4jStartMs: number; demoRows: number; demoLoadMs: number };
  api?: ApiPhase;
  analysis?: AnalysisPhase;
  import?: ImportPhase;
  load?: LoadPhase;
  /** Phase name → wall milliseconds, in the order run. */
  phaseMs: Record<string, number>;
  /**
   * Phases not run this time (`--phases`) whose figures were kept from an earlier run of this
   * size: when and at what load that run measured them.
   */
  keptFrom?: Record<string, { measuredAt: string; loadAverage: [number, number, number] }>;
  errors: string[];
}

export interface BenchResults {
  quick: boolean;
  machine: MachineFacts;
  sizes: SizeResult[];
  web?: { measuredAt: string; results: WebResult[]; error?: string };
}

/** One step of `pnpm --filter @antenne/bench ceiling` (bench/src/importCeiling.ts). */
export interface CeilingStep {
  step: string;
  what: string;
  rowsPerSecond: number;
  medianBatchMs: number;
  batches: number[];
}

/** What Neo4j can take of an import's rows on this machine: bench/results/import-ceiling.json. */
export interface ImportCeiling {
  machine: MachineFacts;
  batchRows: number;
  batches: number;
  steps: CeilingStep[];
}
