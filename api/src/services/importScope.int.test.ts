import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureAccount, signInAs } from '../test/accountFixtures.js';
import { fixture, type Made } from '../test/fixtures.js';
import { createTestApp, type TestApp } from '../test/testApp.js';

/**
 * An official imports within their own areas (docs/privacy.md §7): people outside them are never
 * matched (so never named in a preview nor linked to), and an area outside them reads as unknown.
 */
describe('import within the importer’s areas', { timeout: 90_000 }, () => {
  const t = `S${randomUUID().slice(0, 8)}`;
  let app: TestApp;
  let made: Made;
  let official: string;
  const defaults = {
    legalBasis: 'PUBLIC_TASK',
    legalReference: 'Gemeentewet art. 160',
    purpose: 'Contact met verenigingen',
    retainUntil: `${new Date().getFullYear() + 2}-12-31`,
  };
  const report = `created existing nearMatches committed problems { line code matchName }`;
  const run = `mutation ($file: ImportFileInput!, $defaults: ImportDefaultsInput) {
    runImport(file: $file, defaults: $defaults) { ${report} } }`;
  const preview = `query ($file: ImportFileInput!, $defaults: ImportDefaultsInput) {
    previewImport(file: $file, defaults: $defaults) { ${report} } }`;
  const csv = () =>
    `naam;email;kern\nPiet Buiten ${t};piet.${t}@example.nl;Buiten ${t}\nAnna Binnen ${t};anna.${t}@example.nl;Binnen ${t}\n`;
  const file = () => ({
    name: 'leden.csv',
    contentBase64: Buffer.from(csv(), 'utf8').toString('base64'),
  });
  interface Report {
    created: number;
    existing: number;
    nearMatches: number;
    committed: boolean;
    problems: { line: number; code: string; matchName: string | null }[];
  }

  beforeAll(async () => {
    app = await createTestApp();
    made = await fixture(app.db)
      .area(`Binnen ${t}`, { key: 'in', level: 'KERN' })
      .area(`Buiten ${t}`, { key: 'out', level: 'KERN' })
      .person(`Piet Buiten ${t}`, { key: 'piet', email: `piet.${t}@example.nl`, livesIn: 'out' });
    const account = await createFixtureAccount(app.db, {
      roles: ['OFFICIAL'],
      areaIds: [made.areas.in?.id ?? ''],
    });
    official = await signInAs(app, account);
  });
  afterAll(async () => {
    await app.close();
  });

  it('does not match or name a person outside the official’s areas', async () => {
    const result = await app.gqlAs<{ previewImport: Report }>(official, preview, {
      file: file(),
      defaults,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.previewImport).toMatchObject({ created: 2, existing: 0, nearMatches: 0 });
    expect(JSON.stringify(result.data)).not.toContain(made.people.piet?.id ?? 'missing');
  });

  it('creates both, places only the one in the official’s area, and leaves the other person alone', async () => {
    const result = await app.gqlAs<{ runImport: Report }>(official, run, {
      file: file(),
      defaults,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.runImport).toMatchObject({ created: 2, committed: true });
    const rows = await app.db.read('test.placed', (tx) =>
      tx.run<{ name: string; id: string; areas: string[] }>(
        `MATCH (p:Person) WHERE p.name IN $names
         RETURN p.name AS name, p.id AS id, [(p)-[:LIVES_IN]->(a:Area) | a.id] AS areas
         ORDER BY name, id`,
        { names: [`Piet Buiten ${t}`, `Anna Binnen ${t}`] },
      ),
    );
    const anna = rows.filter((row) => row.name.startsWith('Anna'));
    const pieten = rows.filter((row) => row.name.startsWith('Piet'));
    expect(anna).toHaveLength(1);
    expect(anna[0]?.areas).toEqual([made.areas.in?.id]);
    // The stored Piet keeps only his own link; the imported Piet (unknown area) is unplaced.
    expect(pieten).toHaveLength(2);
    const stored = pieten.find((row) => row.id === made.people.piet?.id);
    const imported = pieten.find((row) => row.id !== made.people.piet?.id);
    expect(stored?.areas).toEqual([made.areas.out?.id]);
    expect(imported?.areas).toEqual([]);
  });
});
