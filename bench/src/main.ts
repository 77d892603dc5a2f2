/**
 * pnpm bench [--quick] [--write-docs] [--sizes 1000,10000]
 *
 * Full run: municipalities of 1,000, 10,000 and 100,000 stakeholders, each in its own embedded
 * Neo4j; writes bench/results/latest.json and docs/benchmarks.md. `--quick` (CI): 1,000 only,
 * shorter phases, writes bench/results/quick.json and leaves docs alone unless `--write-docs`.
 * `--sizes` measures only those sizes and merges them into the results file.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type AntenneApp, createApp } from '@antenne/api/app';
import { Database } from '@antenne/api/database';
import { createDemoAccounts } from '@antenne/api/demo-accounts';
import { loadDemoData } from '@antenne/api/demo-data';
import { createLogger } from '@antenne/api/logger';
import { migrate } from '@antenne/api/migrate';
import { type RunningNeo4j, startEmbeddedNeo4j } from '@antenne/api/neo4j';
import { streamDemoMunicipality } from '@antenne/seed';
import neo4j, { type Driver } from 'neo4j-driver';
import type { AnalysisChildReport } from './analysisChild.js';
import { type BenchSubjects, benchApi } from './apiBench.js';
import { captureStatements } from './captureDriver.js';
import { formatJson } from './formatJson.js';
import { freePort } from './freePort.js';
import { GraphQLHttp } from './graphqlHttp.js';
import { benchImport } from './importBench.js';
import { benchLoad, type LoadSubjects } from './loadBench.js';
import { currentLoad, machineFacts } from './machine.js';
import { ensurePeers, runPeer, venvPython } from './peers.js';
import { globalId } from './queries.js';
import { renderReport } from './report.js';
import type { AnalysisPhase, BenchResults, ImportCeiling, SizeResult } from './results.js';
import { benchWeb, buildWebWithHooks } from './webBench.js';

const benchRoot = fileURLToPath(new URL('../', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

interface Plan {
  quick: boolean;
  writeDocs: boolean;
  sizes: number[];
  merge: boolean;
  iterations: number;
  warmup: number;
  loadSeconds: number;
  loadClients: number;
  webSizes: number[];
  panMs: number;
  resultsPath: string;
  /** Phases to run; with --sizes, the phases not run keep their earlier figures. */
  phases: Set<string>;
}

function parsePlan(args: readonly string[]): Plan {
  const quick = args.includes('--quick');
  const sizesArg = args[args.indexOf('--sizes') + 1];
  const sizes = args.includes('--sizes')
    ? (sizesArg ?? '').split(',').map((s) => Number(s.replace(/_/g, '')))
    : quick
      ? [1_000]
      : [1_000, 10_000, 100_000];
  if (sizes.some((s) => !Number.isInteger(s) || s < 500 || s > 100_000)) {
    throw new Error('--sizes takes whole numbers from 500 to 100000, comma-separated');
  }
  return {
    quick,
    writeDocs: !quick || args.includes('--write-docs'),
    sizes,
    merge: args.includes('--sizes'),
    iterations: quick ? 100 : 300,
    warmup: quick ? 10 : 20,
    loadSeconds: quick ? 10 : 60,
    loadClients: 50,
    webSizes:
      args.includes('--no-web') || (args.includes('--phases') && !args.join(' ').includes('web'))
        ? []
        : quick
          ? [500]
          : [500, 2_000, 5_000],
    panMs: quick ? 2_000 : 3_000,
    resultsPath: join(benchRoot, 'results', quick ? 'quick.json' : 'latest.json'),
    phases: new Set(
      args.includes('--phases')
        ? (args[args.indexOf('--phases') + 1] ?? '').split(',')
        : ['web', 'api', 'analysis', 'load', 'import'],
    ),
  };
}

/** An error as one line of at most 300 characters, for the report's table. */
const oneLine = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').slice(0, 300);

const started = Date.now();
const say = (line: string) =>
  console.log(`[bench +${Math.round((Date.now() - started) / 1000)}s] ${line}`);

const memoryFor = (size: number) =>
  size >= 50_000
    ? { heap: '4g', pageCache: '2g' }
    : size >= 5_000
      ? { heap: '2g', pageCache: '1g' }
      : { heap: '1g', pageCache: '512m' };

async function readOne<T>(driver: Driver, cypher: string, params: Record<string, unknown> = {}) {
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    const result = await session.run(cypher, params);
    return result.records.map((record) => record.toObject() as T);
  } finally {
    await session.close();
  }
}

/** A typical resident (8–20 ties), a surname prefix to type, an initiative, and load pools. */
async function pickSubjects(
  driver: Driver,
  initiativeId: string | undefined,
): Promise<{ api: BenchSubjects; load: LoadSubjects }> {
  const people = await readOne<{ id: string; name: string }>(
    driver,
    `MATCH (p:Person) WHERE NOT p:Official AND NOT coalesce(p.objected, false)
     WITH p, COUNT { (p)--() } AS ties WHERE ties >= 8 AND ties <= 20
     RETURN p.id AS id, p.name AS name ORDER BY p.id LIMIT 300`,
  );
  const first = people[0];
  if (!first) throw new Error('no person with 8–20 ties in the generated data');
  const initiative =
    initiativeId ??
    (await readOne<{ id: string }>(driver, 'MATCH (i:Initiative) RETURN i.id AS id LIMIT 1'))[0]
      ?.id;
  if (!initiative) throw new Error('no initiative in the generated data');
  const prefix = (name: string) => (name.split(' ').at(-1) ?? name).slice(0, 4);
  return {
    api: {
      personGid: globalId('Person', first.id),
      searchText: prefix(first.name),
      initiativeGid: globalId('Initiative', initiative),
    },
    load: {
      readPool: people.map((p) => p.id),
      linkPool: people.slice(-30).map((p) => p.id),
      searchTexts: [...new Set(people.map((p) => prefix(p.name)))],
    },
  };
}

function runAnalysisChild(uri: string, dir: string) {
  const nodesPath = join(dir, 'nodes.txt');
  const edgesPath = join(dir, 'edges.csv');
  return new Promise<{ report: AnalysisChildReport; nodesPath: string; edgesPath: string }>(
    (resolve, reject) => {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', join(benchRoot, 'src/analysisChild.ts'), uri, nodesPath, edgesPath],
        { cwd: benchRoot, stdio: ['ignore', 'pipe', 'inherit'] },
      );
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
      });
      child.on('error', reject);
      child.on('exit', (code) => {
        if (code !== 0) {
          reject(new Error(`analysis child exited with ${code}`));
          return;
        }
        const line = out.trim().split('\n').at(-1) ?? '';
        resolve({ report: JSON.parse(line) as AnalysisChildReport, nodesPath, edgesPath });
      });
    },
  );
}

async function benchSize(
  size: number,
  plan: Plan,
  webDist: string | null,
  onPhase: (result: SizeResult) => void,
  onWeb: (baseUrl: string, account: { username: string; password: string }) => Promise<void>,
  base: SizeResult | undefined,
): Promise<SizeResult> {
  const dir = await mkdtemp(join(tmpdir(), `antenne-bench-${size}-`));
  const memory = memoryFor(size);
  const log = createLogger({ logLevel: 'warn', nodeEnv: 'production' });
  const result: SizeResult = {
    size,
    measuredAt: new Date().toISOString(),
    loadAverage: currentLoad(),
    setup: { neo4jHeap: memory.heap, neo4jStartMs: 0, demoRows: 0, demoLoadMs: 0 },
    phaseMs: {},
    errors: [],
  };
  // Phases not run this time keep their earlier figures (and errors).
  if (base) {
    for (const name of ['api', 'analysis', 'load', 'import'] as const) {
      if (plan.phases.has(name)) continue;
      if (base[name]) {
        Object.assign(result, { [name]: base[name] });
        result.keptFrom = {
          ...result.keptFrom,
          [name]: base.keptFrom?.[name] ?? {
            measuredAt: base.measuredAt,
            loadAverage: base.loadAverage,
          },
        };
      }
      if (base.phaseMs[name] !== undefined) result.phaseMs[name] = base.phaseMs[name];
      result.errors.push(...base.errors.filter((error) => error.startsWith(`${name}:`)));
    }
  }
  let running: RunningNeo4j | undefined;
  let rawDriver: Driver | undefined;
  let db: Database | undefined;
  let app: AntenneApp | undefined;
  let http: GraphQLHttp | undefined;
  const phase = async (name: string, work: () => Promise<void>) => {
    if (!plan.phases.has(name)) return;
    const phaseStarted = performance.now();
    say(`${size}: ${name}…`);
    try {
      await work();
    } catch (error) {
      const message = oneLine(error);
      result.errors.push(`${name}: ${message}`);
      say(`${size}: ${name} FAILED: ${message}`);
    }
    result.phaseMs[name] = Math.round(performance.now() - phaseStarted);
    say(`${size}: ${name} took ${Math.round(result.phaseMs[name] / 1000)} s`);
    onPhase(result);
  };
  try {
    const port = await freePort(7735);
    running = await startEmbeddedNeo4j({
      port,
      dataDir: join(dir, 'neo4j'),
      heap: memory.heap,
      pageCache: memory.pageCache,
      javaHome: process.env.JAVA_HOME,
    });
    result.setup.neo4jStartMs = running.startupMs;
    rawDriver = neo4j.driver(running.uri, undefined, {
      disableLosslessIntegers: true,
      maxConnectionPoolSize: 50,
    });
    const capture = captureStatements(rawDriver);
    db = new Database(capture.driver, 'neo4j', log);
    await migrate(db);
    const loadStarted = performance.now();
    say(`${size}: loading the demo municipality…`);
    // Smaller transactions than the start-up load (10,000 rows), so a busy machine stays within
    // the driver's 60 s transaction timeout.
    const demo = await loadDemoData(
      db,
      streamDemoMunicipality({
        size,
        seed: 'antenne',
        source: 'seed',
        today: new Date().toISOString().slice(0, 10),
      }),
      { batchRows: 2_000 },
    );
    result.setup.demoRows = demo.rows;
    result.setup.demoLoadMs = Math.round(performance.now() - loadStarted);
    result.phaseMs['demo load'] = result.setup.demoLoadMs;
    say(`${size}: ${demo.rows} rows loaded in ${Math.round(result.setup.demoLoadMs / 1000)} s`);
    // A municipality-wide official: the top areas' subtrees hold every placed stakeholder, so the
    // bench measures the area-scope filter every official's query carries (docs/privacy.md §7).
    const topAreas = await db.read('bench.topAreas', (tx) =>
      tx.run('MATCH (a:Area) WHERE NOT (a)-[:PART_OF]->(:Area) RETURN a.id AS id'),
    );
    const credentials = await createDemoAccounts(db, {
      usernamePrefix: 'bench-',
      areaIds: topAreas.map((row) => String(row.id)),
    });
    const official = credentials.find((c) => c.role === 'OFFICIAL');
    if (!official) throw new Error('no official account');
    app = createApp({ db, log, version: 'bench' }, { webDist: webDist ?? join(dir, 'no-web') });
    const address = await app.listen(0, '127.0.0.1');
    const baseUrl = `http://127.0.0.1:${address.port}`;
    http = new GraphQLHttp(new URL(`${baseUrl}/graphql`));
    await http.signIn(official.username, official.password);
    const subjects = await pickSubjects(rawDriver, demo.landmarks?.foodInitiative.initiativeId);
    onPhase(result);

    if (webDist) await phase('web', () => onWeb(baseUrl, official));

    let peakRss = 0;
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }, 200);
    const driver = rawDriver;
    const client = http;
    await phase('api', async () => {
      const queries = await benchApi({
        http: client,
        capture,
        driver,
        database: 'neo4j',
        subjects: subjects.api,
        iterations: plan.iterations,
        warmup: plan.warmup,
        log: say,
      });
      result.api = { queries, peakRssMiB: Math.round(peakRss / 1024 ** 2) };
    });
    clearInterval(sampler);

    await phase('analysis', async () => {
      const { report, nodesPath, edgesPath } = await runAnalysisChild(running?.uri ?? '', dir);
      say(`${size}: Antenne ${JSON.stringify(report)}`);
      const analysis: AnalysisPhase = { ...report, peers: [] };
      result.analysis = analysis;
      onPhase(result);
      ensurePeers(say);
      for (const library of ['networkx', 'igraph'] as const) {
        const peer = await runPeer({
          library,
          nodesPath,
          edgesPath,
          pivots: report.pivots,
          maxSources: library === 'networkx' ? (report.nodes <= 2_000 ? report.nodes : 100) : 5_000,
          antenneSeconds: report.analyseMs / 1000,
        });
        say(`${size}: ${library} ${peer.error ?? `${peer.totalSeconds.toFixed(1)} s`}`);
        analysis.peers.push(peer);
        onPhase(result);
      }
    });

    const loadSampler = setInterval(() => {
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }, 200);
    await phase('load', async () => {
      // One session per simulated user, as 50 officials would have.
      const users: GraphQLHttp[] = [];
      for (let i = 0; i < plan.loadClients; i++) {
        const user = new GraphQLHttp(new URL(`${baseUrl}/graphql`), 2);
        await user.signIn(official.username, official.password);
        users.push(user);
      }
      result.load = await benchLoad({
        clients: users,
        driver,
        subjects: subjects.load,
        seconds: plan.loadSeconds,
        day: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
      });
      for (const user of users) user.close();
      say(`${size}: load ${JSON.stringify(result.load)}`);
      if (result.load.errors > 0 || !result.load.consistency.ok) {
        say(`${size}: WARNING: the load test saw errors or an inconsistent database (see above)`);
      }
    });
    clearInterval(loadSampler);
    if (result.api) {
      result.api.peakRssMiB = Math.max(result.api.peakRssMiB, Math.round(peakRss / 1024 ** 2));
    }

    const database = db;
    await phase('import', async () => {
      result.import = await benchImport(database, size);
      say(`${size}: import ${JSON.stringify(result.import)}`);
    });
  } catch (error) {
    const message = oneLine(error);
    result.errors.push(`setup: ${message}`);
    say(`${size}: FAILED: ${message}`);
  } finally {
    http?.close();
    await app?.close(5_000);
    await db?.close().catch(() => {});
    await rawDriver?.close().catch(() => {});
    await running?.stop();
    await rm(dir, { recursive: true, force: true });
  }
  onPhase(result);
  return result;
}

/** The last `pnpm --filter @antenne/bench ceiling` results, when there are any. */
function savedCeiling(): ImportCeiling | undefined {
  const path = join(benchRoot, 'results', 'import-ceiling.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as ImportCeiling) : undefined;
}

async function main(): Promise<number> {
  const plan = parsePlan(process.argv.slice(2));
  const ceiling = savedCeiling();
  if (process.argv.includes('--report-only')) {
    // Re-renders docs/benchmarks.md from the results file, measuring nothing.
    const saved = JSON.parse(readFileSync(plan.resultsPath, 'utf8')) as BenchResults;
    writeFileSync(join(repoRoot, 'docs/benchmarks.md'), renderReport(saved, ceiling));
    formatJson(plan.resultsPath);
    say(`docs/benchmarks.md rendered from ${plan.resultsPath}`);
    return 0;
  }
  const previous =
    plan.merge && existsSync(plan.resultsPath)
      ? (JSON.parse(readFileSync(plan.resultsPath, 'utf8')) as BenchResults)
      : undefined;
  const results: BenchResults = {
    quick: plan.quick,
    machine: machineFacts(existsSync(venvPython) ? venvPython : 'python3'),
    sizes: previous?.sizes ?? [],
    ...(previous?.web ? { web: previous.web } : {}),
  };
  say(`machine ${JSON.stringify(results.machine)}; sizes ${plan.sizes.join(', ')}`);
  const save = () => {
    results.sizes.sort((a, b) => a.size - b.size);
    mkdirSync(join(benchRoot, 'results'), { recursive: true });
    writeFileSync(plan.resultsPath, `${JSON.stringify(results, null, 2)}\n`);
    if (plan.writeDocs)
      writeFileSync(join(repoRoot, 'docs/benchmarks.md'), renderReport(results, ceiling));
  };

  let webDist: string | null = null;
  if (plan.webSizes.length > 0) {
    webDist = await mkdtemp(join(tmpdir(), 'antenne-bench-web-'));
    say('building the web app with the test hooks…');
    try {
      await buildWebWithHooks(webDist);
    } catch (error) {
      results.web = { measuredAt: new Date().toISOString(), results: [], error: String(error) };
      await rm(webDist, { recursive: true, force: true });
      webDist = null;
    }
  }
  let failed = false;
  for (const [index, size] of plan.sizes.entries()) {
    const base = results.sizes.find((s) => s.size === size);
    const live = results.sizes.filter((s) => s.size !== size);
    const outcome = await benchSize(
      size,
      plan,
      index === 0 ? webDist : null,
      (partial) => {
        results.sizes = [...live, partial];
        save();
      },
      async (baseUrl, account) => {
        const web = await benchWeb({
          baseUrl,
          account,
          sizes: plan.webSizes,
          panMs: plan.panMs,
          log: say,
        });
        results.web = { measuredAt: new Date().toISOString(), results: web };
      },
      base,
    );
    // Harness failures fail the run; missed targets (load errors included) are reported.
    if (outcome.errors.length > 0) failed = true;
  }
  if (webDist) await rm(webDist, { recursive: true, force: true });
  save();
  formatJson(plan.resultsPath);
  say(`done: ${plan.resultsPath}${plan.writeDocs ? ' and docs/benchmarks.md' : ''}`);
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
