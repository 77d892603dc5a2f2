import type { Database } from '@antenne/api/database';
import { runImport } from '@antenne/api/import';
import { type PersonNode, streamDemoMunicipality } from '@antenne/seed';
import type { ImportPhase } from './results.js';

const header = [
  'naam',
  'e-mail',
  'telefoon',
  'postcode',
  'grondslag',
  'wettelijke grondslag',
  'toestemmingsdatum',
  'versie toestemmingstekst',
  'doel',
  'bewaren tot',
];

const cell = (value: string | undefined) => `"${(value ?? '').replaceAll('"', '""')}"`;

/**
 * A CSV of `rows` people as an official would bring them (name, contact details, the privacy
 * fields), taken from a demo municipality generated with another seed than the loaded one.
 */
export function importCsv(rows: number, seed = 'bench-import'): string {
  const lines = [header.join(',')];
  const today = new Date().toISOString().slice(0, 10);
  const size = Math.max(1_000, Math.ceil(rows * 1.4));
  for (const chunk of streamDemoMunicipality({ size, seed, today })) {
    if (chunk.kind !== 'nodes' || chunk.label !== 'Person') continue;
    for (const person of chunk.rows as PersonNode[]) {
      // Officials are not imported; the generator plants people past their retention on purpose.
      if (person.officialRole || person.retainUntil <= today) continue;
      lines.push(
        [
          person.name,
          person.email,
          person.phone,
          person.postcode,
          person.legalBasis,
          person.legalReference,
          person.consentDate,
          person.consentTextVersion,
          person.purpose,
          person.retainUntil,
        ]
          .map(cell)
          .join(','),
      );
      if (lines.length > rows) return `${lines.join('\n')}\n`;
    }
  }
  throw new Error(`the generator gave fewer than ${rows} people`);
}

/** Imports `rows` people through the importer the CLI and the API use, and times it. */
export async function benchImport(db: Database, rows: number): Promise<ImportPhase> {
  const csv = importCsv(rows);
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
