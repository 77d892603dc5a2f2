import { describe, expect, it } from 'vitest';
import { generateImportCsv, importCsvHeaders, importCsvLines } from './importCsv.js';

describe('generateImportCsv', () => {
  it('writes the header and one line per row, the same for the same seed and other for another', () => {
    const text = generateImportCsv({ rows: 250, seed: 'a' });
    const lines = text.trimEnd().split('\r\n');
    expect(lines[0]).toBe(importCsvHeaders.join(';'));
    expect(lines).toHaveLength(251);
    expect(generateImportCsv({ rows: 250, seed: 'a' })).toBe(text);
    expect(generateImportCsv({ rows: 250, seed: 'b' })).not.toBe(text);
    expect([...importCsvLines({ rows: 250, seed: 'a' })].join('\r\n')).toBe(text.trimEnd());
  });

  it('gives every row all columns, a unique e-mail and the privacy fields its legal basis needs', () => {
    const rows = generateImportCsv({ rows: 500, seed: 'c', delimiter: ',' })
      .trimEnd()
      .split('\r\n')
      .slice(1)
      // The legal reference and the themes hold commas, so they are quoted.
      .map((line) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].map((m) => m[1] ?? ''))
      .map((cells) => cells.slice(0, importCsvHeaders.length));
    const column = (name: (typeof importCsvHeaders)[number]) => importCsvHeaders.indexOf(name);
    expect(rows.every((cells) => cells.length === importCsvHeaders.length)).toBe(true);
    expect(new Set(rows.map((cells) => cells[column('E-mail')])).size).toBe(500);
    for (const cells of rows) {
      expect(cells[column('Naam')]).toMatch(/^\S+ .+/);
      expect(cells[column('Postcode')]).toMatch(/^\d{4}[A-Z]{2}$/);
      expect(cells[column('Bewaren tot')]).toMatch(/^20(2[7-9]|3[01])-\d\d-\d\d$/);
      const consent = cells[column('Grondslag')] === 'CONSENT';
      expect(consent || cells[column('Grondslag')] === 'PUBLIC_TASK').toBe(true);
      expect(cells[column(consent ? 'Toestemmingsdatum' : 'Wettelijke grondslag')]).not.toBe('');
    }
  });
});
