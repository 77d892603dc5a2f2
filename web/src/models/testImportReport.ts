import type { ImportReport } from './dataTransfer';

/** A small preview report for the data-transfer unit tests. */
export const sampleReport: ImportReport = {
  fileName: 'leden.csv',
  encoding: 'utf-8',
  delimiter: ';',
  columns: ['Naam', 'Mail', 'Dorp'],
  suggestedMapping: [{ field: 'NAME', column: 'Naam' }],
  mapping: [
    { field: 'NAME', column: 'Naam' },
    { field: 'EMAIL', column: 'Mail' },
  ],
  rowCount: 2,
  skipped: 0,
  created: 1,
  existing: 0,
  invalid: 1,
  nearMatches: 0,
  problemCount: 1,
  problems: [
    {
      line: 3,
      code: 'INVALID',
      field: 'email',
      message: 'Not an e-mail address.',
      matchId: null,
      matchName: null,
    },
  ],
  sample: [
    { line: 2, cells: ['Jan', 'jan@example.nl', 'Lievelde'], outcome: 'NEW' },
    { line: 3, cells: ['Piet', 'geen', ''], outcome: 'INVALID' },
  ],
  committed: false,
  elapsedMs: 12,
};
