import { describe, expect, it } from 'vitest';
import {
  canImport,
  downloadName,
  exportUrl,
  fieldOfColumn,
  type ImportReport,
  initialDefaults,
  parseImportReport,
  progressPercent,
  withColumnField,
} from './dataTransfer';
import { ShapeError } from './shape';
import { sampleReport } from './testImportReport';

describe('the data transfer model', () => {
  it('parses a report and refuses one with an unknown outcome', () => {
    expect(parseImportReport(structuredClone(sampleReport))).toEqual(sampleReport);
    const broken = structuredClone(sampleReport) as unknown as { sample: { outcome: string }[] };
    if (broken.sample[0]) broken.sample[0].outcome = 'MAYBE';
    expect(() => parseImportReport(broken)).toThrow(ShapeError);
  });

  it('maps a column to one field, and a field from one column only', () => {
    expect(fieldOfColumn(sampleReport.mapping, 'Mail')).toBe('EMAIL');
    expect(fieldOfColumn(sampleReport.mapping, 'Dorp')).toBeNull();
    const moved = withColumnField(sampleReport.mapping, 'Dorp', 'NAME');
    expect(moved).toEqual([
      { field: 'EMAIL', column: 'Mail' },
      { field: 'NAME', column: 'Dorp' },
    ]);
    expect(withColumnField(moved, 'Mail', null)).toEqual([{ field: 'NAME', column: 'Dorp' }]);
  });

  it('allows an import only without blocking problems', () => {
    expect(canImport(sampleReport)).toBe(false);
    const nearOnly: ImportReport = {
      ...sampleReport,
      problems: [
        {
          line: 2,
          code: 'NEAR_MATCH',
          field: null,
          message: '',
          matchId: 'x',
          matchName: 'Jan',
        },
      ],
    };
    expect(canImport(nearOnly)).toBe(true);
    expect(canImport({ ...nearOnly, rowCount: 0 })).toBe(false);
  });

  it('fills the progress bar by phase', () => {
    expect(progressPercent({ phase: 'uploading', percent: 50 })).toBe(30);
    expect(progressPercent({ phase: 'writing' })).toBe(80);
    expect(progressPercent({ phase: 'done' })).toBe(100);
  });

  it('builds export URLs and reads the download name', () => {
    expect(exportUrl('gexf')).toBe('/export?format=gexf');
    expect(exportUrl('csv', 'edges')).toBe('/export?format=csv&part=edges');
    expect(downloadName('attachment; filename="antenne-x.gexf"', 'a')).toBe('antenne-x.gexf');
    expect(downloadName(null, 'antenne.json')).toBe('antenne.json');
  });

  it('defaults to a public task kept for five years', () => {
    expect(initialDefaults(new Date('2026-11-29T00:00:00Z'))).toMatchObject({
      legalBasis: 'PUBLIC_TASK',
      retainUntil: '2031-12-31',
    });
  });
});
