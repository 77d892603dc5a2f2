import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { command } from './analyseCommand.js';
import { CliError } from './command.js';

const folder = mkdtempSync(join(tmpdir(), 'antenne-analyse-'));
const apiDir = fileURLToPath(new URL('../..', import.meta.url));

function file(name: string, content: string): string {
  const path = join(folder, name);
  writeFileSync(path, content, 'utf-8');
  return path;
}

interface Metrics {
  nodes: Record<string, Record<string, number | null>>;
  modularity: number;
  bridges: Array<[string, string]>;
  articulationPoints: string[];
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('pnpm antenne analyse', () => {
  // Two triangles joined by one tie: c–d is the only bridge, c and d the articulation points.
  const twoVillages = 'source;target;weight\na;b;2\nb;c;1\nc;a;1\nc;d;1\nd;e;1\ne;f;1\nf;d;3\n';

  it('prints the time of every phase to stderr with --timings, leaving the output alone', async () => {
    const input = file('timed.csv', twoVillages);
    const out = join(folder, 'timed.json');
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(command.run([input, '--out', out, '--timings'])).resolves.toBe(0);
    const printed = errors.mock.calls.map((call) => String(call[0])).join('\n');
    for (const phase of [
      'parse the CSV',
      'build the graph',
      'analysis',
      'louvain communities',
      'this thread: searches from 6 sources',
      'JSON',
      'CPU time of this process',
    ]) {
      expect(printed).toContain(phase);
    }
    expect(Object.keys((JSON.parse(readFileSync(out, 'utf-8')) as Metrics).nodes)).toHaveLength(6);
  });

  it('writes every metric per node and the network figures to --out', async () => {
    const input = file('villages.csv', twoVillages);
    const out = join(folder, 'villages.json');
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    await expect(command.run([input, '--out', out])).resolves.toBe(0);
    const metrics = JSON.parse(readFileSync(out, 'utf-8')) as Metrics;
    expect(Object.keys(metrics.nodes)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(Object.keys(metrics.nodes.c ?? {})).toEqual([
      'degree',
      'weightedDegree',
      'betweenness',
      'closeness',
      'pagerank',
      'eigenvector',
      'constraint',
      'effectiveSize',
      'coreNumber',
      'community',
    ]);
    expect(metrics.nodes.c?.degree).toBe(3);
    expect(metrics.nodes.a?.weightedDegree).toBe(3);
    // c is inside every shortest path from {a, b} to {d, e, f}: 6 of the C(5,2) = 10 pairs.
    expect(metrics.nodes.c?.betweenness).toBeCloseTo(0.6, 12);
    expect(metrics.nodes.a?.coreNumber).toBe(2);
    expect(metrics.bridges).toEqual([['c', 'd']]);
    expect(metrics.articulationPoints).toEqual(['c', 'd']);
    expect(metrics.nodes.a?.community).toBe(metrics.nodes.b?.community);
    expect(metrics.nodes.a?.community).not.toBe(metrics.nodes.e?.community);
    expect(metrics.modularity).toBeCloseTo(0.4, 1);
  });

  it('prints the JSON to stdout without --out', async () => {
    const input = file('stdout.csv', 'source,target\nx,y\n');
    let printed = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      printed += String(chunk);
      return true;
    });
    await expect(command.run([input])).resolves.toBe(0);
    const metrics = JSON.parse(printed) as Metrics;
    expect(metrics.nodes.x?.degree).toBe(1);
    expect(metrics.bridges).toEqual([['x', 'y']]);
  });

  it.each([
    ['a missing column', 'source,doel\na,b\n', "line 1: missing column 'target'"],
    ['an empty id', 'source,target\na,b\n,c\n', 'line 3: empty source id'],
    [
      'a non-numeric weight',
      'source,target,weight\na,b,veel\n',
      "line 2: weight 'veel' is not a number",
    ],
    [
      'a negative weight',
      'source,target,weight\na,b,-1\n',
      'line 2: weight -1 must be greater than 0',
    ],
    ['a self-loop', 'source,target\na,a\n', "line 2: self-loop 'a'–'a' is not allowed"],
  ])(
    'refuses a file with %s with exit code 2 and the line number',
    async (_case, content, message) => {
      const input = file('bad.csv', content);
      const failure = command.run([input]).catch((error: unknown) => error);
      const error = await failure;
      expect(error).toBeInstanceOf(CliError);
      expect((error as CliError).exitCode).toBe(2);
      expect((error as CliError).message.startsWith(`${input}: ${message}`)).toBe(true);
      expect((error as CliError).message).not.toContain('\n');
    },
  );

  it('refuses a missing file and an unknown option as usage errors', async () => {
    await expect(command.run([join(folder, 'nope.csv')])).rejects.toThrow(
      /cannot read .*nope\.csv': no such file/,
    );
    await expect(command.run(['x.csv', '--verbose'])).rejects.toThrow(/unknown option '--verbose'/);
    await expect(command.run([])).rejects.toThrow(/missing the edge-list file/);
  });

  // Starting Node with tsx and every command's imports takes seconds on a busy machine.
  it('prints one line without a stack trace and exits 2 when run as a process on a bad file', () => {
    const input = file('process-bad.csv', 'source,target,weight\na,b,1\nb,c,-3\n');
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', 'analyse', input],
      {
        cwd: apiDir,
        encoding: 'utf-8',
      },
    );
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(`antenne: ${input}: line 3: weight -3 must be greater than 0`);
    expect(run.stdout).toBe('');
  }, 60_000);
});
