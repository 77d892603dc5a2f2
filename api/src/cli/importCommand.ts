import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { z } from 'zod';
import { type ColumnMapping, type ImportDefaults, importFields } from '../domain/importRows.js';
import { invocationDir, loadConfig } from '../env.js';
import { createLogger } from '../logger.js';
import { connectNeo4j } from '../neo4j/connectNeo4j.js';
import { migrate } from '../neo4j/migrate.js';
import { type ImportReport, previewImport, runImport } from '../services/importService.js';
import { type CliCommand, CliError } from './command.js';

const usage = `Usage: pnpm antenne import <file.csv|file.xlsx> [--mapping mapping.json] [--dry-run]
                            [--legal-basis PUBLIC_TASK|CONSENT] [--legal-reference <text>]
                            [--purpose <text>] [--retain-until YYYY-MM-DD]
                            [--consent-date YYYY-MM-DD] [--consent-text-version <text>]

Imports people from a CSV (comma or semicolon; UTF-8 with or without BOM, or Windows-1252) or
the first sheet of an XLSX file. Columns are recognised by their Dutch or English header (naam,
e-mail, telefoon, postcode, organisatie, rol, kern/wijk, thema, …); mapping.json overrides them:
  { "columns": { "name": "Volledige naam" }, "defaults": { "legalBasis": "PUBLIC_TASK", … } }
Every person needs a legal basis, purpose and retain-until date: from a column or a default.
All-or-nothing: if any row is invalid nothing is written. Importing the same file again adds
nothing. --dry-run prints the report without writing. See docs/import-export.md.`;

const mappingFile = z.object({
  columns: z.partialRecord(z.enum(importFields), z.string()).optional(),
  defaults: z
    .object({
      legalBasis: z.string(),
      legalReference: z.string(),
      purpose: z.string(),
      retainUntil: z.string(),
      consentDate: z.string(),
      consentTextVersion: z.string(),
    })
    .partial()
    .optional(),
});

const flags: Record<string, keyof ImportDefaults> = {
  '--legal-basis': 'legalBasis',
  '--legal-reference': 'legalReference',
  '--purpose': 'purpose',
  '--retain-until': 'retainUntil',
  '--consent-date': 'consentDate',
  '--consent-text-version': 'consentTextVersion',
};

export function parseImportArguments(args: readonly string[], cwd: string) {
  let file: string | undefined;
  let mapping: ColumnMapping = {};
  const defaults: ImportDefaults = {};
  let dryRun = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const value = () => {
      const next = args[++i];
      if (next === undefined) throw new CliError(`${arg} needs a value\n\n${usage}`);
      return next;
    };
    if (arg === '--dry-run') dryRun = true;
    else if (arg === '--mapping') {
      const path = resolve(cwd, value());
      const parsed = mappingFile.safeParse(JSON.parse(readFileSync(path, 'utf8')));
      if (!parsed.success) throw new CliError(`${path}: ${parsed.error.message}`);
      mapping = parsed.data.columns ?? {};
      Object.assign(defaults, parsed.data.defaults ?? {});
    } else if (arg in flags) defaults[flags[arg] as keyof ImportDefaults] = value();
    else if (!arg.startsWith('--') && file === undefined) file = resolve(cwd, arg);
    else throw new CliError(`unknown argument '${arg}'\n\n${usage}`);
  }
  if (!file) throw new CliError(`which file?\n\n${usage}`);
  return { file, mapping, defaults, dryRun };
}

export function reportText(report: ImportReport): string {
  const lines = [
    `${report.file}: ${report.rows} rows (${report.encoding}${report.delimiter ? `, '${report.delimiter}'` : ''})`,
    `  columns: ${Object.entries(report.mapping)
      .map(([field, header]) => `${field}←${header}`)
      .join(', ')}`,
    `  new: ${report.created}, already stored: ${report.existing}, invalid: ${report.invalid}`,
    ...report.problems
      .slice(0, 200)
      .map((p) => `  line ${p.line}: ${p.code}${p.field ? ` ${p.field}` : ''}: ${p.message}`),
  ];
  if (report.problems.length > 200) lines.push(`  … ${report.problems.length - 200} more`);
  lines.push(
    report.committed
      ? `Imported in ${(report.elapsedMs / 1000).toFixed(1)} s (${Math.round((report.rows / Math.max(report.elapsedMs, 1)) * 1000)} rows/s).`
      : 'Nothing written.',
  );
  return lines.join('\n');
}

export const command: CliCommand = {
  summary: 'import people from a CSV or XLSX file (all-or-nothing, de-duplicated)',
  usage,
  async run(args) {
    const options = parseImportArguments(args, invocationDir());
    const config = loadConfig();
    const log = createLogger({ ...config, logLevel: 'warn' });
    const neo4j = await connectNeo4j(config.neo4j, log);
    try {
      await migrate(neo4j.db);
      const file = { name: basename(options.file), bytes: readFileSync(options.file) };
      const importOptions = { mapping: options.mapping, defaults: options.defaults };
      const report = options.dryRun
        ? await previewImport(neo4j.db, file, importOptions)
        : await runImport({ db: neo4j.db, viewer: { kind: 'anonymous' } }, file, importOptions);
      console.log(reportText(report));
      return report.invalid > 0 ? 1 : 0;
    } finally {
      await neo4j.close();
    }
  },
};
