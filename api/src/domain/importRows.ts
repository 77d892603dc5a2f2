import { createPersonInput } from './validation/person.js';
import { legalBases } from './vocabulary.js';

/**
 * Reading a spreadsheet of people: decoding (UTF-8 with or without BOM, else Windows-1252), CSV
 * parsing (comma or semicolon, quoted fields), header mapping (Dutch and English names), row
 * validation with line numbers and codes, and the normalised name used for de-duplication.
 * Pure functions; the service adds the database.
 */

export const importFields = [
  'name',
  'email',
  'phone',
  'postcode',
  'notes',
  'organization',
  'role',
  'area',
  'theme',
  'legalBasis',
  'legalReference',
  'purpose',
  'retainUntil',
  'consentDate',
  'consentTextVersion',
] as const;
export type ImportField = (typeof importFields)[number];

/** Header spellings (compared after `headerKey`) that map to each field. */
const headerAliases: Record<ImportField, string[]> = {
  name: ['naam', 'name', 'volledige naam', 'full name', 'contactpersoon', 'contact'],
  email: ['email', 'e-mail', 'e-mailadres', 'emailadres', 'mail', 'email address'],
  phone: ['telefoon', 'telefoonnummer', 'tel', 'phone', 'mobiel', 'telephone', 'phone number'],
  postcode: ['postcode', 'postal code', 'zip', 'zipcode'],
  notes: ['notitie', 'notities', 'opmerking', 'opmerkingen', 'notes', 'note'],
  organization: ['organisatie', 'organization', 'organisation', 'vereniging', 'bedrijf', 'club'],
  role: ['rol', 'role', 'functie'],
  area: ['kern', 'wijk', 'buurt', 'dorp', 'area', 'village', 'kern/wijk'],
  theme: ['thema', 'theme', 'themas', 'themes'],
  legalBasis: ['grondslag', 'legal basis', 'legalbasis'],
  legalReference: ['wettelijke grondslag', 'legal reference', 'legalreference', 'referentie'],
  purpose: ['doel', 'purpose', 'doelbinding'],
  retainUntil: ['bewaren tot', 'bewaartermijn', 'retain until', 'retainuntil'],
  consentDate: ['toestemmingsdatum', 'datum toestemming', 'consent date', 'consentdate'],
  consentTextVersion: ['versie toestemmingstekst', 'consent text version', 'consenttextversion'],
};

export type ColumnMapping = Partial<Record<ImportField, string>>;

/** Defaults for the privacy fields, applied to rows whose own column is empty or absent. */
export interface ImportDefaults {
  legalBasis?: string;
  legalReference?: string;
  purpose?: string;
  retainUntil?: string;
  consentDate?: string;
  consentTextVersion?: string;
}

export interface Table {
  headers: string[];
  /** Data rows with their 1-based line number in the file (the header is line 1). */
  rows: { line: number; cells: string[] }[];
  delimiter?: ',' | ';' | '\t';
  encoding: 'utf-8' | 'windows-1252' | 'xlsx';
}

/** UTF-8 (a BOM is dropped) when the bytes are valid UTF-8, else Windows-1252 (Excel's "CSV"). */
export function decodeText(bytes: Uint8Array): { text: string; encoding: Table['encoding'] } {
  const body =
    bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(body), encoding: 'windows-1252' };
  }
}

/** Picks the delimiter that occurs most often in the header line, outside quotes. */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const end = text.search(/\r?\n/);
  const header = end < 0 ? text : text.slice(0, end);
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const char of header) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char in counts) counts[char as keyof typeof counts]++;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[',']) return '\t';
  return ',';
}

/** RFC 4180 CSV: quoted fields may hold delimiters, doubled quotes and line breaks. */
export function parseCsv(text: string, delimiter: string): { line: number; cells: string[] }[] {
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const endRecord = () => {
    cells.push(field);
    if (cells.length > 1 || cells[0] !== '') records.push({ line: recordLine, cells });
    cells = [];
    field = '';
  };
  while (i < text.length) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (char === '\n') line++;
        field += char;
      }
      i++;
      continue;
    }
    if (char === '"' && field === '') quoted = true;
    else if (char === delimiter) {
      cells.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else field += char;
    i++;
  }
  if (field !== '' || cells.length > 0) endRecord();
  return records;
}

export function readCsv(bytes: Uint8Array): Table {
  const { text, encoding } = decodeText(bytes);
  const delimiter = detectDelimiter(text);
  const [header, ...rows] = parseCsv(text, delimiter);
  return { headers: (header?.cells ?? []).map((cell) => cell.trim()), rows, delimiter, encoding };
}

const headerKey = (header: string) =>
  header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[_.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Maps each field to the first header that is one of its aliases; `overrides` win, and an empty
 * override ('') means the field is read from no column at all.
 */
export function detectMapping(headers: readonly string[], overrides: ColumnMapping = {}) {
  const mapping: ColumnMapping = {};
  for (const field of importFields) {
    const aliases = headerAliases[field];
    const header = headers.find((h) => aliases.includes(headerKey(h)));
    if (header !== undefined) mapping[field] = header;
  }
  for (const [field, header] of Object.entries(overrides)) {
    if (header) mapping[field as ImportField] = header;
    else if (header === '') delete mapping[field as ImportField];
  }
  return mapping;
}

/** Dutch name particles, left out of the comparison key ("Jan van der Berg" = "Berg, Jan v.d."). */
const particles = new Set([
  'van',
  'der',
  'den',
  'de',
  'het',
  "'t",
  't',
  'te',
  'ten',
  'ter',
  'in',
  'op',
  'v',
  'vd',
  'von',
  'la',
  'le',
  'du',
]);

/** Lower case, accents and punctuation gone, particles dropped, the other words sorted. */
export function normalizedNameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .split(/\s+/)
    .filter((word) => word !== '' && !particles.has(word))
    .sort()
    .join(' ');
}

export const normalizedPhone = (phone: string) =>
  phone.replace(/[^0-9+]/g, '').replace(/^\+31/, '0');

/** `31-12-2027`, `31/12/2027` or `2027-12-31` → `2027-12-31`; anything else as given. */
export function isoDateFrom(value: string): string {
  const trimmed = value.trim();
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(trimmed);
  if (dutch) {
    const [, day, month, year] = dutch as unknown as [string, string, string, string];
    return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  }
  return trimmed;
}

export type ImportProblemCode =
  | 'MISSING_COLUMN'
  | 'REQUIRED'
  | 'INVALID'
  | 'DUPLICATE_IN_FILE'
  | 'EXISTS'
  | 'NEAR_MATCH';

export interface ImportProblem {
  line: number;
  code: ImportProblemCode;
  field?: string;
  message: string;
  /** For EXISTS / NEAR_MATCH: the stored person it matches. */
  matchId?: string;
  matchName?: string;
}

/** A validated row, ready to store. */
export interface ImportPerson {
  line: number;
  name: string;
  nameKey: string;
  email: string | null;
  phone: string | null;
  postcode: string | null;
  notes: string | null;
  organization: string | null;
  role: string | null;
  area: string | null;
  themes: string[];
  legalBasis: string;
  legalReference: string | null;
  purpose: string;
  retainUntil: string;
  consentDate: string | null;
  consentTextVersion: string | null;
}

/** Validates every row against the register's person rules; returns the good rows and problems. */
export function validateRows(
  table: Table,
  mapping: ColumnMapping,
  defaults: ImportDefaults,
): { persons: ImportPerson[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const persons: ImportPerson[] = [];
  if (mapping.name === undefined) {
    problems.push({
      line: 1,
      code: 'MISSING_COLUMN',
      field: 'name',
      message: `No name column (naam/name) among: ${table.headers.join(', ')}`,
    });
    return { persons, problems };
  }
  const index = Object.fromEntries(
    Object.entries(mapping).map(([field, header]) => [field, table.headers.indexOf(header)]),
  ) as Partial<Record<ImportField, number>>;
  for (const [field, position] of Object.entries(index)) {
    if (position === -1) {
      problems.push({
        line: 1,
        code: 'MISSING_COLUMN',
        field,
        message: `The mapped column '${mapping[field as ImportField]}' is not in the file.`,
      });
    }
  }
  if (problems.length > 0) return { persons, problems };
  for (const { line, cells } of table.rows) {
    const cell = (field: ImportField): string | null => {
      const position = index[field];
      const value = position === undefined ? undefined : cells[position]?.trim();
      return value === undefined || value === '' ? null : value;
    };
    const withDefault = (field: ImportField & keyof ImportDefaults) =>
      cell(field) ?? defaults[field]?.trim() ?? null;
    const legalBasis = (withDefault('legalBasis') ?? '').toUpperCase().replace(/[\s-]+/g, '_');
    const date = (value: string | null) => (value === null ? null : isoDateFrom(value));
    const input = {
      name: cell('name') ?? '',
      email: cell('email')?.toLowerCase() ?? null,
      phone: cell('phone'),
      postcode: cell('postcode'),
      notes: cell('notes'),
      legalBasis: (legalBases as readonly string[]).includes(legalBasis)
        ? legalBasis
        : legalBasis || undefined,
      legalReference: withDefault('legalReference'),
      consentDate: date(withDefault('consentDate')),
      consentTextVersion: withDefault('consentTextVersion'),
      purpose: withDefault('purpose') ?? '',
      retainUntil: date(withDefault('retainUntil')) ?? '',
    };
    const parsed = createPersonInput.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path.join('.');
        const empty =
          input[field as keyof typeof input] === '' ||
          input[field as keyof typeof input] === undefined;
        problems.push({
          line,
          code: empty ? 'REQUIRED' : 'INVALID',
          field,
          message: empty ? `${field} is required (a column or a default).` : issue.message,
        });
      }
      continue;
    }
    const value = parsed.data;
    persons.push({
      line,
      name: value.name,
      nameKey: normalizedNameKey(value.name),
      email: value.email ?? null,
      phone: value.phone ?? null,
      postcode: value.postcode ?? null,
      notes: value.notes ?? null,
      organization: cell('organization'),
      role: cell('role'),
      area: cell('area'),
      themes: (cell('theme') ?? '')
        .split(/[,|/]/)
        .map((theme) => theme.trim())
        .filter((theme) => theme !== ''),
      legalBasis: value.legalBasis,
      legalReference: value.legalBasis === 'PUBLIC_TASK' ? (value.legalReference ?? null) : null,
      purpose: value.purpose,
      retainUntil: value.retainUntil,
      consentDate: value.legalBasis === 'CONSENT' ? (value.consentDate ?? null) : null,
      consentTextVersion:
        value.legalBasis === 'CONSENT' ? (value.consentTextVersion ?? null) : null,
    });
  }
  return { persons, problems };
}
