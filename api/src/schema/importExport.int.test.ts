import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureAccount, signInAs } from '../test/accountFixtures.js';
import { createTestApp, type TestApp } from '../test/testApp.js';

/** Import and export over HTTP, as the web app does it: through `yoga.fetch`, signed in. */
describe('import and export over GraphQL and /export', { timeout: 90_000 }, () => {
  let app: TestApp;
  let official: string;
  let officialId: string;
  const inTwoYears = `${new Date().getFullYear() + 2}-12-31`;
  const defaults = {
    legalBasis: 'PUBLIC_TASK',
    legalReference: 'Gemeentewet art. 160',
    purpose: 'Contact met verenigingen',
    retainUntil: inTwoYears,
  };
  const fields = `fileName encoding delimiter columns suggestedMapping { field column }
    mapping { field column } rowCount skipped created existing invalid nearMatches problemCount
    problems { line code field message matchId matchName }
    sample { line cells outcome values { field value } } committed`;
  const previewQuery = `query ($file: ImportFileInput!, $mapping: [ImportColumnInput!], $defaults: ImportDefaultsInput, $decisions: [NearMatchDecisionInput!]) {
    previewImport(file: $file, mapping: $mapping, defaults: $defaults, decisions: $decisions) { ${fields} } }`;
  const runMutation = `mutation ($file: ImportFileInput!, $mapping: [ImportColumnInput!], $defaults: ImportDefaultsInput, $decisions: [NearMatchDecisionInput!]) {
    runImport(file: $file, mapping: $mapping, defaults: $defaults, decisions: $decisions) { ${fields} } }`;
  interface Report {
    columns: string[];
    suggestedMapping: { field: string; column: string }[];
    mapping: { field: string; column: string }[];
    rowCount: number;
    skipped: number;
    created: number;
    existing: number;
    invalid: number;
    nearMatches: number;
    problems: { line: number; code: string; field: string | null; matchName: string | null }[];
    sample: { line: number; cells: string[]; outcome: string; values: { field: string }[] }[];
    committed: boolean;
    delimiter: string | null;
    encoding: string;
  }
  const file = (name: string, text: string) => ({
    name,
    contentBase64: Buffer.from(text, 'utf8').toString('base64'),
  });
  /** A phone number no other test uses (phones match people across the shared database). */
  const uniquePhone = () => `06${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
  const count = async (token: string) =>
    (
      await app.db.read('test.count', (tx) =>
        tx.run<{ n: number }>(
          'MATCH (p:Person) WHERE p.name CONTAINS $token RETURN count(p) AS n',
          { token },
        ),
      )
    )[0]?.n;

  beforeAll(async () => {
    app = await createTestApp();
    const account = await createFixtureAccount(app.db, { roles: ['OFFICIAL'] });
    officialId = account.id;
    official = await signInAs(app, account);
  });
  afterAll(async () => {
    await app.close();
  });

  it('previews a messy file with a mapping: columns, suggestion, first rows, report and near matches', async () => {
    const t = `T${randomUUID().slice(0, 8)}`;
    await app.gqlAs(official, runMutation, {
      file: file('oud.csv', `naam;email\nAnnie Wolters ${t};annie.${t}@example.nl\n`),
      defaults,
    });
    const csv = `\uFEFFNaam lid;E-mail;Woonplaats;Bewaren tot\r\nAnnie Wolters ${t};andere.${t}@example.nl;Lievelde;31-12-2030\r\nBram Ebbers ${t};bram.${t}@example.nl;Zieuwent;30-02-2030\r\nCor Kamphuis ${t};;;\r\n`;
    const result = await app.gqlAs<{ previewImport: Report }>(official, previewQuery, {
      file: file('leden.csv', csv),
      mapping: [{ field: 'NAME', column: 'Naam lid' }],
      defaults,
    });
    expect(result.errors).toBeUndefined();
    const report = result.data?.previewImport as Report;
    expect(report.columns).toEqual(['Naam lid', 'E-mail', 'Woonplaats', 'Bewaren tot']);
    expect(report.delimiter).toBe(';');
    expect(report.suggestedMapping).toEqual([
      { field: 'EMAIL', column: 'E-mail' },
      { field: 'RETAIN_UNTIL', column: 'Bewaren tot' },
    ]);
    expect(report.mapping).toContainEqual({ field: 'NAME', column: 'Naam lid' });
    expect(report.sample.map((r) => [r.line, r.outcome])).toEqual([
      [2, 'NEAR_MATCH'],
      [3, 'INVALID'],
      [4, 'NEW'],
    ]);
    expect(report.sample[0]?.values.map((v) => v.field)).toEqual(['NAME', 'EMAIL', 'RETAIN_UNTIL']);
    expect(report.problems.map((p) => [p.line, p.code, p.field])).toEqual([
      [2, 'NEAR_MATCH', null],
      [3, 'INVALID', 'retainUntil'],
    ]);
    expect(report.problems[0]?.matchName).toBe(`Annie Wolters ${t}`);
    expect(report).toMatchObject({ rowCount: 3, invalid: 1, nearMatches: 1, committed: false });
    expect(await count(t)).toBe(1);
  });

  it('runs an import once, with a near-match decision, and a second run creates nothing', async () => {
    const t = `T${randomUUID().slice(0, 8)}`;
    const [phone1, phone2] = [uniquePhone(), uniquePhone()];
    await app.gqlAs(official, runMutation, {
      file: file('a.csv', `naam,telefoon\nDini Geurink ${t},${phone1}\n`),
      defaults,
    });
    const csv = `naam,telefoon,organisatie,thema\nDini Geurink ${t},${phone2},Zangkoor ${t},Cultuur\nEef Bulten ${t},,Zangkoor ${t},\nFenna Slot ${t},,,\n`;
    const args = {
      file: file('koor.csv', csv),
      defaults,
      decisions: [
        { line: 2, decision: 'SAME_PERSON' },
        { line: 4, decision: 'SKIP' },
      ],
    };
    const first = await app.gqlAs<{ runImport: Report }>(official, runMutation, args);
    expect(first.errors).toBeUndefined();
    expect(first.data?.runImport).toMatchObject({
      committed: true,
      rowCount: 2,
      skipped: 1,
      created: 1,
      existing: 1,
    });
    expect(await count(t)).toBe(2);
    expect(await count(`Fenna Slot ${t}`)).toBe(0);
    const dini = await app.db.read('test.dini', (tx) =>
      tx.run<{ org: string }>(
        `MATCH (p:Person {name: $name})-[:MEMBER_OF]->(o:Organization) RETURN o.name AS org`,
        { name: `Dini Geurink ${t}` },
      ),
    );
    expect(dini).toEqual([{ org: `Zangkoor ${t}` }]);
    const again = await app.gqlAs<{ runImport: Report }>(official, runMutation, args);
    expect(again.data?.runImport).toMatchObject({ committed: true, created: 0, existing: 2 });
    expect(await count(t)).toBe(2);
    const audited = await app.db.read('test.audit', (tx) =>
      tx.run<{ n: number }>(
        `MATCH (e:AuditEntry {action: 'import', actorId: $id}) WHERE e.details CONTAINS 'koor.csv'
         RETURN count(e) AS n`,
        { id: officialId },
      ),
    );
    expect(audited[0]?.n).toBe(2);
  });

  it('refuses a bad file with a coded error and leaves the database unchanged', async () => {
    const t = `T${randomUUID().slice(0, 8)}`;
    const invalid = await app.gqlAs<{ runImport: Report }>(official, runMutation, {
      file: file('fout.csv', `naam,bewaren tot\nGoed ${t},31-12-2030\nFout ${t},31-13-2030\n`),
      defaults,
    });
    expect(invalid.data).toBeNull();
    expect(invalid.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION', field: 'file' });
    expect(invalid.errors?.[0]?.message).toContain('line 3');
    const corrupt = await app.gqlAs(official, runMutation, {
      file: {
        name: `kapot-${t}.xlsx`,
        contentBase64: Buffer.from('PK\u0003\u0004 not a zip').toString('base64'),
      },
      defaults,
    });
    expect(corrupt.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION', field: 'file' });
    const notBase64 = await app.gqlAs(official, previewQuery, {
      file: { name: 'x.csv', contentBase64: '%%%' },
    });
    expect(notBase64.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION', field: 'file' });
    expect(await count(t)).toBe(0);
  });

  it('asks for sign-in and a role that records people', async () => {
    const args = { file: file('a.csv', 'naam\nX\n'), defaults };
    const anonymous = await app.gqlAs(null, previewQuery, args);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const management = await signInAs(
      app,
      await createFixtureAccount(app.db, { roles: ['MANAGEMENT'] }),
    );
    const forbidden = await app.gqlAs(management, runMutation, args);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('downloads an export limited to the viewer’s areas, audited, without objectors; anonymous gets 401', async () => {
    const t = `T${randomUUID().slice(0, 8)}`;
    const [inside, outside] = [randomUUID(), randomUUID()];
    await app.db.write('test.areas', (tx) =>
      tx.run(
        `UNWIND $areas AS a
         CREATE (:Area {id: a.id, name: a.name, level: 'KERN', createdAt: datetime(), updatedAt: datetime(), createdBy: 'system', source: 'manual'})`,
        {
          areas: [
            { id: inside, name: `Binnen ${t}` },
            { id: outside, name: `Buiten ${t}` },
          ],
        },
      ),
    );
    // Imported by the default test account (whole register): an official places people only
    // in their own areas (services/importScope.int.test.ts).
    const imported = await app.gql<{ runImport: Report }>(runMutation, {
      file: file(
        'dorp.csv',
        `naam,kern\nGijs ${t},Binnen ${t}\nHanna ${t},Binnen ${t}\nIna ${t},Buiten ${t}\n`,
      ),
      defaults,
    });
    expect(imported.data?.runImport.created).toBe(3);
    await app.db.write('test.object', (tx) =>
      tx.run('MATCH (p:Person {name: $name}) SET p.objected = true', { name: `Hanna ${t}` }),
    );
    const account = await createFixtureAccount(app.db, {
      roles: ['AREA_BROKER'],
      areaIds: [inside],
    });
    const broker = await signInAs(app, account);
    const download = (format: string, cookie: string | null, part = '') =>
      app.yoga.fetch(`http://yoga/export?format=${format}${part}`, {
        headers: cookie ? { cookie } : {},
      });

    const gexf = await download('gexf', broker);
    expect(gexf.status).toBe(200);
    expect(gexf.headers.get('content-type')).toContain('application/gexf+xml');
    expect(gexf.headers.get('content-disposition')).toMatch(/attachment; filename=".*\.gexf"/);
    const text = await gexf.text();
    expect(text).toContain('<gexf xmlns="http://gexf.net/1.3"');
    expect(text).toContain(`Gijs ${t}`);
    expect(text).not.toContain(`Hanna ${t}`);
    expect(text).not.toContain(`Ina ${t}`);
    expect(gexf.headers.get('x-export-nodes')).toBe('2');

    const edges = await download('csv', broker, '&part=edges');
    expect((await edges.text()).split('\r\n')[0]).toBe('source,target,type,weight,id');
    const json = (await (await download('json', broker)).json()) as { nodes: unknown[] };
    expect(json.nodes).toHaveLength(2);
    const audited = await app.db.read('test.audit', (tx) =>
      tx.run<{ n: number }>(
        `MATCH (e:AuditEntry {action: 'export', actorId: $id}) RETURN count(e) AS n`,
        { id: account.id },
      ),
    );
    expect(audited[0]?.n).toBe(3);

    const anonymous = await download('gexf', null);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({
      errors: [{ extensions: { code: 'UNAUTHENTICATED' } }],
    });
    const admin = await signInAs(app, await createFixtureAccount(app.db, { roles: ['ADMIN'] }));
    expect((await download('gexf', admin)).status).toBe(403);
    const badFormat = await download('pdf', broker);
    expect(badFormat.status).toBe(400);
    expect(await badFormat.json()).toMatchObject({
      errors: [{ extensions: { code: 'VALIDATION', field: 'format' } }],
    });
  });
});
