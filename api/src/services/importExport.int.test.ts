import { randomInt, randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../app/context.js';
import type { Database } from '../neo4j/database.js';
import { migrate } from '../neo4j/migrate.js';
import { connectTestDatabase } from '../test/testApp.js';
import { exportFiles, readNetworkExport, toCsv } from './exportService.js';
import { previewImport, runImport } from './importService.js';

/** Messy spreadsheets like the ones municipalities keep; every test uses its own unique names. */
describe('import and export', () => {
  let db: Database;
  const anonymous: Viewer = { kind: 'anonymous' };
  const defaults = {
    legalBasis: 'PUBLIC_TASK',
    legalReference: 'Gemeentewet art. 160',
    purpose: 'Contact met verenigingen',
    retainUntil: '2031-12-31',
  };
  const win1252 = (text: string) =>
    Uint8Array.from([...text].map((c) => ({ é: 0xe9, ë: 0xeb, ö: 0xf6 })[c] ?? c.charCodeAt(0)));
  const count = async (token: string) =>
    (
      await db.read('test.count', (tx) =>
        tx.run<{ n: number }>(
          'MATCH (p:Person) WHERE p.name CONTAINS $token RETURN count(p) AS n',
          {
            token,
          },
        ),
      )
    )[0]?.n;

  beforeAll(async () => {
    db = connectTestDatabase();
    await migrate(db);
  });
  afterAll(async () => {
    await db.close();
  });

  it('reads an Excel CSV (semicolons, BOM), folds casing and accents into one person, and re-imports nothing', async () => {
    const t = `T${randomUUID().slice(0, 8)}`;
    // A phone number of this test's own: other tests in the shared database record 06-12345678.
    const phone = String(randomInt(10_000_000, 100_000_000));
    const csv = `\uFEFFNaam;E-mail;Telefoon;Postcode;Organisatie;Rol;Thema\r\nJosé van der Berg ${t};jose.${t}@example.nl;06-${phone};7137 AB;Harmonie ${t};voorzitter;Cultuur\r\njose VAN DER berg ${t};;06${phone};;;;\r\n"Ërik; de Wit ${t}";erik.${t}@example.nl;;7131 CD;;;Sport, Cultuur\r\n`;
    const file = { name: `leden-${t}.csv`, bytes: new TextEncoder().encode(csv) };
    const first = await runImport({ db, viewer: anonymous }, file, { defaults });
    expect(first).toMatchObject({
      encoding: 'utf-8',
      delimiter: ';',
      rows: 3,
      created: 2,
      existing: 1,
      committed: true,
    });
    expect(first.problems).toEqual([
      expect.objectContaining({ line: 3, code: 'DUPLICATE_IN_FILE' }),
    ]);
    expect(await count(t)).toBe(2);
    const again = await runImport({ db, viewer: anonymous }, file, { defaults });
    expect(again).toMatchObject({ created: 0, existing: 3, committed: true });
    expect(await count(t)).toBe(2);
    const links = await db.read('test.links', (tx) =>
      tx.run<{ type: string; role: string | null }>(
        `MATCH (p:Person)-[r]->() WHERE p.name STARTS WITH 'José' AND p.name CONTAINS $t
         RETURN type(r) AS type, r.role AS role ORDER BY type`,
        { t },
      ),
    );
    expect(links).toEqual([
      { type: 'ACTIVE_IN', role: null },
      { type: 'MEMBER_OF', role: 'voorzitter' },
    ]);
  });

  it('decodes Windows-1252 and offers a near match for review instead of merging it', async () => {
    const t = `T${randomUUID().slice(0, 8)}`;
    await runImport(
      { db, viewer: anonymous },
      {
        name: 'a.csv',
        bytes: new TextEncoder().encode(`naam,email\nAnnëke Jansen ${t},anneke.${t}@example.nl\n`),
      },
      { defaults },
    );
    const bytes = win1252(
      `name,email,phone\nAnnëke Jansen ${t},other.${t}@example.nl,\nRené Smit ${t},anneke.${t}@example.nl,\n`,
    );
    const report = await previewImport(db, { name: 'b.csv', bytes }, { defaults });
    expect(report.encoding).toBe('windows-1252');
    expect(report.problems.map((p) => [p.line, p.code, p.matchName])).toEqual([
      [2, 'NEAR_MATCH', `Annëke Jansen ${t}`],
      [3, 'NEAR_MATCH', `Annëke Jansen ${t}`],
    ]);
    expect(report.created).toBe(2);
  });

  it('writes nothing when one row is invalid (impossible date, missing legal basis)', async () => {
    const t = `T${randomUUID().slice(0, 8)}`;
    const csv = `naam,bewaren tot,grondslag\nGoed ${t},31-12-2030,\nFout ${t},30-02-2030,\nZonder ${t},31-12-2030,GEEN\n`;
    const report = await runImport(
      { db, viewer: anonymous },
      { name: 'c.csv', bytes: new TextEncoder().encode(csv) },
      { defaults: { legalBasis: 'PUBLIC_TASK', legalReference: 'Gemeentewet', purpose: 'Test' } },
    );
    expect(report.committed).toBe(false);
    expect(report.problems).toEqual([
      expect.objectContaining({ line: 3, code: 'INVALID', field: 'retainUntil' }),
      expect.objectContaining({ line: 4, code: 'INVALID', field: 'legalBasis' }),
    ]);
    expect(await count(t)).toBe(0);
  });

  it('refuses a file without a name column, and a person without privacy fields', async () => {
    const missing = await previewImport(
      db,
      { name: 'd.csv', bytes: new TextEncoder().encode('email,telefoon\na@b.nl,0612345678\n') },
      { defaults },
    );
    expect(missing.problems[0]).toMatchObject({ code: 'MISSING_COLUMN', field: 'name' });
    const noBasis = await previewImport(db, {
      name: 'e.csv',
      bytes: new TextEncoder().encode('naam\nPiet\n'),
    });
    expect(noBasis.problems.map((p) => p.field)).toEqual(
      expect.arrayContaining(['legalBasis', 'purpose', 'retainUntil']),
    );
  });

  it('reads XLSX (exceljs) with a mapping override', async () => {
    const t = `T${randomUUID().slice(0, 8)}`;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Leden');
    sheet.addRow(['Volledige naam van lid', 'Mail']);
    sheet.addRow([`Gerrit Kuipers ${t}`, `gerrit.${t}@example.nl`]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const report = await runImport(
      { db, viewer: anonymous },
      { name: 'leden.xlsx', bytes },
      { defaults, mapping: { name: 'Volledige naam van lid' } },
    );
    expect(report).toMatchObject({ encoding: 'xlsx', created: 1, committed: true });
    expect(await count(t)).toBe(1);
  });

  it('parses and validates a 5 MB file', async () => {
    const t = `T${randomUUID().slice(0, 8)}`;
    const lines = ['Naam;E-mail;Telefoon;Postcode;Notities'];
    let length = 0;
    for (let i = 0; length < 5_000_000 && i < 100_000; i += 1) {
      const line = `Persoon ${i} van Dijk ${t};p${i}.${t}@example.nl;06-${String(10_000_000 + i)};7137 AB;"lid sinds 2010; actief"`;
      length += line.length + 2;
      lines.push(line);
    }
    const bytes = new TextEncoder().encode(lines.join('\r\n'));
    expect(bytes.length).toBeGreaterThan(5_000_000);
    const report = await previewImport(db, { name: 'groot.csv', bytes }, { defaults });
    expect(report.rows).toBe(lines.length - 1);
    expect(report.invalid).toBe(0);
    expect(report.created).toBe(lines.length - 1);
  }, 60_000);

  it('exports the viewer’s area scope without people who objected, audited, for Gephi and CSV', async () => {
    const t = `T${randomUUID().slice(0, 8)}`;
    const areaId = randomUUID();
    await db.write('test.area', (tx) =>
      tx.run(
        `CREATE (:Area {id: $areaId, name: $name, level: 'KERN', createdAt: datetime(), updatedAt: datetime(), createdBy: 'system', source: 'manual'})`,
        { areaId, name: `Dorp ${t}` },
      ),
    );
    const csv = `naam,kern,thema\nAlie ${t},Dorp ${t},Zorg\nBert ${t},Dorp ${t},\nCor ${t},Dorp ${t},\n`;
    await runImport(
      { db, viewer: anonymous },
      { name: 'f.csv', bytes: new TextEncoder().encode(csv) },
      { defaults },
    );
    await db.write('test.object', (tx) =>
      tx.run(`MATCH (p:Person {name: $name}) SET p.objected = true`, { name: `Cor ${t}` }),
    );
    const viewer: Viewer = {
      kind: 'user',
      userId: randomUUID(),
      username: `u${t}`,
      displayName: 'U',
      roles: [],
      areaIds: [areaId],
      personId: null,
    };
    const data = await readNetworkExport({ db, viewer }, 'gexf');
    const names = data.nodes.map((n) => n.properties.name).sort();
    expect(names).toEqual([`Alie ${t}`, `Bert ${t}`, `Dorp ${t}`, 'Zorg'].sort());
    expect(data.edges.map((e) => e.type).sort()).toEqual(['ACTIVE_IN', 'LIVES_IN', 'LIVES_IN']);
    const [gexf] = exportFiles(data, 'gexf');
    expect(gexf?.content).toContain('<gexf xmlns="http://gexf.net/1.3"');
    expect(gexf?.content).toContain(`<attvalue for="area" value="Dorp ${t}"/>`);
    expect(gexf?.content).not.toContain(`Cor ${t}`);
    const [graphml] = exportFiles(data, 'graphml');
    expect(graphml?.content.match(/<edge /g)).toHaveLength(3);
    const audited = await db.read('test.audit', (tx) =>
      tx.run<{ n: number }>(
        `MATCH (e:AuditEntry {action: 'export', actorId: $userId}) RETURN count(e) AS n`,
        { userId: viewer.userId },
      ),
    );
    expect(audited[0]?.n).toBe(1);
    const { nodes, edges } = toCsv(data);
    expect(nodes.split('\r\n')[0]).toBe('id,label,kind,area,theme');
    expect(edges.trim().split('\r\n')).toHaveLength(4);
  });
});
