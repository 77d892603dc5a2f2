import { encodeGlobalID } from '@pothos/plugin-relay';
import type { RequestContext } from '../app/context.js';
import { requireRole } from '../auth/authorization.js';
import { registerScopeOf } from '../auth/registerScope.js';
import { ValidationError } from '../domain/errors.js';
import {
  type ColumnMapping,
  detectMapping,
  type ImportDefaults,
  type ImportField,
  type ImportProblem,
  type ImportProblemCode,
  importFields,
  type Table,
} from '../domain/importRows.js';
import {
  type ImportFile,
  type ImportOptions,
  type ImportReport,
  isBlocked,
  type NearMatchDecision,
  previewImportWithTable,
  runImport,
} from '../services/importService.js';
import { builder } from './builder.js';
import { LegalBasisEnum } from './vocabulary.js';

/**
 * Importing people from a spreadsheet over GraphQL: `previewImport` (read-only: columns, the
 * suggested mapping, the first rows, the validation report and the de-duplication outcome) and
 * `runImport` (all-or-nothing). The file travels base64-encoded inside the JSON body, because
 * /graphql only accepts JSON POSTs (the CSRF defence in auth/authHttpPlugin.ts); a multipart
 * upload would be a form a foreign site could post. Export is an HTTP download: app/exportRoute.ts.
 */

/** Who may import: the roles that record people in the register (docs/privacy.md §7). */
const importRoles = ['OFFICIAL', 'AREA_BROKER'] as const;
/** The largest file accepted (decoded): twice the 5 MB spreadsheets the tests use, and more. */
const maxFileBytes = 25 * 1024 * 1024;
const sampleRows = 10;
const maxProblems = 1000;

const fieldNames: Record<ImportField, string> = {
  name: 'NAME',
  email: 'EMAIL',
  phone: 'PHONE',
  postcode: 'POSTCODE',
  notes: 'NOTES',
  organization: 'ORGANIZATION',
  role: 'ROLE',
  area: 'AREA',
  theme: 'THEME',
  legalBasis: 'LEGAL_BASIS',
  legalReference: 'LEGAL_REFERENCE',
  purpose: 'PURPOSE',
  retainUntil: 'RETAIN_UNTIL',
  consentDate: 'CONSENT_DATE',
  consentTextVersion: 'CONSENT_TEXT_VERSION',
};
const fieldDescriptions: Record<ImportField, string> = {
  name: 'The full name (required).',
  email: 'E-mail address (de-duplication detail).',
  phone: 'Phone number (de-duplication detail).',
  postcode: 'Postcode (de-duplication detail).',
  notes: 'Free notes about the contact.',
  organization: 'An organisation the person is a member of (created when unknown).',
  role: 'The role in that organisation.',
  area: 'The kern, wijk or buurt the person lives in (an existing area, by name).',
  theme: 'Themes the person is active in, separated by comma, | or /.',
  legalBasis: 'PUBLIC_TASK or CONSENT.',
  legalReference: 'The law or council decision for PUBLIC_TASK.',
  purpose: 'Why the municipality keeps this person.',
  retainUntil: 'Keep until this date (YYYY-MM-DD or DD-MM-YYYY).',
  consentDate: 'When the person consented (for CONSENT).',
  consentTextVersion: 'The version of the consent text (for CONSENT).',
};

const ImportFieldEnum = builder.enumType('ImportField', {
  description: 'A register field a spreadsheet column can be mapped to.',
  values: Object.fromEntries(
    importFields.map((field) => [
      fieldNames[field],
      { value: field, description: fieldDescriptions[field] },
    ]),
  ) as Record<string, { value: ImportField; description: string }>,
});

const ImportProblemCodeEnum = builder.enumType('ImportProblemCode', {
  description: 'What the validation or de-duplication found on a line.',
  values: {
    MISSING_COLUMN: { description: 'A needed or mapped column is not in the file (line 1).' },
    REQUIRED: { description: 'A required value is empty and has no default.' },
    INVALID: { description: 'A value breaks a register rule (see field and message).' },
    DUPLICATE_IN_FILE: { description: 'The same person as an earlier line of the file.' },
    EXISTS: { description: 'This person is already stored; nothing is written for the line.' },
    NEAR_MATCH: {
      description: 'Resembles a stored person (same name or same e-mail/phone): decide.',
    },
  } satisfies Record<ImportProblemCode, { description: string }>,
});

type RowOutcome = 'NEW' | 'EXISTS' | 'DUPLICATE_IN_FILE' | 'NEAR_MATCH' | 'INVALID' | 'SKIPPED';

const ImportRowOutcomeEnum = builder.enumType('ImportRowOutcome', {
  description: 'What importing a line does.',
  values: {
    NEW: { description: 'A new person is created.' },
    EXISTS: { description: 'Already stored: nothing new.' },
    DUPLICATE_IN_FILE: { description: 'The same person as an earlier line: nothing new.' },
    NEAR_MATCH: { description: 'Resembles a stored person: created as new unless decided.' },
    INVALID: { description: 'Fails validation: the whole import is refused.' },
    SKIPPED: { description: 'Left out, as the reviewer decided.' },
  } satisfies Record<RowOutcome, { description: string }>,
});

const NearMatchDecisionEnum = builder.enumType('NearMatchDecision', {
  description: 'What to do with a line that resembles a stored person.',
  values: {
    IMPORT_AS_NEW: { value: 'new', description: 'Another person: create them (the default).' },
    SAME_PERSON: {
      value: 'same',
      description: 'The same person: create nobody, add the line’s links to the stored person.',
    },
    SKIP: { value: 'skip', description: 'Leave the line out.' },
  } satisfies Record<string, { value: NearMatchDecision; description: string }>,
});

const ImportFileInput = builder.inputType('ImportFileInput', {
  description: 'A CSV or XLSX file, base64-encoded.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'The file name (e.g. leden.csv).' }),
    contentBase64: t.string({ required: true, description: 'The file’s bytes in base64.' }),
  }),
});

const ImportColumnInput = builder.inputType('ImportColumnInput', {
  description: 'One column mapping: this column of the file holds this field.',
  fields: (t) => ({
    field: t.field({ type: ImportFieldEnum, required: true, description: 'The field.' }),
    column: t.string({
      required: true,
      description: 'The column header as in the file; empty: the field is read from no column.',
    }),
  }),
});

const ImportDefaultsInput = builder.inputType('ImportDefaultsInput', {
  description: 'Privacy fields for rows whose own column is empty or absent.',
  fields: (t) => ({
    legalBasis: t.field({ type: LegalBasisEnum, description: 'The legal basis.' }),
    legalReference: t.string({ description: 'The law or decision (PUBLIC_TASK).' }),
    purpose: t.string({ description: 'Why the municipality keeps these people.' }),
    retainUntil: t.field({ type: 'Date', description: 'Keep until this date.' }),
    consentDate: t.field({ type: 'Date', description: 'When consent was given (CONSENT).' }),
    consentTextVersion: t.string({ description: 'The consent text version (CONSENT).' }),
  }),
});

const NearMatchDecisionInput = builder.inputType('NearMatchDecisionInput', {
  description: 'A reviewer’s decision for one line of the file.',
  fields: (t) => ({
    line: t.int({ required: true, description: 'The line number in the file (header = 1).' }),
    decision: t.field({
      type: NearMatchDecisionEnum,
      required: true,
      description: 'What to do with it.',
    }),
  }),
});

interface MappedColumn {
  field: ImportField;
  column: string;
}
const ImportColumnRef = builder.objectRef<MappedColumn>('ImportColumn').implement({
  description: 'A column of the file and the field it is read as.',
  fields: (t) => ({
    field: t.field({ type: ImportFieldEnum, description: 'The field.', resolve: (c) => c.field }),
    column: t.exposeString('column', { description: 'The column header as in the file.' }),
  }),
});

const ImportProblemRef = builder.objectRef<ImportProblem>('ImportProblem').implement({
  description: 'One finding on one line of the file.',
  fields: (t) => ({
    line: t.exposeInt('line', { description: 'The line number (header = 1).' }),
    code: t.field({ type: ImportProblemCodeEnum, description: 'What.', resolve: (p) => p.code }),
    field: t.string({
      nullable: true,
      description: 'The field at fault, when one is.',
      resolve: (p) => p.field ?? null,
    }),
    message: t.exposeString('message', { description: 'An explanation in English.' }),
    matchId: t.id({
      nullable: true,
      description: 'EXISTS / NEAR_MATCH: the global id of the stored person it matches.',
      resolve: (p) => (p.matchId ? encodeGlobalID('Person', p.matchId) : null),
    }),
    matchName: t.string({
      nullable: true,
      description: 'EXISTS / NEAR_MATCH: the name of the person it matches.',
      resolve: (p) => p.matchName ?? null,
    }),
  }),
});

interface SampleRow {
  line: number;
  cells: string[];
  outcome: RowOutcome;
  values: { field: ImportField; value: string }[];
}
const ImportCellRef = builder
  .objectRef<{ field: ImportField; value: string }>('ImportValue')
  .implement({
    description: 'A value of a line as the field it is mapped to.',
    fields: (t) => ({
      field: t.field({ type: ImportFieldEnum, description: 'The field.', resolve: (c) => c.field }),
      value: t.exposeString('value', { description: 'The cell as in the file.' }),
    }),
  });
const ImportSampleRowRef = builder.objectRef<SampleRow>('ImportSampleRow').implement({
  description: 'One of the first lines of the file, as read and as mapped.',
  fields: (t) => ({
    line: t.exposeInt('line', { description: 'The line number (header = 1).' }),
    cells: t.exposeStringList('cells', { description: 'The cells, in the file’s column order.' }),
    outcome: t.field({
      type: ImportRowOutcomeEnum,
      description: 'What importing this line does.',
      resolve: (r) => r.outcome,
    }),
    values: t.field({
      type: [ImportCellRef],
      description: 'The non-empty values of the mapped columns.',
      resolve: (r) => r.values,
    }),
  }),
});

interface ReportView {
  report: ImportReport;
  suggested: ColumnMapping;
  sample: SampleRow[];
}
const columnsOf = (mapping: ColumnMapping): MappedColumn[] =>
  importFields.flatMap((field) => {
    const column = mapping[field];
    return column === undefined ? [] : [{ field, column }];
  });

const ImportReportRef = builder.objectRef<ReportView>('ImportReport').implement({
  description: 'What an import would do (preview) or did (run).',
  fields: (t) => ({
    fileName: t.string({ description: 'The file name.', resolve: (v) => v.report.file }),
    encoding: t.string({
      description: 'utf-8, windows-1252 or xlsx.',
      resolve: (v) => v.report.encoding,
    }),
    delimiter: t.string({
      nullable: true,
      description: 'The CSV delimiter found (null for XLSX).',
      resolve: (v) => v.report.delimiter,
    }),
    columns: t.stringList({
      description: 'The column headers of the file, in order.',
      resolve: (v) => v.report.headers,
    }),
    suggestedMapping: t.field({
      type: [ImportColumnRef],
      description: 'The mapping Antenne recognised from the headers alone.',
      resolve: (v) => columnsOf(v.suggested),
    }),
    mapping: t.field({
      type: [ImportColumnRef],
      description: 'The mapping used: the suggestion with the caller’s choices applied.',
      resolve: (v) => columnsOf(v.report.mapping),
    }),
    rowCount: t.int({
      description: 'Data lines considered (skipped ones not counted).',
      resolve: (v) => v.report.rows,
    }),
    skipped: t.int({
      description: 'Lines left out by decision.',
      resolve: (v) => v.report.skipped,
    }),
    created: t.int({
      description: 'New people (would be) created.',
      resolve: (v) => v.report.created,
    }),
    existing: t.int({
      description: 'Lines that are a stored person or an earlier line: nothing new.',
      resolve: (v) => v.report.existing,
    }),
    invalid: t.int({ description: 'Invalid lines.', resolve: (v) => v.report.invalid }),
    nearMatches: t.int({
      description: 'Lines that resemble a stored person (for review).',
      resolve: (v) => v.report.problems.filter((p) => p.code === 'NEAR_MATCH').length,
    }),
    problemCount: t.int({
      description: 'All findings (problems lists at most the first 1,000).',
      resolve: (v) => v.report.problems.length,
    }),
    problems: t.field({
      type: [ImportProblemRef],
      description: 'The validation and de-duplication report, by line.',
      resolve: (v) => v.report.problems.slice(0, maxProblems),
    }),
    sample: t.field({
      type: [ImportSampleRowRef],
      description: 'The first lines of the file with their outcome.',
      resolve: (v) => v.sample,
    }),
    committed: t.boolean({
      description: 'Whether this import was written (false for a preview).',
      resolve: (v) => v.report.committed,
    }),
    elapsedMs: t.int({ description: 'How long it took.', resolve: (v) => v.report.elapsedMs }),
  }),
});

interface ImportArgs {
  file: { name: string; contentBase64: string };
  mapping?: { field: ImportField; column: string }[] | null;
  defaults?: {
    legalBasis?: string | null;
    legalReference?: string | null;
    purpose?: string | null;
    retainUntil?: string | null;
    consentDate?: string | null;
    consentTextVersion?: string | null;
  } | null;
  decisions?: { line: number; decision: NearMatchDecision }[] | null;
}

function fileOf(input: ImportArgs['file']): ImportFile {
  const text = input.contentBase64.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 === 1)
    throw new ValidationError('file', 'The file content is not base64.');
  if ((text.length * 3) / 4 > maxFileBytes)
    throw new ValidationError('file', `The file is larger than ${maxFileBytes / 1024 / 1024} MB.`);
  const name = input.name.trim() || 'import.csv';
  return { name, bytes: new Uint8Array(Buffer.from(text, 'base64')) };
}

function optionsOf(args: ImportArgs): ImportOptions {
  const mapping: ColumnMapping = {};
  for (const { field, column } of args.mapping ?? []) mapping[field] = column;
  const defaults: ImportDefaults = {};
  for (const [key, value] of Object.entries(args.defaults ?? {})) {
    if (typeof value === 'string' && value.trim() !== '')
      defaults[key as keyof ImportDefaults] = value;
  }
  const decisions = new Map((args.decisions ?? []).map((d) => [d.line, d.decision]));
  return { mapping, defaults, decisions };
}

function outcomeOf(line: number, report: ImportReport, skipped: boolean): RowOutcome {
  if (skipped) return 'SKIPPED';
  const codes = report.problems.filter((p) => p.line === line).map((p) => p.code);
  if (codes.includes('INVALID') || codes.includes('REQUIRED')) return 'INVALID';
  if (codes.includes('EXISTS')) return 'EXISTS';
  if (codes.includes('DUPLICATE_IN_FILE')) return 'DUPLICATE_IN_FILE';
  if (codes.includes('NEAR_MATCH')) return 'NEAR_MATCH';
  if (codes.includes('MISSING_COLUMN')) return 'INVALID';
  return 'NEW';
}

function viewOf(
  report: ImportReport,
  table: Table,
  options: ImportOptions,
  suggested: ColumnMapping,
): ReportView {
  const sample = table.rows.slice(0, sampleRows).map(({ line, cells }) => ({
    line,
    cells,
    outcome: outcomeOf(line, report, options.decisions?.get(line) === 'skip'),
    values: columnsOf(report.mapping).flatMap(({ field, column }) => {
      const value = cells[table.headers.indexOf(column)]?.trim() ?? '';
      return value === '' ? [] : [{ field, value }];
    }),
  }));
  return { report, suggested, sample };
}

const importArgs = builder.args((t) => ({
  file: t.field({ type: ImportFileInput, required: true, description: 'The CSV or XLSX file.' }),
  mapping: t.field({
    type: [ImportColumnInput],
    description:
      'Column choices; fields not listed keep the suggested column, an empty column reads the field from none.',
  }),
  defaults: t.field({
    type: ImportDefaultsInput,
    description: 'Privacy fields for rows without their own (legal basis, purpose, retain until).',
  }),
  decisions: t.field({
    type: [NearMatchDecisionInput],
    description: 'Decisions for near matches (and lines to skip), by line.',
  }),
}));

async function preview(ctx: RequestContext, args: ImportArgs) {
  requireRole(ctx.viewer, ...importRoles);
  const file = fileOf(args.file);
  const options = optionsOf(args);
  const { report, table } = await previewImportWithTable(
    ctx.db,
    file,
    options,
    await registerScopeOf(ctx),
  );
  return viewOf(report, table, options, detectMapping(table.headers));
}

builder.queryField('previewImport', (t) =>
  t.field({
    authScopes: { $any: { official: true, areaBroker: true } },
    type: ImportReportRef,
    description:
      'Reads a CSV or XLSX file of people and reports what importing it would do, writing nothing: the columns, the suggested mapping, the first lines, the validation report by line and the de-duplication outcome. Officials and area brokers only.',
    args: importArgs,
    resolve: (_root, args, ctx) => preview(ctx, args),
  }),
);

builder.mutationField('runImport', (t) =>
  t.field({
    authScopes: { $any: { official: true, areaBroker: true } },
    type: ImportReportRef,
    description:
      'Imports the file all-or-nothing in one transaction (audited). When any line is invalid nothing is written and the answer is a VALIDATION error on `file`. Importing the same file again creates nothing new. Officials and area brokers only.',
    args: importArgs,
    resolve: async (_root, args, ctx) => {
      requireRole(ctx.viewer, ...importRoles);
      const file = fileOf(args.file);
      const options = optionsOf(args);
      const report = await runImport(ctx, file, options);
      if (!report.committed || isBlocked(report)) {
        const first = report.problems.find((p) => p.code !== 'NEAR_MATCH');
        throw new ValidationError(
          'file',
          `${report.invalid} line(s) are invalid${first ? ` (line ${first.line}: ${first.message})` : ''}; nothing was imported.`,
        );
      }
      return viewOf(report, { headers: report.headers, rows: [], encoding: 'utf-8' }, options, {});
    },
  }),
);
