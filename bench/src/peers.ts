import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PeerResult } from './results.js';
import { ratio } from './stats.js';

const benchRoot = fileURLToPath(new URL('../', import.meta.url));
const venv = `${benchRoot}.venv`;
export const venvPython = `${venv}/bin/python`;

/** Pinned peers, installed from PyPI into bench/.venv (git-ignored) on the first run. */
export const peerRequirements = [
  'networkx==3.6.1',
  'numpy==2.3.5',
  'scipy==1.16.3',
  'igraph==1.0.0',
];

/** Creates bench/.venv and installs the pinned peers unless they are there. */
export function ensurePeers(log: (line: string) => void): void {
  const check = () =>
    existsSync(venvPython) &&
    spawnSync(venvPython, ['-c', 'import networkx, igraph, scipy'], { stdio: 'ignore' }).status ===
      0;
  if (check()) return;
  log('Installing NetworkX and python-igraph into bench/.venv (once)…');
  if (!existsSync(venvPython)) {
    const made = spawnSync('python3', ['-m', 'venv', venv], { stdio: 'inherit' });
    if (made.status !== 0)
      throw new Error('python3 -m venv failed (Debian: apt-get install python3-venv)');
  }
  const installed = spawnSync(
    venvPython,
    ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', ...peerRequirements],
    { stdio: 'inherit' },
  );
  if (installed.status !== 0 || !check()) throw new Error('pip install of the peers failed');
}

/** Runs `python/peers.py` for one library on the graph files; the ratio is peer / Antenne. */
export function runPeer(options: {
  library: 'networkx' | 'igraph';
  nodesPath: string;
  edgesPath: string;
  pivots: number;
  maxSources: number;
  antenneSeconds: number;
}): Promise<PeerResult> {
  return new Promise((resolve) => {
    const child = spawn(
      venvPython,
      [
        `${benchRoot}python/peers.py`,
        '--nodes',
        options.nodesPath,
        '--edges',
        options.edgesPath,
        '--lib',
        options.library,
        '--pivots',
        String(options.pivots),
        '--max-sources',
        String(options.maxSources),
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    const failed = (error: string): PeerResult => ({
      library: options.library,
      version: '',
      buildSeconds: 0,
      totalSeconds: Number.NaN,
      peakRssMiB: 0,
      metrics: {},
      ratio: null,
      error,
    });
    child.on('error', (error) => resolve(failed(error.message)));
    child.on('exit', (code) => {
      if (code !== 0) {
        resolve(failed(`exit ${code}: ${err.trim().split('\n').slice(-2).join(' ')}`));
        return;
      }
      const parsed = JSON.parse(out) as Omit<PeerResult, 'ratio'>;
      resolve({ ...parsed, ratio: ratio(parsed.totalSeconds, options.antenneSeconds) });
    });
  });
}
