import { describe, expect, it } from 'vitest';
import { generateDemoMunicipality, streamDemoMunicipality } from './generateDemoMunicipality.js';
import { MAX_SIZE, MIN_SIZE } from './model.js';

describe('generateDemoMunicipality: determinism and size', () => {
  it('gives byte-identical output for the same seed and size, and different output for another seed', () => {
    const a = JSON.stringify(generateDemoMunicipality({ size: 600, seed: 'oost' }));
    const b = JSON.stringify(generateDemoMunicipality({ size: 600, seed: 'oost' }));
    const c = JSON.stringify(generateDemoMunicipality({ size: 600, seed: 'west' }));
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it('streams the same rows in chunks no larger than asked, whatever the chunk size', () => {
    const whole = generateDemoMunicipality({ size: 700, seed: 'chunks' });
    const rows: unknown[] = [];
    for (const chunk of streamDemoMunicipality({ size: 700, seed: 'chunks', chunkSize: 123 })) {
      if (chunk.kind === 'landmarks') continue;
      expect(chunk.rows.length).toBeGreaterThan(0);
      expect(chunk.rows.length).toBeLessThanOrEqual(123);
      rows.push(...chunk.rows);
    }
    const all = [
      ...whole.areas,
      ...whole.themes,
      ...whole.organizations,
      ...whole.persons,
      ...whole.initiatives,
      ...whole.contacts,
      ...whole.relationships,
    ];
    const byId = (x: unknown) => (x as { id: string }).id;
    expect(rows.map(byId).sort()).toEqual(all.map(byId).sort());
  });

  it.each([MIN_SIZE, 1_234, 5_000])(
    'has exactly %i stakeholders (people + organisations)',
    (size) => {
      const m = generateDemoMunicipality({ size, seed: `size-${size}` });
      expect(m.persons.length + m.organizations.length).toBe(size);
      expect(m.organizations.length).toBeGreaterThan(size * 0.04);
    },
  );

  it('refuses sizes outside 500 to 100,000 and dates that are not dates', () => {
    expect(() => generateDemoMunicipality({ size: MIN_SIZE - 1 })).toThrow(/500 to 100000/);
    expect(() => generateDemoMunicipality({ size: MAX_SIZE + 1 })).toThrow(RangeError);
    expect(() => generateDemoMunicipality({ size: 1000.5 })).toThrow(RangeError);
    expect(() => generateDemoMunicipality({ size: 1000, today: '2026-02-30' })).toThrow(
      /YYYY-MM-DD/,
    );
  });

  it('stamps every row with provenance and the requested source', () => {
    const m = generateDemoMunicipality({ size: 500, source: 'seed:test-x' });
    const rows = [...m.areas, ...m.persons, ...m.contacts, ...m.relationships];
    for (const row of rows) {
      expect(row.source).toBe('seed:test-x');
      expect(row.createdBy).toBe('system');
      expect(row.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      expect(row.updatedAt >= row.createdAt).toBe(true);
    }
  });
});

describe('estimatedRowCount', () => {
  it('is within 10% of the rows actually streamed', async () => {
    const { estimatedRowCount } = await import('./generateDemoMunicipality.js');
    let rows = 0;
    for (const chunk of streamDemoMunicipality({ size: 4_000, seed: 'estimate' })) {
      if (chunk.kind !== 'landmarks') rows += chunk.rows.length;
    }
    expect(Math.abs(rows - estimatedRowCount(4_000)) / rows).toBeLessThan(0.1);
  });
});
