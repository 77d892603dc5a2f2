import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { AuditContext } from '../audit/auditService.js';
import { auditInTransaction } from '../audit/auditService.js';
import { type RegisterScope, registerScopeOf, wholeRegister } from '../auth/registerScope.js';
import { ConflictError, ValidationError } from '../domain/errors.js';
import {
  type ColumnMapping,
  detectMapping,
  type ImportDefaults,
  type ImportPerson,
  type ImportProblem,
  normalizedNameKey,
  readCsv,
  type Table,
  validateRows,
} from '../domain/importRows.js';
import { linkKey } from '../domain/linkTypes.js';
import { identityDetails, PersonIdentities } from '../domain/personIdentities.js';
import { themeNameKey } from '../domain/validation/theme.js';
import type { Database, QueryRunner } from '../neo4j/database.js';
import {
  createImportedOrganizations,
  createImportedPersons,
  deleteImported,
  type ImportedPersonLinks,
  listNamed,
  listPersonIdentities,
  mergeImportedLinks,
  mergeImportedThemes,
  type Provenance,
  type StoredPerson,
} from '../repositories/importRepository.js';

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

export interface ImportOptions {
  mapping?: ColumnMapping;
  defaults?: ImportDefaults;
  /**
   * What a reviewer decided per line (from a preview): `skip` leaves the row out entirely;
   * `same` makes a NEAR_MATCH row the stored person it resembles (its links are added to that
   * person, no new person is created). Lines without a decision are imported as usual.
   */
  decisions?: ReadonlyMap<number, NearMatchDecision>;
}

export type NearMatchDecision = 'new' | 'same' | 'skip';

export interface ImportReport {
  file: string;
  encoding: Table['encoding'];
  delimiter: string | null;
  headers: string[];
  mapping: ColumnMapping;
  rows: number;
  /** Rows left out because the reviewer decided to skip them. */
  skipped: number;
  /** Rows that would be (or were) created as new people. */
  created: number;
  /** Rows that are a person already stored (or an earlier row of the same file). */
  existing: number;
  /** Rows that failed validation; when any, nothing is written. */
  invalid: number;
  problems: ImportProblem[];
  /** Whether this report comes from a run that wrote (false for a preview or a refused run). */
  committed: boolean;
  elapsedMs: number;
}

const isXlsx = (file: ImportFile) =>
  file.name.toLowerCase().endsWith('.xlsx') ||
  (file.bytes[0] === 0x50 && file.bytes[1] === 0x4b && file.bytes[2] === 0x03);

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    return '';
  }
  return String(value);
}

/** The first worksheet of an XLSX workbook as a table (line = the spreadsheet row number). */
export async function readXlsx(bytes: Uint8Array): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return { headers: [], rows: [], encoding: 'xlsx' };
  const width = sheet.columnCount;
  const cellsOf = (row: ExcelJS.Row) =>
    Array.from({ length: width }, (_, i) => cellText(row.getCell(i + 1).value).trim());
  let headers: string[] = [];
  const rows: Table['rows'] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (headers.length === 0) headers = cellsOf(row);
    else rows.push({ line: number, cells: cellsOf(row) });
  });
  return { headers, rows, encoding: 'xlsx' };
}

/** Reads a CSV or XLSX file; a file that is neither is a VALIDATION error on `file`. */
export async function readTable(file: ImportFile): Promise<Table> {
  if (file.bytes.length === 0) throw new ValidationError('file', 'The file is empty.');
  if (!isXlsx(file)) return readCsv(file.bytes);
  try {
    return await readXlsx(file.bytes);
  } catch {
    throw new ValidationError('file', 'The file could not be read as an XLSX workbook.');
  }
}

interface Plan {
  report: ImportReport;
  persons: (ImportPerson & { id: string })[];
  /** For every valid row, the id of the person it is (new or stored). */
  personOf: Map<number, string>;
  rows: ImportPerson[];
}

/**
 * De-duplication: a row is a stored person (EXISTS, nothing written) when its normalised name is
 * the same and its e-mail, phone or postcode is too; an earlier row of the same file likewise
 * (DUPLICATE_IN_FILE). The same normalised name with no matching detail, or the same e-mail or
 * phone under another name, is a NEAR_MATCH: reported for review, never merged; the row is
 * imported as a new person.
 */
function plan(
  fullTable: Table,
  stored: StoredPerson[],
  options: ImportOptions,
  file: string,
): Plan {
  const started = performance.now();
  const decisions = options.decisions ?? new Map<number, NearMatchDecision>();
  const table = {
    ...fullTable,
    rows: fullTable.rows.filter((row) => decisions.get(row.line) !== 'skip'),
  };
  const mapping = detectMapping(table.headers, options.mapping);
  const { persons, problems } = validateRows(table, mapping, options.defaults ?? {});
  const invalid = new Set(problems.filter((p) => p.line > 1).map((p) => p.line)).size;
  const identities = new PersonIdentities();
  for (const p of stored) identities.remember(p, normalizedNameKey(p.name), identityDetails(p));
  const storedIds = new Set(stored.map((p) => p.id));
  const fresh: (ImportPerson & { id: string })[] = [];
  const personOf = new Map<number, string>();
  let existing = 0;
  for (const row of persons) {
    const details = identityDetails(row);
    // With no detail on either side the name is all there is: the same person (so that
    // re-importing a list of bare names creates nothing new).
    const same = identities.same(row.nameKey, details);
    if (same) {
      existing++;
      personOf.set(row.line, same.id);
      problems.push({
        line: row.line,
        code: storedIds.has(same.id) ? 'EXISTS' : 'DUPLICATE_IN_FILE',
        message: storedIds.has(same.id)
          ? `Already stored as '${same.name}'; not imported again.`
          : `The same person as an earlier row ('${same.name}').`,
        matchId: same.id,
        matchName: same.name,
      });
      continue;
    }
    const near = identities.near(row.nameKey, details);
    if (near && decisions.get(row.line) === 'same') {
      existing++;
      personOf.set(row.line, near.id);
      problems.push({
        line: row.line,
        code: 'NEAR_MATCH',
        message: `Taken as '${near.name}', as the reviewer decided; no new person.`,
        matchId: near.id,
        matchName: near.name,
      });
      continue;
    }
    if (near) {
      problems.push({
        line: row.line,
        code: 'NEAR_MATCH',
        message: `Looks like '${near.name}' (same name or same e-mail/phone, other details); imported as a new person — review and merge if it is the same.`,
        matchId: near.id,
        matchName: near.name,
      });
    }
    const id = randomUUID();
    fresh.push({ ...row, id });
    personOf.set(row.line, id);
    identities.remember({ id, name: row.name }, row.nameKey, details);
  }
  problems.sort((a, b) => a.line - b.line);
  return {
    persons: fresh,
    personOf,
    rows: persons,
    report: {
      file,
      encoding: table.encoding,
      delimiter: table.delimiter ?? null,
      headers: table.headers,
      mapping,
      rows: table.rows.length,
      skipped: fullTable.rows.length - table.rows.length,
      created: fresh.length,
      existing,
      invalid: problems.some((p) => p.code === 'MISSING_COLUMN') ? table.rows.length : invalid,
      problems,
      committed: false,
      elapsedMs: Math.round(performance.now() - started),
    },
  };
}

const blocking = (report: ImportReport) =>
  report.problems.some(
    (p) => p.code === 'MISSING_COLUMN' || p.code === 'REQUIRED' || p.code === 'INVALID',
  );

/** Reads, validates and de-duplicates the file without writing anything. */
export async function previewImport(
  db: Database,
  file: ImportFile,
  options: ImportOptions = {},
  scope: RegisterScope = wholeRegister,
): Promise<ImportReport> {
  const started = performance.now();
  const table = await readTable(file);
  const stored = await db.read('import.preview', (tx) => listPersonIdentities(tx, scope));
  const { report } = plan(table, stored, options, file.name);
  return { ...report, elapsedMs: Math.round(performance.now() - started) };
}

/** A preview with the parsed table, for showing the first rows as they will be mapped. */
export interface ImportPreview {
  report: ImportReport;
  table: Table;
}

/** Like `previewImport`, also returning the parsed table (the GraphQL preview shows its rows). */
export async function previewImportWithTable(
  db: Database,
  file: ImportFile,
  options: ImportOptions = {},
  scope: RegisterScope = wholeRegister,
): Promise<ImportPreview> {
  const started = performance.now();
  const table = await readTable(file);
  const stored = await db.read('import.preview', (tx) => listPersonIdentities(tx, scope));
  const { report } = plan(table, stored, options, file.name);
  return { report: { ...report, elapsedMs: Math.round(performance.now() - started) }, table };
}

/** Whether the report has problems that stop the import (an invalid row or a missing column). */
export const isBlocked = (report: ImportReport) => blocking(report);

const BATCH = 10_000;
const chunks = <T>(rows: T[], size = BATCH) =>
  Array.from({ length: Math.ceil(rows.length / size) }, (_, i) =>
    rows.slice(i * size, (i + 1) * size),
  );

type LinkType = 'MEMBER_OF' | 'LIVES_IN' | 'ACTIVE_IN';

/** One link to write; for ACTIVE_IN, `to` is the theme's name key until the themes are stored. */
interface PlannedLink {
  type: LinkType;
  from: string;
  to: string;
  role: string | null;
  /** Index (in `Plan.rows`) of the first row that brings this link. */
  row: number;
}

/** What the plan writes besides people: new organisations, themes, and each link pair once. */
interface PlannedWrites {
  organizations: { id: string; name: string }[];
  themes: { id: string; name: string; nameKey: string }[];
  links: PlannedLink[];
}

/** Organisations by case-insensitive name (new ones become associations), areas by name. */
function planWrites(
  planned: Plan,
  storedOrganizations: { id: string; name: string }[],
  storedAreas: { id: string; name: string }[],
): PlannedWrites {
  const lower = (name: string) => name.trim().toLowerCase();
  const organizations = new Map(storedOrganizations.map((o) => [lower(o.name), o.id]));
  const areas = new Map(storedAreas.map((a) => [lower(a.name), a.id]));
  const newOrganizations: { id: string; name: string }[] = [];
  const themes = new Map<string, { id: string; name: string; nameKey: string }>();
  // Each pair once (two rows can be the same person in the same club): the first row brings it.
  const links = new Map<string, PlannedLink>();
  const add = (type: LinkType, from: string, to: string, role: string | null, row: number) => {
    const key = `${type} ${from} ${to}`;
    if (!links.has(key)) links.set(key, { type, from, to, role, row });
  };
  planned.rows.forEach((row, index) => {
    const person = planned.personOf.get(row.line);
    if (!person) return;
    if (row.organization) {
      let id = organizations.get(lower(row.organization));
      if (!id) {
        id = randomUUID();
        organizations.set(lower(row.organization), id);
        newOrganizations.push({ id, name: row.organization });
      }
      add('MEMBER_OF', person, id, row.role, index);
    }
    const area = row.area ? areas.get(lower(row.area)) : undefined;
    if (area) add('LIVES_IN', person, area, null, index);
    for (const theme of row.themes) {
      const nameKey = themeNameKey(theme);
      if (!themes.has(nameKey)) themes.set(nameKey, { id: randomUUID(), name: theme, nameKey });
      add('ACTIVE_IN', person, nameKey, null, index);
    }
  });
  return {
    organizations: newOrganizations,
    themes: [...themes.values()],
    links: [...links.values()],
  };
}

const newPerson = ({
  line: _l,
  nameKey: _k,
  organization: _o,
  role: _r,
  area: _a,
  themes: _t,
  ...person
}: ImportPerson & { id: string }) => person;

/** A person's planned links grouped by type, with their keys (ACTIVE_IN resolved to theme ids). */
function linksByPerson(
  links: PlannedLink[],
  themes: ReadonlyMap<string, string>,
): Map<string, ImportedPersonLinks> {
  const field = { MEMBER_OF: 'memberOf', LIVES_IN: 'livesIn', ACTIVE_IN: 'activeIn' } as const;
  const byPerson = new Map<string, ImportedPersonLinks>();
  for (const link of links) {
    const to = link.type === 'ACTIVE_IN' ? themes.get(link.to) : link.to;
    if (!to) continue;
    let grouped = byPerson.get(link.from);
    if (!grouped) {
      grouped = { memberOf: [], livesIn: [], activeIn: [] };
      byPerson.set(link.from, grouped);
    }
    grouped[field[link.type]].push({ to, key: linkKey(link.type, link.from, to), role: link.role });
  }
  return byPerson;
}

const noLinks: ImportedPersonLinks = { memberOf: [], livesIn: [], activeIn: [] };

/**
 * People and their links, each batch in two statements: people created by this import with their
 * links (which cannot exist yet: CREATEd in the same statement), then the links of people already
 * stored (created only when their key is not stored yet, tagged with the import id).
 */
async function writePeopleAndLinks(
  tx: QueryRunner,
  persons: (ImportPerson & { id: string })[],
  links: PlannedLink[],
  themes: ReadonlyMap<string, string>,
  provenance: Provenance,
) {
  const byPerson = linksByPerson(links, themes);
  const here = new Set(persons.map((person) => person.id));
  for (const batch of chunks(persons))
    await createImportedPersons(
      tx,
      batch.map((person) => ({ ...newPerson(person), ...(byPerson.get(person.id) ?? noLinks) })),
      provenance,
    );
  // Stored people, and people this import created in an earlier batch (a later row of the same person).
  const others = [...byPerson].flatMap(([id, grouped]) =>
    here.has(id) ? [] : [{ id, ...grouped }],
  );
  for (const batch of chunks(others)) await mergeImportedLinks(tx, batch, provenance);
}

async function writePlan(
  tx: QueryRunner,
  planned: Plan,
  provenance: Provenance,
  scope: RegisterScope,
) {
  const writes = planWrites(
    planned,
    await listNamed(tx, 'Organization', scope),
    await listNamed(tx, 'Area', scope),
  );
  for (const batch of chunks(writes.organizations))
    await createImportedOrganizations(tx, batch, provenance);
  const themes = await mergeImportedThemes(tx, writes.themes, provenance);
  await writePeopleAndLinks(tx, planned.persons, writes.links, themes, provenance);
}

/** A staged import failed part-way; what it had written was removed again (see `cause`). */
export class ImportFailedError extends ConflictError {
  constructor(
    readonly importId: string,
    readonly batch: number,
    readonly cleanedUp: boolean,
    options: { cause: unknown },
  ) {
    super(
      cleanedUp
        ? `The import failed in batch ${batch}; everything it had written was removed again.`
        : `The import failed in batch ${batch} and its clean-up failed too; remove what carries importId ${importId}.`,
    );
    this.name = 'ImportFailedError';
    this.cause = options.cause;
  }
}

/** Files with more rows than this are written in batches of this many rows (`batchRows`). */
export const IMPORT_BATCH_ROWS = 5_000;

export interface RunImportOptions extends ImportOptions {
  /** Rows per write transaction of a staged import; files up to this size use one transaction. */
  batchRows?: number;
  /** Called before each batch of a staged import is written (progress; tests inject a conflict). */
  onBatch?: (batch: { index: number; total: number; personIds: string[] }) => Promise<void> | void;
}

const auditDetails = (planned: Plan, file: string) => ({
  subjectType: 'Import',
  details: {
    file,
    rows: planned.report.rows,
    created: planned.report.created,
    existing: planned.report.existing,
  },
});

/**
 * Deletes what a failed staged import wrote, in batches, by the keys the plan knows and only when
 * tagged with the run's import id: MERGEd links first, then people (with their links),
 * organisations and themes.
 */
async function removeImport(
  db: Database,
  importId: string,
  writes: PlannedWrites,
  themes: ReadonlyMap<string, string>,
  created: ReadonlySet<string>,
  batchRows: number,
  timeoutMs: number,
) {
  const remove = (what: Parameters<typeof deleteImported>[1]) =>
    db.write('import.cleanup', (tx) => deleteImported(tx, what, importId), { timeoutMs });
  for (const type of ['MEMBER_OF', 'LIVES_IN', 'ACTIVE_IN'] as const) {
    const keys = writes.links.flatMap((link) => {
      if (link.type !== type || created.has(link.from)) return [];
      const to = type === 'ACTIVE_IN' ? themes.get(link.to) : link.to;
      return to ? [linkKey(type, link.from, to)] : [];
    });
    for (const batch of chunks(keys, batchRows)) await remove({ link: type, keys: batch });
  }
  for (const batch of chunks([...created], batchRows)) await remove({ node: 'Person', ids: batch });
  for (const batch of chunks(
    writes.organizations.map((o) => o.id),
    batchRows,
  ))
    await remove({ node: 'Organization', ids: batch });
  for (const batch of chunks(
    writes.themes.map((t) => t.nameKey),
    batchRows,
  ))
    await remove({ node: 'Theme', nameKeys: batch });
}

/**
 * A file larger than one batch: planned and validated first (an invalid row writes nothing), then
 * written in batches of `batchRows` rows, each its own transaction, everything CREATEd tagged with
 * the run's import id. When a batch fails, what carries the id is deleted again and an
 * `ImportFailedError` is thrown; the audit entry is written once, after the last batch.
 */
async function runStagedImport(
  ctx: AuditContext,
  table: Table,
  options: RunImportOptions,
  file: string,
  provenance: Provenance,
  batchRows: number,
  scope: RegisterScope,
): Promise<ImportReport> {
  const planned = plan(
    table,
    await ctx.db.read('import.plan', (tx) => listPersonIdentities(tx, scope)),
    options,
    file,
  );
  if (blocking(planned.report)) return planned.report;
  const [organizations, areas] = await ctx.db.read('import.names', async (tx) => [
    await listNamed(tx, 'Organization', scope),
    await listNamed(tx, 'Area', scope),
  ]);
  const writes = planWrites(planned, organizations, areas);
  const created = new Set(planned.persons.map((person) => person.id));
  const timeoutMs = 60_000 + batchRows * 20;
  const themes = new Map<string, string>();
  const lineBatches = chunks(planned.rows, batchRows);
  let batch = 0;
  try {
    for (const part of chunks(writes.organizations, batchRows))
      await ctx.db.write(
        'import.organizations',
        (tx) => createImportedOrganizations(tx, part, provenance),
        { timeoutMs },
      );
    for (const part of chunks(writes.themes, batchRows)) {
      const stored = await ctx.db.write(
        'import.themes',
        (tx) => mergeImportedThemes(tx, part, provenance),
        { timeoutMs },
      );
      for (const [nameKey, id] of stored) themes.set(nameKey, id);
    }
    let first = 0;
    for (const rows of lineBatches) {
      batch++;
      const lines = new Set(rows.map((row) => row.line));
      const persons = planned.persons.filter((person) => lines.has(person.line));
      const end = first + rows.length;
      const links = writes.links.filter((link) => link.row >= first && link.row < end);
      first = end;
      await options.onBatch?.({
        index: batch,
        total: lineBatches.length,
        personIds: persons.map((person) => person.id),
      });
      await ctx.db.write(
        'import.batch',
        (tx) => writePeopleAndLinks(tx, persons, links, themes, provenance),
        { timeoutMs },
      );
    }
    await ctx.db.write('import.audit', (tx) =>
      auditInTransaction(tx, ctx, 'import', auditDetails(planned, file)),
    );
  } catch (error) {
    let cleanedUp = true;
    try {
      await removeImport(
        ctx.db,
        provenance.importId,
        writes,
        themes,
        created,
        batchRows,
        timeoutMs,
      );
    } catch {
      cleanedUp = false;
    }
    throw new ImportFailedError(provenance.importId, batch, cleanedUp, { cause: error });
  }
  return { ...planned.report, committed: true };
}

/**
 * Imports the file all-or-nothing: when any row is invalid nothing is written. A file of at most
 * `batchRows` rows (default 5,000) is written in ONE transaction with its audit entry; a larger one
 * in batches (`runStagedImport`), removed again when a batch fails. Importing the same file again
 * creates nothing new.
 */
export async function runImport(
  ctx: AuditContext,
  file: ImportFile,
  options: RunImportOptions = {},
): Promise<ImportReport> {
  const started = performance.now();
  const table = await readTable(file);
  // The importer's register scope (the CLI, run by an operator, imports into the whole register).
  const scope = ctx.viewer.kind === 'user' ? await registerScopeOf(ctx) : wholeRegister;
  const provenance: Provenance = {
    createdBy: ctx.viewer.kind === 'user' ? ctx.viewer.userId : 'system',
    source: `import:${file.name.split(/[\\/]/).pop() ?? file.name}`,
    importId: randomUUID(),
  };
  const batchRows = Math.max(1, options.batchRows ?? IMPORT_BATCH_ROWS);
  if (table.rows.length > batchRows) {
    const report = await runStagedImport(
      ctx,
      table,
      options,
      file.name,
      provenance,
      batchRows,
      scope,
    );
    return { ...report, elapsedMs: Math.round(performance.now() - started) };
  }
  // One transaction for the whole file (all-or-nothing), allowed a minute plus 20 ms a row.
  const timeoutMs = 60_000 + table.rows.length * 20;
  const report = await ctx.db.write(
    'import.run',
    async (tx) => {
      const planned = plan(table, await listPersonIdentities(tx, scope), options, file.name);
      if (blocking(planned.report)) return planned.report;
      await writePlan(tx, planned, provenance, scope);
      await auditInTransaction(tx, ctx, 'import', auditDetails(planned, file.name));
      return { ...planned.report, committed: true };
    },
    { timeoutMs },
  );
  return { ...report, elapsedMs: Math.round(performance.now() - started) };
}
