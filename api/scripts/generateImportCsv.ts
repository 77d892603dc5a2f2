/**
 * Writes a realistic people list for `pnpm antenne import` (see seed/src/importCsv.ts):
 *
 *   node --import tsx scripts/generateImportCsv.ts --rows 100000 --out /tmp/people-100k.csv [--seed S]
 */

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { resolve } from 'node:path';
import { importCsvLines } from '@antenne/seed';

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const rows = Number((argument('--rows') ?? '10000').replaceAll('_', ''));
const out = argument('--out');
if (!Number.isInteger(rows) || rows < 1 || !out) {
  console.error('usage: generateImportCsv.ts --rows <n> --out <file.csv> [--seed <text>]');
  process.exit(2);
}
const seed = argument('--seed');
const path = resolve(process.env.INIT_CWD ?? process.cwd(), out);
const stream = createWriteStream(path);
for (const line of importCsvLines({ rows, ...(seed ? { seed } : {}) })) {
  if (!stream.write(`${line}\r\n`)) await once(stream, 'drain');
}
stream.end();
await once(stream, 'finish');
console.log(`${path}: ${rows.toLocaleString('en')} rows`);
