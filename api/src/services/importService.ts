import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { AuditContext } from '../audit/auditService.js';
import { auditInTransaction } from '../audit/auditService.js';
import { ValidationError } from '../domain/errors.js';
import {
  type ColumnMapping,
  detectMapping,
  type ImportDefaults,
  type ImportPerson,
  type ImportProblem,
  normalizedNameKey,
  normalizedPhone,
  readCsv,
  type Table,
  validateRows,
} from '../domain/importRows.js';
import { themeNameKey } from '../domain/validation/theme.js';
import type { Database, QueryRunner } from '../neo4j/database.js';
import {
  createImportedLinks,
  createImportedOrganizations,
  createImportedPersons,
  type ImportedLink,
  listNamed,
  listPersonIdentities,
  mergeImportedLinks,
  mergeImportedThemes,
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
  const byName = new Map<string, { id: string; name: string; details: Set<string> }[]>();
  const byDetail = new Map<string, { id: string; name: string }>();
  const detailsOf = (p: { email: string | null; phone: string | null; postcode: string | null }) =>
    [
      p.email ? `e:${p.email.toLowerCase()}` : null,
      p.phone ? `p:${normalizedPhone(p.phone)}` : null,
      p.postcode ? `c:${p.postcode}` : null,
    ].filter((d): d is string => d !== null);
  const remember = (id: string, name: string, details: string[]) => {
    const key = normalizedNameKey(name);
    const list = byName.get(key) ?? [];
    list.push({ id, name, details: new Set(details) });
    byName.set(key, list);
    for (const d of details)
      if (!d.startsWith('c:') && !byDetail.has(d)) byDetail.set(d, { id, name });
  };
  for (const p of stored) remember(p.id, p.name, detailsOf(p));
  const storedIds = new Set(stored.map((p) => p.id));
  const fresh: (ImportPerson & { id: string })[] = [];
  const personOf = new Map<number, string>();
  let existing = 0;
  for (const row of persons) {
    const details = detailsOf(row);
    // With no detail on either side the name is all there is: the same person (so that
    // re-importing a list of bare names creates nothing new).
    const same = (byName.get(row.nameKey) ?? []).find(
      (c) =>
        details.some((d) => c.details.has(d)) || (details.length === 0 && c.details.size === 0),
    );
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
    const near =
      (byName.get(row.nameKey) ?? [])[0] ??
      details.map((d) => byDetail.get(d)).find((c) => c !== undefined);
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
    remember(id, row.name, details);
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
): Promise<ImportReport> {
  const started = performance.now();
  const table = await readTable(file);
  const stored = await db.read('import.preview', listPersonIdentities);
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
): Promise<ImportPreview> {
  const started = performance.now();
  const table = await readTable(file);
  const stored = await db.read('import.preview', listPersonIdentities);
  const { report } = plan(table, stored, options, file.name);
  return { report: { ...report, elapsedMs: Math.round(performance.now() - started) }, table };
}

/** Whether the report has problems that stop the import (an invalid row or a missing column). */
export const isBlocked = (report: ImportReport) => blocking(report);

const BATCH = 10_000;
const chunks = <T>(rows: T[]) =>
  Array.from({ length: Math.ceil(rows.length / BATCH) }, (_, i) =>
    rows.slice(i * BATCH, (i + 1) * BATCH),
  );

/**
 * Links of one type, each pair once (two rows can be the same person in the same club): links
 * from people created by this import cannot exist yet and are CREATEd; links from people already
 * stored are MERGEd on the register's key.
 */
async function writeLinks(
  tx: QueryRunner,
  type: 'MEMBER_OF' | 'LIVES_IN' | 'ACTIVE_IN',
  toLabel: 'Organization' | 'Area' | 'Theme',
  links: ImportedLink[],
  created: ReadonlySet<string>,
  provenance: { createdBy: string; source: string },
) {
  const unique = [...new Map(links.map((link) => [`${link.from} ${link.to}`, link])).values()];
  for (const batch of chunks(unique.filter((link) => created.has(link.from))))
    await createImportedLinks(tx, type, toLabel, batch, provenance);
  for (const batch of chunks(unique.filter((link) => !created.has(link.from))))
    await mergeImportedLinks(tx, type, toLabel, batch, provenance);
}

async function writePlan(tx: QueryRunner, planned: Plan, createdBy: string, source: string) {
  const provenance = { createdBy, source };
  for (const batch of chunks(planned.persons)) {
    await createImportedPersons(
      tx,
      batch.map(
        ({ line: _l, nameKey: _k, organization: _o, role: _r, area: _a, themes: _t, ...p }) => p,
      ),
      provenance,
    );
  }
  const created = new Set(planned.persons.map((person) => person.id));
  // Organisations by case-insensitive name (new ones are created as associations), areas by name.
  const lower = (name: string) => name.trim().toLowerCase();
  const organizations = new Map(
    (await listNamed(tx, 'Organization')).map((o) => [lower(o.name), o.id]),
  );
  const newOrganizations: { id: string; name: string }[] = [];
  const areas = new Map((await listNamed(tx, 'Area')).map((a) => [lower(a.name), a.id]));
  const themeRows = new Map<string, { id: string; name: string; nameKey: string }>();
  const memberships: ImportedLink[] = [];
  const residences: ImportedLink[] = [];
  const themeLinks: { from: string; nameKey: string }[] = [];
  for (const row of planned.rows) {
    const person = planned.personOf.get(row.line);
    if (!person) continue;
    if (row.organization) {
      let id = organizations.get(lower(row.organization));
      if (!id) {
        id = randomUUID();
        organizations.set(lower(row.organization), id);
        newOrganizations.push({ id, name: row.organization });
      }
      memberships.push({ id: randomUUID(), from: person, to: id, role: row.role });
    }
    const area = row.area ? areas.get(lower(row.area)) : undefined;
    if (area) residences.push({ id: randomUUID(), from: person, to: area, role: null });
    for (const theme of row.themes) {
      const nameKey = themeNameKey(theme);
      if (!themeRows.has(nameKey))
        themeRows.set(nameKey, { id: randomUUID(), name: theme, nameKey });
      themeLinks.push({ from: person, nameKey });
    }
  }
  for (const batch of chunks(newOrganizations))
    await createImportedOrganizations(tx, batch, provenance);
  const themes = await mergeImportedThemes(tx, [...themeRows.values()], provenance);
  await writeLinks(tx, 'MEMBER_OF', 'Organization', memberships, created, provenance);
  await writeLinks(tx, 'LIVES_IN', 'Area', residences, created, provenance);
  const active = themeLinks.flatMap((l) => {
    const to = themes.get(l.nameKey);
    return to ? [{ id: randomUUID(), from: l.from, to, role: null }] : [];
  });
  await writeLinks(tx, 'ACTIVE_IN', 'Theme', active, created, provenance);
}

/**
 * Imports the file all-or-nothing: when any row is invalid nothing is written; otherwise every new
 * person, organisation, theme and link is written in ONE transaction (with its audit entry), so a
 * failure half-way leaves nothing behind. Importing the same file again creates nothing new.
 */
export async function runImport(
  ctx: AuditContext,
  file: ImportFile,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const started = performance.now();
  const table = await readTable(file);
  const createdBy = ctx.viewer.kind === 'user' ? ctx.viewer.userId : 'system';
  const source = `import:${file.name.split(/[\\/]/).pop() ?? file.name}`;
  // One transaction for the whole file (all-or-nothing), allowed a minute plus 20 ms a row.
  const timeoutMs = 60_000 + table.rows.length * 20;
  const report = await ctx.db.write(
    'import.run',
    async (tx) => {
      const planned = plan(table, await listPersonIdentities(tx), options, file.name);
      if (blocking(planned.report)) return planned.report;
      await writePlan(tx, planned, createdBy, source);
      await auditInTransaction(tx, ctx, 'import', {
        subjectType: 'Import',
        details: {
          file: file.name,
          rows: planned.report.rows,
          created: planned.report.created,
          existing: planned.report.existing,
        },
      });
      return { ...planned.report, committed: true };
    },
    { timeoutMs },
  );
  return { ...report, elapsedMs: Math.round(performance.now() - started) };
}
