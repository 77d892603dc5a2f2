import { postcodeIn } from './contactDetails.js';
import { kernSpecs } from './municipalityMap.js';
import { generatePersonName } from './names.js';
import { consentTextVersions, publicTaskReferences } from './privacy.js';
import { Random } from './random.js';
import { themeNames } from './themes.js';

/**
 * A realistic people list as a municipality would hand it over for `pnpm antenne import`: Dutch
 * headers the importer recognises, semicolon-separated (Excel's Dutch "CSV"), one person per row
 * with e-mail, phone, postcode, a club or business with a role, a kern, one to three themes and the
 * privacy fields (public task with its legal reference, or consent with date and text version).
 * Deterministic: the same seed and row count give the same file. Every row is a distinct person
 * (its e-mail address is unique), so importing the file into a database without it creates `rows`
 * people; the same names recur, as they do in real lists (those rows are reported as near matches).
 */
export interface ImportCsvOptions {
  rows: number;
  /** Default `import`; another seed gives other people. */
  seed?: string;
  /** Default `;`. */
  delimiter?: ';' | ',';
  /** Organisations to spread people over; default max(20, rows / 25). */
  organizations?: number;
}

export const importCsvHeaders = [
  'Naam',
  'E-mail',
  'Telefoon',
  'Postcode',
  'Organisatie',
  'Rol',
  'Kern',
  'Thema',
  'Grondslag',
  'Wettelijke grondslag',
  'Doel',
  'Bewaren tot',
  'Toestemmingsdatum',
  'Versie toestemmingstekst',
] as const;

const clubKinds = [
  'Voetbalvereniging',
  'Tennisclub',
  'Muziekvereniging',
  'Buurtvereniging',
  'Zonnebloem afdeling',
  'Oranjecomité',
  'Dorpsraad',
  'Zorgcoöperatie',
  'Bakkerij',
  'Installatiebedrijf',
] as const;
const roles = ['lid', 'voorzitter', 'secretaris', 'penningmeester', 'vrijwilliger', 'medewerker'];

const quote = (value: string, delimiter: string) =>
  value.includes(delimiter) || value.includes('"') || value.includes('\n')
    ? `"${value.replaceAll('"', '""')}"`
    : value;

/** The lines of the file (header first), generated lazily: a 100,000-row file never sits in memory twice. */
export function* importCsvLines(options: ImportCsvOptions): Generator<string> {
  const random = new Random(`import-csv:${options.seed ?? 'import'}`);
  const delimiter = options.delimiter ?? ';';
  const organizationCount = options.organizations ?? Math.max(20, Math.round(options.rows / 25));
  const organizations = Array.from({ length: organizationCount }, (_, i) => {
    const kern = kernSpecs[i % kernSpecs.length] ?? kernSpecs[0];
    const kind = clubKinds[Math.floor(i / kernSpecs.length) % clubKinds.length] ?? clubKinds[0];
    const round = Math.floor(i / (kernSpecs.length * clubKinds.length));
    return `${kind} ${kern?.name ?? 'Berkelveld'}${round > 0 ? ` ${round + 1}` : ''}`;
  });
  yield importCsvHeaders.join(delimiter);
  for (let i = 0; i < options.rows; i++) {
    const kern = random.weighted(kernSpecs, (spec) => spec.weight);
    const name = generatePersonName(random);
    const themeCount = random.int(1, 3);
    const themes = new Set<string>();
    while (themes.size < themeCount) themes.add(random.pick(themeNames));
    const consent = random.chance(0.5);
    const year = 2027 + random.int(0, 4);
    const cells = [
      name.full,
      `${name.handle}.${i + 1}@example.nl`,
      `06-${String(10_000_000 + ((i * 7_919 + random.int(0, 7_918)) % 89_999_999))}`,
      postcodeIn(random.pick(kern.postcodes), random),
      random.chance(0.8) ? random.pick(organizations) : '',
      random.pick(roles),
      kern.name,
      [...themes].join(', '),
      consent ? 'CONSENT' : 'PUBLIC_TASK',
      consent ? '' : random.pick(publicTaskReferences),
      consent
        ? `Op de hoogte blijven van initiatieven in ${kern.name}`
        : `Netwerkontwikkeling en ondersteuning van inwonersinitiatieven in ${kern.name}`,
      `${year}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
      consent ? `${random.int(1, 28)}-${random.int(1, 12)}-${2024 + random.int(0, 1)}` : '',
      consent ? random.pick(consentTextVersions) : '',
    ];
    yield cells.map((cell) => quote(cell, delimiter)).join(delimiter);
  }
}

/** The whole file as text (CRLF line ends, as Excel writes them). */
export function generateImportCsv(options: ImportCsvOptions): string {
  return `${[...importCsvLines(options)].join('\r\n')}\r\n`;
}
