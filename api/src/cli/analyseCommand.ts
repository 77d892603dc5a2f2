import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { type AnalysisResult, analyseGraphInParallel } from '../analytics/index.js';
import { EdgeListError, edgeListToGraph, parseEdgeList } from '../analytics/io/edgeListCsv.js';
import { formatTimings, PhaseClock } from '../analytics/phaseTimings.js';
import { invocationDir } from '../env.js';
import { type CliCommand, CliError } from './command.js';

const usage = `Usage: pnpm antenne analyse <edges.csv> [--out <metrics.json>] [--seed <n>] [--pivots <n>]
                           [--threads <n>] [--timings]

Computes every network metric of an edge list, without a database, with NetworkX's conventions.

  <edges.csv>      header row with 'source' and 'target' columns, optionally 'weight' (a tie
                   strength > 0); comma or semicolon; UTF-8 with or without BOM; quoted fields.
                   Self-loops and ties listed twice (in either direction) are refused.
  --out <file>     write the JSON there instead of printing it.
  --seed <n>       seed for Louvain communities (and sampled betweenness); default 1.
  --pivots <n>     estimate betweenness from n sampled sources instead of exactly
                   (exact by default up to 20,000 nodes).
  --threads <n>    threads for the shortest-path searches; default: every core on large
                   networks, one on small ones.
  --timings        print how long each phase took (and the process's CPU time) to stderr;
                   indented lines are details of the line above and overlap other phases.

Output: { nodes: { <id>: { degree, weightedDegree, betweenness, closeness, pagerank,
eigenvector, constraint, effectiveSize, coreNumber, community } }, modularity, bridges,
articulationPoints, … }. Path metrics count hops; a weight column feeds weighted degree,
PageRank, eigenvector, constraint, effective size and Louvain. See docs/analysis.md.`;

interface AnalyseArguments {
  input: string;
  out: string | null;
  seed: number;
  pivots: number | null;
  threads: number | undefined;
  timings: boolean;
}

function parseArguments(args: string[]): AnalyseArguments {
  let input: string | null = null;
  let out: string | null = null;
  let seed = 1;
  let pivots: number | null = null;
  let threads: number | undefined;
  let timings = false;
  const value = (flag: string, index: number): string => {
    const next = args[index + 1];
    if (next === undefined || next.startsWith('--'))
      throw new CliError(`${flag} needs a value\n\n${usage}`);
    return next;
  };
  const wholeNumber = (flag: string, raw: string, min: number): number => {
    const parsed = Number(raw);
    if (!Number.isInteger(parsed) || parsed < min) {
      throw new CliError(`${flag} must be a whole number of at least ${min} (got '${raw}')`);
    }
    return parsed;
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--out') {
      out = value(arg, i++);
    } else if (arg === '--seed') {
      seed = wholeNumber(arg, value(arg, i++), 0);
    } else if (arg === '--pivots') {
      pivots = wholeNumber(arg, value(arg, i++), 1);
    } else if (arg === '--threads') {
      threads = wholeNumber(arg, value(arg, i++), 1);
    } else if (arg === '--timings') {
      timings = true;
    } else if (arg.startsWith('--')) {
      throw new CliError(`unknown option '${arg}'\n\n${usage}`);
    } else if (input === null) {
      input = arg;
    } else {
      throw new CliError(`expected one edge-list file, got '${input}' and '${arg}'\n\n${usage}`);
    }
  }
  if (input === null) throw new CliError(`missing the edge-list file\n\n${usage}`);
  return { input, out, seed, pivots, threads, timings };
}

/** JSON has no NaN: metrics that are undefined for a node (constraint of an isolate) become null. */
function finite(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

/** The command's JSON document: per node id the metrics, then the network-wide figures. */
export function metricsDocument(result: AnalysisResult): object {
  const nodes: Record<string, Record<string, number | null>> = {};
  for (const node of result.nodes) {
    nodes[node.id] = {
      degree: node.degree,
      weightedDegree: node.weightedDegree,
      betweenness: node.betweenness,
      closeness: node.closeness,
      pagerank: node.pagerank,
      eigenvector: node.eigenvector,
      constraint: finite(node.constraint),
      effectiveSize: finite(node.effectiveSize),
      coreNumber: node.coreNumber,
      community: node.community,
    };
  }
  return {
    nodes,
    modularity: result.modularity,
    communityCount: result.communityCount,
    bridges: result.bridges,
    articulationPoints: result.articulationPoints,
    nodeCount: result.nodeCount,
    edgeCount: result.edgeCount,
    weighted: result.weighted,
    betweennessMethod: result.betweennessMethod,
    warnings: result.warnings,
  };
}

async function readInput(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf-8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : (code ?? 'unreadable');
    throw new CliError(`cannot read '${path}': ${reason}`);
  }
}

export const command: CliCommand = {
  summary: 'compute network metrics of an edge-list CSV (no database needed)',
  usage,
  async run(args) {
    const options = parseArguments(args);
    const cpuAtStart = process.cpuUsage();
    const clock = new PhaseClock();
    const inputPath = resolve(invocationDir(), options.input);
    const text = await readInput(inputPath);
    let graph: ReturnType<typeof edgeListToGraph>;
    try {
      const edgeList = clock.time('parse the CSV', () => parseEdgeList(text));
      graph = clock.time('build the graph', () => edgeListToGraph(edgeList));
    } catch (error) {
      if (error instanceof EdgeListError) throw new CliError(`${options.input}: ${error.message}`);
      throw error;
    }
    const weighted = graph.someEdge((_edge, attributes) => 'weight' in attributes);
    const started = performance.now();
    const result = await analyseGraphInParallel(graph, {
      weight: weighted ? 'weight' : null,
      seed: options.seed,
      betweenness: options.pivots ?? 'auto',
      ...(options.threads === undefined ? {} : { threads: options.threads }),
    });
    const analysisMs = performance.now() - started;
    clock.record('analysis', analysisMs);
    for (const timing of result.timings) clock.record(`  ${timing.phase}`, timing.ms);
    const seconds = (analysisMs / 1000).toFixed(2);
    const json = clock.time('JSON', () => `${JSON.stringify(metricsDocument(result), null, 2)}\n`);
    if (options.out === null) {
      process.stdout.write(json);
    } else {
      const outPath = resolve(invocationDir(), options.out);
      const writing = performance.now();
      try {
        await writeFile(outPath, json, 'utf-8');
      } catch (error) {
        throw new CliError(
          `cannot write '${options.out}': ${(error as NodeJS.ErrnoException).code ?? 'failed'}`,
        );
      }
      clock.record('write the file', performance.now() - writing);
      console.log(
        `Analysed ${result.nodeCount} nodes and ${result.edgeCount} ties in ${seconds} s; metrics written to ${options.out}`,
      );
    }
    if (options.timings) {
      const cpu = process.cpuUsage(cpuAtStart);
      console.error(
        `Timings (wall clock):\n${formatTimings(clock.timings)}\n` +
          `CPU time of this process since the command started (every thread): ` +
          `user ${(cpu.user / 1e6).toFixed(2)} s, system ${(cpu.system / 1e6).toFixed(2)} s`,
      );
    }
    for (const warning of result.warnings) console.error(`antenne: warning: ${warning}`);
    return 0;
  },
};
