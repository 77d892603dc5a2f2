import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './env.js';

/** The Antenne version, from the root package.json. */
export const antenneVersion: string = (
  JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }
).version;
