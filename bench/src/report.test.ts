import { describe, expect, it } from 'vitest';
import { renderReport } from './report.js';
import type { BenchResults, SizeResult } from './results.js';
import { summarize } from './stats.js';

const latency = (base: number) => summarize([base, base + 1, base + 2, base * 2]);

const size = (stakeholders: number, searchBase: number): SizeResult => ({
  size: stakeholders,
  measuredAt: '2026-11-29T09:00:00.000Z',
  loadAverage: [2.5, 2, 1.5],
  setup: { neo4jHeap: '4g', neo4jStartMs: 9_000, demoRows: stakeholders * 9, demoLoadMs: 60_000 },
  api: {
    peakRssMiB: 700,
    queries: [
      {
        name: 'search',
        api: latency(searchBase),
        raw: latency(searchBase / 2),
        ratioP50: 2,
        ratioP95: 1.2,
        transactions: 2,
        statements: 2,
        operations: ['session.resolve', 'search'],
      },
    ],
  },
  analysis: {
    nodes: stakeholders,
    edges: stakeholders * 5,
    betweenness: 'exact',
    pivots: 0,
    loadMs: 1_000,
    analyseMs: 2_000,
    totalMs: 3_000,
    peakRssMiB: 300,
    modularity: 0.6,
    communities: 12,
    peers: [
      {
        library: 'networkx',
        version: '3.6.1',
        buildSeconds: 1,
        totalSeconds: 20,
        peakRssMiB: 500,
        metrics: { closeness: { seconds: 12, extrapolated: true }, degree: { seconds: 0.1 } },
        ratio: 10,
      },
    ],
  },
  import: { rows: 10_000, created: 9_990, elapsedMs: 2_000, rowsPerSecond: 5_000 },
  phaseMs: { 'demo load': 60_000, api: 30_000 },
  errors: [],
});

const results: BenchResults = {
  quick: false,
  machine: {
    cpuModel: 'Test CPU',
    cores: 2,
    memoryGiB: 24,
    node: 'v20.20.2',
    java: 'openjdk 17',
    python: 'Python 3.11.7',
    platform: 'linux x64',
    date: '2026-11-29T08:00:00.000Z',
    loadAverage: [3, 2, 1],
  },
  sizes: [size(100_000, 40), size(1_000, 5)],
  web: {
    measuredAt: '2026-11-29T08:10:00.000Z',
    results: [
      {
        nodes: 2_000,
        edges: 8_000,
        firstRenderMs: 900,
        layoutMs: 4_000,
        panFps: 42.5,
        panFrames: 127,
        panMs: 3_000,
        longestTaskMs: 120,
      },
    ],
  },
};

describe('renderReport', () => {
  const report = renderReport(results);
  const line = (start: string) => report.split('\n').find((l) => l.startsWith(start));

  it('states the machine and the date', () => {
    expect(report).toContain('| Test CPU | 2 | 24 GiB | v20.20.2 | openjdk 17 | Python 3.11.7 |');
    expect(report).toContain('2026-11-29T08:00:00.000Z | 3 / 2 / 1 |');
  });

  it('judges each target on the largest size that measured it', () => {
    // search p95 at 100,000 is about 74 ms (p95 of 40, 41, 42, 80): missed.
    expect(line('| search p95 |')).toMatch(
      /\| < 30 ms at 100,000 \| 74\.\d+ \| 100,000 stakeholders \| missed \|$/,
    );
    expect(line('| analysis vs NetworkX')).toMatch(/\| 10 \| 100,000 stakeholders \| met \|$/);
    expect(line('| import rows/s |')).toMatch(/\| 5,000 \| 10,000 rows \| missed \|$/);
    expect(line('| panning 2,000 nodes |')).toMatch(/\| 42\.5 \| 2,000 nodes \| met \|$/);
    expect(line('| load test errors |')).toMatch(/\| — \| — \| not measured \|$/);
  });

  it('says which phases were kept from an earlier run, with its date and load', () => {
    const kept = renderReport({
      ...results,
      sizes: [
        {
          ...size(100_000, 40),
          keptFrom: {
            analysis: { measuredAt: '2026-11-28T10:00:00.000Z', loadAverage: [4, 3, 2] },
          },
          phaseMs: { 'demo load': 60_000, api: 30_000, analysis: 90_000 },
        },
      ],
    });
    const run = kept.split('\n').find((l) => l.startsWith('| 100,000 | 2026'));
    expect(run).toContain(
      'api 30, analysis 90 (kept from the run of 2026-11-28T10:00:00.000Z, load 4 / 3 / 2)',
    );
    expect(report).not.toContain('kept from');
  });

  it('lists the sizes in ascending order and marks extrapolated peer timings', () => {
    const apiRows = report.split('\n').filter((l) => /^\| [\d,]+ \| search \|/.test(l));
    expect(apiRows.map((l) => l.split(' | ')[0])).toEqual(['| 1,000', '| 100,000']);
    expect(report).toContain('~20 s, 500 MiB (networkx 3.6.1)');
    expect(report).toMatch(/\| 100,000 \| networkx \| 0\.1 \| — \| ~12 \|/);
  });

  it('shows what Neo4j alone can take, step by step, when the ceiling was measured', () => {
    expect(report).toContain('What Neo4j alone can take here: not measured');
    const withCeiling = renderReport(results, {
      machine: results.machine,
      batchRows: 5_000,
      batches: 2,
      steps: [
        {
          step: 'send',
          what: 'rows sent',
          rowsPerSecond: 8_246,
          medianBatchMs: 598,
          batches: [7_938, 8_687],
        },
        {
          step: 'schema',
          what: 'with the schema',
          rowsPerSecond: 1_615,
          medianBatchMs: 3_100,
          batches: [1_577, 1_650],
        },
      ],
    });
    expect(withCeiling).toContain('| send | rows sent | 8,246 | 7,938, 8,687 |');
    expect(withCeiling).toContain('| schema | with the schema | 1,615 | 1,577, 1,650 |');
    expect(withCeiling).toContain('batches of 5,000 rows');
  });
});
