import type { BenchResults, ImportCeiling, SizeResult } from './results.js';
import { type Target, verdict } from './stats.js';

const fmt = (value: number | null | undefined, digits = 1) =>
  value == null || !Number.isFinite(value)
    ? '—'
    : value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });

const row = (cells: readonly (string | number)[]) => `| ${cells.join(' | ')} |`;

const table = (head: readonly string[], rows: readonly (readonly (string | number)[])[]) =>
  [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');

interface TargetLine {
  what: string;
  target: Target;
  /** The figure and where it comes from (the largest size that measured it). */
  figure: (results: BenchResults) => { value: number | null; at: string } | null;
}

const largest = (results: BenchResults, has: (size: SizeResult) => boolean) =>
  [...results.sizes].sort((a, b) => b.size - a.size).find(has);

const apiP95 = (name: string) => (results: BenchResults) => {
  const size = largest(results, (s) => Boolean(s.api?.queries.some((q) => q.name === name)));
  const query = size?.api?.queries.find((q) => q.name === name);
  return size && query ? { value: query.api.p95, at: `${fmt(size.size, 0)} stakeholders` } : null;
};

/** The targets, each judged on the largest municipality that measured it. */
export const targets: TargetLine[] = [
  {
    what: 'search p95',
    target: { kind: 'below', limit: 30, text: '< 30 ms at 100,000' },
    figure: apiP95('search'),
  },
  {
    what: '`network` depth 2 p95',
    target: { kind: 'below', limit: 30, text: '< 30 ms at 100,000' },
    figure: apiP95('network depth 2'),
  },
  {
    what: 'suggestions p95',
    target: { kind: 'below', limit: 100, text: '< 100 ms at 100,000' },
    figure: apiP95('suggestions (person)'),
  },
  {
    what: 'API / raw (p95, worst query)',
    target: { kind: 'below', limit: 1.5, text: '< 1.5' },
    figure: (results) => {
      const size = largest(results, (s) => Boolean(s.api));
      const ratios = size?.api?.queries.map((q) => q.ratioP95 ?? Number.NaN) ?? [];
      return size ? { value: Math.max(...ratios), at: `${fmt(size.size, 0)} stakeholders` } : null;
    },
  },
  {
    what: 'analysis vs NetworkX (× faster)',
    target: { kind: 'atLeast', limit: 5, text: '≥ 5×' },
    figure: (results) => {
      const size = largest(results, (s) =>
        Boolean(s.analysis?.peers.some((p) => p.library === 'networkx' && p.ratio != null)),
      );
      const peer = size?.analysis?.peers.find((p) => p.library === 'networkx');
      return size && peer ? { value: peer.ratio, at: `${fmt(size.size, 0)} stakeholders` } : null;
    },
  },
  {
    what: 'import rows/s',
    target: { kind: 'atLeast', limit: 10_000, text: '≥ 10,000 rows/s' },
    figure: (results) => {
      const size = largest(results, (s) => Boolean(s.import));
      return size?.import
        ? { value: size.import.rowsPerSecond, at: `${fmt(size.import.rows, 0)} rows` }
        : null;
    },
  },
  {
    what: 'panning 2,000 nodes',
    target: { kind: 'atLeast', limit: 30, text: '≥ 30 fps' },
    figure: (results) => {
      const web = results.web?.results.find((r) => r.nodes === 2_000);
      return web ? { value: web.panFps, at: '2,000 nodes' } : null;
    },
  },
  {
    what: 'API process RSS (bench process, upper bound)',
    target: { kind: 'below', limit: 1024, text: '< 1,024 MiB at 100,000' },
    figure: (results) => {
      const size = largest(results, (s) => Boolean(s.api));
      return size?.api
        ? { value: size.api.peakRssMiB, at: `${fmt(size.size, 0)} stakeholders` }
        : null;
    },
  },
  {
    what: 'load test errors',
    target: { kind: 'below', limit: 1, text: '0' },
    figure: (results) => {
      const size = largest(results, (s) => Boolean(s.load));
      return size?.load
        ? { value: size.load.errors, at: `${fmt(size.size, 0)} stakeholders` }
        : null;
    },
  },
];

/** The ceiling of section 3: what Neo4j alone takes, step by step (when it was measured). */
function ceilingSection(ceiling: ImportCeiling | undefined): string[] {
  if (!ceiling)
    return [
      'What Neo4j alone can take here: not measured (`pnpm --filter @antenne/bench ceiling`).',
    ];
  const load = ceiling.machine.loadAverage.join(' / ');
  return [
    `What Neo4j alone can take of these rows on this machine (\`pnpm --filter @antenne/bench ceiling\`,`,
    `${ceiling.machine.date}, load ${load}): batches of ${fmt(ceiling.batchRows, 0)} rows as the importer`,
    `writes them, ${ceiling.batches} per step after a warm-up, in a fresh Neo4j whose register grows as the`,
    'steps run. Step "links" bounds any import that writes people with their links here; step "schema"',
    "is the importer's own statement against Antenne's constraints and indexes.",
    '',
    table(
      ['step', 'what', 'rows/s', 'per batch (rows/s)'],
      ceiling.steps.map((step) => [
        step.step,
        step.what,
        fmt(step.rowsPerSecond, 0),
        step.batches.map((rate) => fmt(rate, 0)).join(', '),
      ]),
    ),
  ];
}

/** `docs/benchmarks.md`: the machine, the targets, then one table per section. */
export function renderReport(results: BenchResults, ceiling?: ImportCeiling): string {
  const { machine } = results;
  const sizes = [...results.sizes].sort((a, b) => a.size - b.size);
  const out: string[] = [
    '# Benchmarks',
    '',
    `Generated by \`pnpm bench${results.quick ? ' --quick' : ''}\` (bench/, see bench/README.md); machine-readable figures in`,
    `\`bench/results/${results.quick ? 'quick' : 'latest'}.json\`. Do not edit by hand: run \`pnpm bench\` again.`,
    '',
    '## Machine',
    table(
      [
        'CPU',
        'cores',
        'RAM',
        'Node',
        'Java',
        'Python',
        'date',
        'load average (1/5/15 min) at start',
      ],
      [
        [
          machine.cpuModel,
          machine.cores,
          `${machine.memoryGiB} GiB`,
          machine.node,
          machine.java,
          machine.python,
          machine.date,
          machine.loadAverage.join(' / '),
        ],
      ],
    ),
    '',
    'The machine is shared (other sessions run tests on the same 2 cores): each size records the load',
    'average when it was measured. API and raw figures are interleaved request by request so their ratio',
    'holds under that noise; absolute latencies do not.',
    '',
    '## Targets',
    table(
      ['what', 'target', 'measured', 'at', 'verdict'],
      targets.map((line) => {
        const figure = line.figure(results);
        return [
          line.what,
          line.target.text,
          fmt(figure?.value, 2),
          figure?.at ?? '—',
          verdict(figure?.value, line.target),
        ];
      }),
    ),
    '',
    '## Runs',
    table(
      [
        'stakeholders',
        'measured at',
        'load average',
        'Neo4j heap',
        'demo load',
        'phases (s)',
        'errors',
      ],
      sizes.map((s) => [
        fmt(s.size, 0),
        s.measuredAt,
        s.loadAverage.join(' / '),
        s.setup.neo4jHeap,
        `${fmt(s.setup.demoRows, 0)} rows in ${fmt(s.setup.demoLoadMs / 1000)} s`,
        Object.entries(s.phaseMs)
          .map(([phase, ms]) => {
            const kept = s.keptFrom?.[phase];
            const from = kept
              ? ` (kept from the run of ${kept.measuredAt}, load ${kept.loadAverage.join(' / ')})`
              : '';
            return `${phase} ${fmt(ms / 1000, 0)}${from}`;
          })
          .join(', '),
        s.errors.length ? s.errors.join('; ').replaceAll('|', '\\|') : 'none',
      ]),
    ),
    '',
    '## 1. API over HTTP vs the same Cypher through the driver',
    'Latency in ms, one request at a time over a keep-alive loopback connection, signed in as an',
    'official. "raw" replays the transactions that one API request ran (captured from the driver,',
    'session check included), statement for statement, one after the other.',
    '',
    table(
      [
        'stakeholders',
        'query',
        'API p50',
        'API p95',
        'API p99',
        'raw p50',
        'raw p95',
        'raw p99',
        'API/raw p50',
        'API/raw p95',
        'tx / statements',
        'transactions (operation names)',
      ],
      sizes.flatMap((s) =>
        (s.api?.queries ?? []).map((q) => [
          fmt(s.size, 0),
          q.name,
          fmt(q.api.p50, 2),
          fmt(q.api.p95, 2),
          fmt(q.api.p99, 2),
          fmt(q.raw.p50, 2),
          fmt(q.raw.p95, 2),
          fmt(q.raw.p99, 2),
          fmt(q.ratioP50, 2),
          fmt(q.ratioP95, 2),
          `${q.transactions} / ${q.statements}`,
          q.operations.join(', '),
        ]),
      ),
    ),
    '',
    '## 2. Graph-wide analysis vs NetworkX and python-igraph',
    'Antenne: what an analysis run does before writing scores (load the projection from Neo4j, every',
    "metric and the key figures), in a child process; its peak RSS is that process's. The peers time",
    'degree, betweenness (same sampled sources as Antenne above 20,000 nodes), closeness, PageRank,',
    'eigenvector, core number and Louvain on the same graph, from a file; "~" marks a path metric',
    'timed on a sample of sources and scaled linearly (NetworkX: 100 sources above 2,000 nodes;',
    "igraph: 5,000 sources). Antenne's figure also includes constraint, effective size, bridges and",
    'cut points. Ratio = peer seconds / Antenne analysis seconds (> 1: Antenne is faster).',
    '',
    table(
      [
        'stakeholders',
        'graph',
        'betweenness',
        'Antenne load + analyse',
        'Antenne peak RSS',
        'NetworkX',
        'igraph',
        'NetworkX / Antenne',
        'igraph / Antenne',
      ],
      sizes
        .filter((s) => s.analysis)
        .map((s) => {
          const a = s.analysis;
          if (!a) return [];
          const peer = (name: string) => a.peers.find((p) => p.library === name);
          const peerText = (name: string) => {
            const p = peer(name);
            if (!p) return '—';
            if (p.error) return `failed: ${p.error}`;
            const approx = Object.values(p.metrics).some((m) => m.extrapolated) ? '~' : '';
            return `${approx}${fmt(p.totalSeconds, 1)} s, ${fmt(p.peakRssMiB, 0)} MiB (${p.library} ${p.version})`;
          };
          return [
            fmt(s.size, 0),
            `${fmt(a.nodes, 0)} nodes, ${fmt(a.edges, 0)} ties`,
            a.betweenness,
            `${fmt(a.loadMs / 1000, 1)} + ${fmt(a.analyseMs / 1000, 1)} s`,
            `${fmt(a.peakRssMiB, 0)} MiB`,
            peerText('networkx'),
            peerText('igraph'),
            `${fmt(peer('networkx')?.ratio, 2)}×`,
            `${fmt(peer('igraph')?.ratio, 2)}×`,
          ];
        }),
    ),
    '',
    ...peerDetail(sizes),
    '## 3. Import',
    'A people list as a municipality hands it over (`@antenne/seed` import list: e-mail, phone,',
    'postcode, a club with a role, a kern, one to three themes, the privacy fields; about four links a',
    'row) through the importer the CLI uses, into the register of that size (all-or-nothing,',
    'de-duplicated against everyone stored, near matches reported).',
    '',
    table(
      ['stakeholders in register', 'rows', 'new', 'seconds', 'rows/s'],
      sizes
        .filter((s) => s.import)
        .map((s) => [
          fmt(s.size, 0),
          fmt(s.import?.rows, 0),
          fmt(s.import?.created, 0),
          fmt((s.import?.elapsedMs ?? 0) / 1000, 1),
          fmt(s.import?.rowsPerSecond, 0),
        ]),
    ),
    '',
    ...ceilingSection(ceiling),
    '',
    '## 4. Web: big networks in headless Chromium',
    "Synthetic networks through the web's test hooks (software rendering, no GPU). First render and",
    "layout: from opening the network to the app's `antenne:graph-rendered` and `antenne:layout-done`",
    'marks. Panning: the canvas dragged in circles, frames counted with requestAnimationFrame.',
    '',
    results.web?.error
      ? `Not measured: ${results.web.error}`
      : table(
          [
            'nodes',
            'links',
            'first render (ms)',
            'layout done (ms)',
            'longest task (ms)',
            'panning fps',
          ],
          (results.web?.results ?? []).map((w) => [
            fmt(w.nodes, 0),
            fmt(w.edges, 0),
            fmt(w.firstRenderMs, 0),
            fmt(w.layoutMs, 0),
            fmt(w.longestTaskMs, 0),
            fmt(w.panFps, 1),
          ]),
        ),
    '',
    '## 5. Load: concurrent clients, mixed reads and writes',
    '70 % reads (search, network depth 1 and 2, details), 30 % writes (recordContact, createLink within',
    'a group of 30 people so the same link is requested concurrently). Afterwards the database is',
    'queried: contacts found = contacts the API recorded, KNOWS links added = links the API said it',
    'created, no pair with two KNOWS links.',
    '',
    table(
      [
        'stakeholders',
        'clients × s',
        'requests',
        'req/s',
        'errors',
        'p50',
        'p95',
        'p99',
        'reads p99',
        'writes p99',
        'consistent',
      ],
      sizes
        .filter((s) => s.load)
        .map((s) => {
          const l = s.load;
          if (!l) return [];
          const c = l.consistency;
          return [
            fmt(s.size, 0),
            `${l.clients} × ${l.seconds}`,
            fmt(l.requests, 0),
            fmt(l.requestsPerSecond, 0),
            l.errors,
            fmt(l.latency.p50, 1),
            fmt(l.latency.p95, 1),
            fmt(l.latency.p99, 1),
            fmt(l.reads.p99, 1),
            fmt(l.writes.p99, 1),
            `${c.ok ? 'yes' : 'NO'} (contacts ${c.contactsFound}/${c.contactsRecorded}, links ${c.linksFound}/${c.linksCreated}, duplicates ${c.duplicateLinks})`,
          ];
        }),
    ),
    '',
  ];
  return `${out.join('\n')}\n`;
}

function peerDetail(sizes: readonly SizeResult[]): string[] {
  const rows = sizes.flatMap((s) =>
    (s.analysis?.peers ?? [])
      .filter((p) => !p.error)
      .map((p) => [
        fmt(s.size, 0),
        p.library,
        ...[
          'degree',
          'betweenness',
          'closeness',
          'pagerank',
          'eigenvector',
          'core number',
          'louvain',
        ].map((name) => {
          const m = p.metrics[name];
          return m ? `${m.extrapolated ? '~' : ''}${fmt(m.seconds, 2)}` : '—';
        }),
      ]),
  );
  if (rows.length === 0) return [];
  return [
    'Seconds per metric:',
    '',
    table(
      [
        'stakeholders',
        'library',
        'degree',
        'betweenness',
        'closeness',
        'pagerank',
        'eigenvector',
        'core number',
        'louvain',
      ],
      rows,
    ),
    '',
  ];
}
