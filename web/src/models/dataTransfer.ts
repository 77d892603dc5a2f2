import { bool, integer, list, oneOf, optionalText, record, text } from './shape';

/**
 * Importing a spreadsheet of people and exporting the network: the parsed import report, the
 * column mapping the user edits, near-match decisions, and the phases of an import in progress.
 * Pure values and functions; the store holds them, the feature shows them.
 */

export const importFields = [
  'NAME',
  'EMAIL',
  'PHONE',
  'POSTCODE',
  'NOTES',
  'ORGANIZATION',
  'ROLE',
  'AREA',
  'THEME',
  'LEGAL_BASIS',
  'LEGAL_REFERENCE',
  'PURPOSE',
  'RETAIN_UNTIL',
  'CONSENT_DATE',
  'CONSENT_TEXT_VERSION',
] as const;
export type ImportField = (typeof importFields)[number];

export const problemCodes = [
  'MISSING_COLUMN',
  'REQUIRED',
  'INVALID',
  'DUPLICATE_IN_FILE',
  'EXISTS',
  'NEAR_MATCH',
] as const;
export type ImportProblemCode = (typeof problemCodes)[number];

export const rowOutcomes = [
  'NEW',
  'EXISTS',
  'DUPLICATE_IN_FILE',
  'NEAR_MATCH',
  'INVALID',
  'SKIPPED',
] as const;
export type RowOutcome = (typeof rowOutcomes)[number];

export const nearMatchDecisions = ['IMPORT_AS_NEW', 'SAME_PERSON', 'SKIP'] as const;
export type NearMatchDecision = (typeof nearMatchDecisions)[number];

export const exportFormats = ['gexf', 'graphml', 'csv', 'json', 'people'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export interface ColumnChoice {
  field: ImportField;
  column: string;
}

export interface ImportProblem {
  line: number;
  code: ImportProblemCode;
  field: string | null;
  message: string;
  matchId: string | null;
  matchName: string | null;
}

export interface SampleRow {
  line: number;
  cells: string[];
  outcome: RowOutcome;
}

export interface ImportReport {
  fileName: string;
  encoding: string;
  delimiter: string | null;
  columns: string[];
  suggestedMapping: ColumnChoice[];
  mapping: ColumnChoice[];
  rowCount: number;
  skipped: number;
  created: number;
  existing: number;
  invalid: number;
  nearMatches: number;
  problemCount: number;
  problems: ImportProblem[];
  sample: SampleRow[];
  committed: boolean;
  elapsedMs: number;
}

/** The privacy fields every imported person needs when the file has no column for them. */
export interface ImportDefaults {
  legalBasis: 'PUBLIC_TASK' | 'CONSENT';
  legalReference: string;
  purpose: string;
  retainUntil: string;
}

/** Reasonable defaults for a municipality's own contact lists: public task, five years. */
export function initialDefaults(today: Date): ImportDefaults {
  const year = today.getUTCFullYear() + 5;
  return {
    legalBasis: 'PUBLIC_TASK',
    legalReference: '',
    purpose: '',
    retainUntil: `${year}-12-31`,
  };
}

function parseChoice(value: unknown, what: string): ColumnChoice {
  const row = record(value, what);
  return {
    field: oneOf(row.field, importFields, `${what}.field`),
    column: text(row.column, `${what}.column`),
  };
}

/** Parses an `ImportReport` as `previewImport` and `runImport` return it. */
export function parseImportReport(value: unknown, what = 'report'): ImportReport {
  const r = record(value, what);
  return {
    fileName: text(r.fileName, 'fileName'),
    encoding: text(r.encoding, 'encoding'),
    delimiter: optionalText(r.delimiter, 'delimiter'),
    columns: list(r.columns, 'columns').map((c, i) => text(c, `columns.${i}`)),
    suggestedMapping: list(r.suggestedMapping, 'suggestedMapping').map((c, i) =>
      parseChoice(c, `suggestedMapping.${i}`),
    ),
    mapping: list(r.mapping, 'mapping').map((c, i) => parseChoice(c, `mapping.${i}`)),
    rowCount: integer(r.rowCount, 'rowCount'),
    skipped: integer(r.skipped, 'skipped'),
    created: integer(r.created, 'created'),
    existing: integer(r.existing, 'existing'),
    invalid: integer(r.invalid, 'invalid'),
    nearMatches: integer(r.nearMatches, 'nearMatches'),
    problemCount: integer(r.problemCount, 'problemCount'),
    problems: list(r.problems, 'problems').map((p, i) => {
      const problem = record(p, `problems.${i}`);
      return {
        line: integer(problem.line, 'line'),
        code: oneOf(problem.code, problemCodes, 'code'),
        field: optionalText(problem.field, 'field'),
        message: text(problem.message, 'message'),
        matchId: optionalText(problem.matchId, 'matchId'),
        matchName: optionalText(problem.matchName, 'matchName'),
      };
    }),
    sample: list(r.sample, 'sample').map((s, i) => {
      const row = record(s, `sample.${i}`);
      return {
        line: integer(row.line, 'line'),
        cells: list(row.cells, 'cells').map((c, j) => text(c, `cells.${j}`)),
        outcome: oneOf(row.outcome, rowOutcomes, 'outcome'),
      };
    }),
    committed: bool(r.committed, 'committed'),
    elapsedMs: integer(r.elapsedMs, 'elapsedMs'),
  };
}

/** The field a column is read as in this mapping, or null when it is ignored. */
export function fieldOfColumn(
  mapping: readonly ColumnChoice[],
  column: string,
): ImportField | null {
  return mapping.find((choice) => choice.column === column)?.field ?? null;
}

/**
 * Reads `column` as `field` (or ignores it for null): a field is read from one column only, so
 * the column that held the field before lets go of it.
 */
export function withColumnField(
  mapping: readonly ColumnChoice[],
  column: string,
  field: ImportField | null,
): ColumnChoice[] {
  const rest = mapping.filter((choice) => choice.column !== column && choice.field !== field);
  return field === null ? rest : [...rest, { field, column }];
}

/** Problems that stop the import (the others are information or a question). */
export const isBlockingProblem = (problem: ImportProblem) =>
  problem.code === 'MISSING_COLUMN' || problem.code === 'REQUIRED' || problem.code === 'INVALID';

export const canImport = (report: ImportReport) =>
  !report.problems.some(isBlockingProblem) && report.rowCount > 0;

/** What the progress bar shows while an import runs. */
export type ImportProgress =
  | { phase: 'uploading'; percent: number }
  | { phase: 'writing' }
  | { phase: 'done' };

/** The bar's value: uploading fills the first 60 %, writing waits at 80 %, done is 100 %. */
export function progressPercent(progress: ImportProgress): number {
  if (progress.phase === 'uploading') return Math.round(progress.percent * 0.6);
  return progress.phase === 'writing' ? 80 : 100;
}

/** The export URL of a format; CSV comes in two parts. */
export function exportUrl(format: ExportFormat, part?: 'nodes' | 'edges'): string {
  return `/export?format=${format}${format === 'csv' ? `&part=${part ?? 'nodes'}` : ''}`;
}

/** The file name in a `Content-Disposition` header, or the fallback. */
export function downloadName(disposition: string | null, fallback: string): string {
  const match = /filename="([^"]+)"/.exec(disposition ?? '');
  return match?.[1] ?? fallback;
}
