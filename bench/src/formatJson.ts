import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Formats a results file the way `pnpm lint` (Biome) wants it. */
export function formatJson(path: string): void {
  const biome = join(repoRoot, 'node_modules/.bin/biome');
  if (existsSync(biome)) spawnSync(biome, ['format', '--write', path], { stdio: 'ignore' });
}
