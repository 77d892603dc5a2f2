import type { Database } from '@antenne/api/database';
import { runImport } from '@antenne/api/import';
import { generateImportCsv } from '@antenne/seed';
import type { ImportPhase } from './results.js';

/**
 * Imports `rows` people through the importer the CLI and the API use, and times it. The file is a
 * people list as a municipality hands it over (`@antenne/seed`'s import list, the one
 * `api/scripts/generateImportCsv.ts` writes for `pnpm antenne import`): e-mail, phone, postcode, a
 * club with a role, a kern, one to three themes and the privacy fields; its own seed, so the people
 * are not the loaded demo's.
 */
export async function benchImport(db: Database, rows: number): Promise<ImportPhase> {
  const csv = generateImportCsv({ rows, seed: 'bench-import' });
  const started = performance.now();
  const report = await runImport(
    { db, viewer: { kind: 'anonymous' } },
    { name: `bench-${rows}.csv`, bytes: new TextEncoder().encode(csv) },
  );
  const elapsedMs = Math.round(performance.now() - started);
  if (!report.committed) {
    throw new Error(
      `import refused: ${report.invalid} invalid rows, e.g. ${JSON.stringify(report.problems.slice(0, 3))}`,
    );
  }
  return {
    rows: report.rows,
    created: report.created,
    elapsedMs,
    rowsPerSecond: Math.round((report.rows / Math.max(elapsedMs, 1)) * 1000),
  };
}
