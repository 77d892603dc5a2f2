import { randomUUID } from 'node:crypto';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../app/context.js';
import { findScores, writeScores } from '../repositories/analysisRunRepository.js';
import { findProjectionNodes } from '../repositories/projectionRepository.js';
import { saveOpenSuggestions } from '../repositories/suggestionRepository.js';
import { createFixtureAccount, signInAs } from '../test/accountFixtures.js';
import { fixture, type Made } from '../test/fixtures.js';
import { createTestApp, type TestApp } from '../test/testApp.js';
import { exportFiles, readNetworkExport } from './exportService.js';
import { ledgerHashOf, reeraseFromLedger } from './privacyRightsService.js';

let app: TestApp;
let officer: string;
let official: string;
let officerViewer: Viewer;

const ERASE = `mutation ($id: ID!) { erasePerson(personId: $id) {
  personId ledgerHash linksRemoved contactsRemoved contactsKept suggestionsRemoved accountsUnlinked } }`;
const OBJECT = `mutation ($id: ID!) { recordObjection(personId: $id) {
  personId objectedAt suggestionsRemoved scoresCleared } }`;
const ACCESS = `query ($id: ID!) { subjectAccess(personId: $id) { personId generatedAt json html } }`;

interface Erasure {
  personId: string;
  ledgerHash: string;
  linksRemoved: number;
  contactsRemoved: number;
  contactsKept: number;
  suggestionsRemoved: number;
  accountsUnlinked: number;
}

/** Every node (but the audit trail) and relationship holding the text in any property. */
async function traces(text: string): Promise<string[]> {
  const holds = (x: string) => `any(k IN keys(${x}) WHERE CASE
      WHEN valueType(${x}[k]) STARTS WITH 'LIST' THEN any(v IN ${x}[k] WHERE toString(v) CONTAINS $text)
      ELSE toString(${x}[k]) CONTAINS $text END)`;
  const rows = await app.db.read('test.traces', (tx) =>
    tx.run<{ where: string }>(
      `CALL () {
         MATCH (n) WHERE NOT n:AuditEntry AND ${holds('n')}
         RETURN 'node ' + labels(n)[0] AS where
         UNION ALL
         MATCH ()-[r]->() WHERE ${holds('r')}
         RETURN 'relationship ' + type(r) AS where
       }
       RETURN where`,
      { text },
    ),
  );
  return rows.map((row) => row.where);
}

/** A subject with links, two contact moments, suggestions and scores, and their neighbours. */
async function subjectWithEverything(): Promise<{ made: Made; id: string; name: string }> {
  const tag = randomUUID().slice(0, 8);
  const name = `Erika Wisselaar ${tag}`;
  const made = await fixture(app.db)
    .area(`Wisselveld ${tag}`, { level: 'KERN', key: 'area' })
    .person(name, { key: 'subject', livesIn: 'area' })
    .person(`Anna ${tag}`, { key: 'anna' })
    .person(`Bram ${tag}`, { key: 'bram' })
    .organization(`Koor ${tag}`, { key: 'koor' })
    .knows('subject', 'anna', 4)
    .knows('anna', 'bram', 3)
    .link('MEMBER_OF', 'subject', 'koor', { role: 'singer' })
    .contact(['subject'], { note: 'Alone at the door.' })
    .contact(['subject', 'anna'], { note: `Anna came with ${name}.` });
  const subject = made.people.subject;
  const anna = made.people.anna;
  const bram = made.people.bram;
  if (!subject || !anna || !bram) throw new Error('fixture incomplete');
  await app.db.write('test.suggestionsAndScores', async (tx) => {
    await saveOpenSuggestions(tx, [
      {
        id: randomUUID(),
        pairKey: `people:${[subject.id, bram.id].sort().join('|')}`,
        subjectId: subject.id,
        candidateId: bram.id,
        initiativeId: null,
        score: 1.2,
        reasonsNl: ['1 gemeenschappelijk contact: Anna'],
        reasonsEn: ['1 mutual contact: Anna'],
        mutualContactIds: [anna.id],
        personIds: [subject.id, bram.id],
      },
      {
        id: randomUUID(),
        pairKey: `people:${[anna.id, `x-${tag}`].sort().join('|')}`,
        subjectId: anna.id,
        candidateId: bram.id,
        initiativeId: null,
        score: 0.8,
        reasonsNl: [`1 gemeenschappelijk contact: ${name}`, 'Zelfde thema'],
        reasonsEn: [`1 mutual contact: ${name}`, 'Same theme'],
        mutualContactIds: [subject.id],
        personIds: [anna.id, bram.id],
      },
    ]);
    // The second one was dismissed: it must stay (dismissed stays dismissed), without the subject.
    await tx.run(
      `MATCH (s:Suggestion {subjectId: $anna}) WHERE $subject IN s.mutualContactIds
       SET s.status = 'DISMISSED'`,
      { anna: anna.id, subject: subject.id },
    );
    await writeScores(tx, 'PERSON', `run-${tag}`, [
      {
        id: subject.id,
        degree: 3,
        weightedDegree: 2.5,
        betweenness: 0.4,
        closeness: 0.5,
        pagerank: 0.1,
        eigenvector: 0.2,
        constraint: 0.6,
        effectiveSize: 1.5,
        coreNumber: 1,
        community: 7,
      },
    ]);
  });
  return { made, id: subject.id, name };
}

beforeAll(async () => {
  app = await createTestApp();
  const po = await createFixtureAccount(app.db, { roles: ['PRIVACY_OFFICER'] });
  officer = await signInAs(app, po);
  official = await signInAs(app, await createFixtureAccount(app.db, { roles: ['OFFICIAL'] }));
  officerViewer = {
    kind: 'user',
    userId: po.id,
    username: po.username,
    displayName: po.displayName,
    roles: po.roles,
    areaIds: [],
    personId: null,
  };
}, 240_000);

afterAll(async () => {
  await app.close();
});

describe('residents’ rights', { timeout: 240_000 }, () => {
  it('are for the privacy officer only', async () => {
    const { id } = await subjectWithEverything();
    const gid = encodeGlobalID('Person', id);
    for (const query of [ERASE, OBJECT, ACCESS]) {
      const asOfficial = await app.gqlAs(official, query, { id: gid });
      expect(asOfficial.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const anonymous = await app.gqlAs(null, query, { id: gid });
      expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect(await traces(id)).toContain('node Person');
  });

  it('gives access to everything stored about a person, including who viewed them, as JSON and HTML', async () => {
    const { id, name } = await subjectWithEverything();
    const gid = encodeGlobalID('Person', id);
    await app.gqlAs(officer, ACCESS, { id: gid });
    const answer = await app.gqlAs<{
      subjectAccess: { personId: string; json: string; html: string };
    }>(officer, ACCESS, { id: gid });
    expect(answer.errors).toBeUndefined();
    const access = answer.data?.subjectAccess;
    const data = JSON.parse(access?.json ?? '{}') as {
      person: Record<string, unknown>;
      scores: Record<string, unknown>;
      links: { type: string }[];
      contacts: { role: string; properties: { note: string } }[];
      suggestions: { role: string }[];
      auditTrail: { action: string; actorId: string }[];
    };
    expect(data.person.name).toBe(name);
    expect(data.person.legalBasis).toBe('PUBLIC_TASK');
    expect(data.person.retainUntil).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(data.scores).toMatchObject({ degree: 3, community: 7 });
    expect(data.links.map((link) => link.type).sort()).toEqual(['KNOWS', 'LIVES_IN', 'MEMBER_OF']);
    expect(data.contacts).toHaveLength(2);
    expect(data.suggestions.map((s) => s.role).sort()).toEqual(['MUTUAL_CONTACT', 'SUBJECT']);
    // The first export is in the second one's audit trail: who looked, and when.
    expect(data.auditTrail.map((entry) => entry.action)).toContain('person.access_exported');
    expect(data.auditTrail[0]?.actorId).toBe(officerViewer.kind === 'user' && officerViewer.userId);
    expect(access?.html).toContain(`<h1>Inzageverzoek / Subject access: ${name}</h1>`);
    expect(access?.html).toContain('Anna came with');
    expect(access?.html).toContain('person.access_exported');
  });

  it('erases a person so that nothing of them is left in Neo4j, the exports or the scores', async () => {
    const { made, id, name } = await subjectWithEverything();
    const account = await createFixtureAccount(app.db, { roles: ['OFFICIAL'], personId: id });
    expect((await traces(id)).length).toBeGreaterThan(5);
    expect((await traces(name)).length).toBeGreaterThan(2);

    const answer = await app.gqlAs<{ erasePerson: Erasure }>(officer, ERASE, {
      id: encodeGlobalID('Person', id),
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.erasePerson).toMatchObject({
      linksRemoved: 3,
      contactsRemoved: 1,
      contactsKept: 1,
      suggestionsRemoved: 2,
      accountsUnlinked: 1,
    });
    const ledgerHash = answer.data?.erasePerson.ledgerHash ?? '';
    expect(ledgerHash).toMatch(/^[0-9a-f]{64}$/);

    // Neo4j: no node (but the audit trail's ids) and no relationship holds the id or the name.
    expect(await traces(id)).toEqual([]);
    expect(await traces(name)).toEqual([]);
    const audit = await app.db.read('test.audit', (tx) =>
      tx.run<{ details: string; action: string }>(
        'MATCH (e:AuditEntry {subjectId: $id}) RETURN e.details AS details, e.action AS action',
        { id },
      ),
    );
    expect(audit.map((entry) => entry.action)).toContain('person.erased');
    for (const entry of audit) expect(entry.details).not.toContain(name);
    // What stays of the others: Anna's contact moment without the subject, the dismissal.
    const anna = made.people.anna?.id ?? '';
    const kept = await app.db.read('test.kept', (tx) =>
      tx.run<{ note: string; participants: string[] }>(
        `MATCH (c:Contact)-[:INVOLVES]->(:Person {id: $anna})
         RETURN c.note AS note, [(c)-[:INVOLVES]->(p) | p.id] AS participants`,
        { anna },
      ),
    );
    expect(kept).toEqual([{ note: 'Anna came with [gewist].', participants: [anna] }]);
    const dismissed = await app.db.read('test.dismissed', (tx) =>
      tx.run<{ status: string; reasons: string[] }>(
        'MATCH (s:Suggestion {subjectId: $anna}) RETURN s.status AS status, s.reasonsNl AS reasons',
        { anna },
      ),
    );
    expect(dismissed).toEqual([{ status: 'DISMISSED', reasons: ['Zelfde thema'] }]);
    const ledger = await app.db.read('test.ledger', (tx) =>
      tx.run<{ reason: string }>(
        'MATCH (l:ErasureLedgerEntry {hash: $hash}) RETURN l.reason AS reason',
        { hash: ledgerHash },
      ),
    );
    expect(ledger).toEqual([{ reason: 'request' }]);
    const unlinked = await app.db.read('test.account', (tx) =>
      tx.run<{ personId: string | null }>(
        'MATCH (a:Account {id: $a}) RETURN a.personId AS personId',
        {
          a: account.id,
        },
      ),
    );
    expect(unlinked).toEqual([{ personId: null }]);

    // Exports in every format, the projection and the scores hold nothing of them.
    const exported = await readNetworkExport({ db: app.db, viewer: officerViewer }, 'json', null);
    for (const format of ['json', 'csv', 'gexf', 'graphml', 'people'] as const) {
      for (const file of exportFiles(exported, format)) {
        expect(file.content).not.toContain(id);
        expect(file.content).not.toContain(name);
      }
    }
    const projected = await app.db.read('test.projection', (tx) =>
      findProjectionNodes(tx, { areaId: null }),
    );
    expect(projected.some((node) => node.id === id || node.name === name)).toBe(false);
    expect(await app.db.read('test.scores', (tx) => findScores(tx, 'Person', [id]))).toEqual([]);

    // Erasing again: NOT_FOUND, nothing else happens.
    const again = await app.gqlAs(officer, ERASE, { id: encodeGlobalID('Person', id) });
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('takes an objecting person out of every projection, score, suggestion and export at once', async () => {
    const { id, name } = await subjectWithEverything();
    const answer = await app.gqlAs<{
      recordObjection: { objectedAt: string; suggestionsRemoved: number; scoresCleared: boolean };
    }>(officer, OBJECT, { id: encodeGlobalID('Person', id) });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.recordObjection).toMatchObject({
      suggestionsRemoved: 2,
      scoresCleared: true,
    });
    expect(await app.db.read('test.scores', (tx) => findScores(tx, 'Person', [id]))).toEqual([]);
    const suggestions = await app.db.read('test.suggestions', (tx) =>
      tx.run(
        `MATCH (s:Suggestion) WHERE s.subjectId = $id OR s.candidateId = $id OR $id IN s.mutualContactIds
           OR any(r IN s.reasonsNl WHERE r CONTAINS $name) RETURN s.id`,
        { id, name },
      ),
    );
    expect(suggestions).toEqual([]);
    const projected = await app.db.read('test.projection', (tx) =>
      findProjectionNodes(tx, { areaId: null }),
    );
    expect(projected.some((node) => node.id === id)).toBe(false);
    const exported = await readNetworkExport({ db: app.db, viewer: officerViewer }, 'json', null);
    for (const file of exportFiles(exported, 'json')) expect(file.content).not.toContain(id);
    // Still in the register (objection is not erasure), marked so.
    const person = await app.db.read('test.person', (tx) =>
      tx.run<{ objected: boolean }>('MATCH (p:Person {id: $id}) RETURN p.objected AS objected', {
        id,
      }),
    );
    expect(person).toEqual([{ objected: true }]);
  });

  it('erases again, after a backup is restored, everyone in the erasure ledger', async () => {
    const { id, name } = await subjectWithEverything();
    const other = await subjectWithEverything();
    await app.gqlAs(officer, ERASE, { id: encodeGlobalID('Person', id) });
    // The restore: the person is back, with a link, from a backup made before the erasure.
    await app.db.write('test.restore', (tx) =>
      tx.run(
        `MATCH (o:Person {id: $other})
         CREATE (p:Person {id: $id, name: $name, legalBasis: 'CONSENT', purpose: 'x',
           retainUntil: date('2099-01-01')})-[:KNOWS {id: randomUUID(), strength: 2}]->(o)`,
        { id, name, other: other.id },
      ),
    );
    const ctx = { db: app.db, viewer: { kind: 'anonymous' } as const };
    const dry = await reeraseFromLedger(ctx, { secret: undefined, dryRun: true });
    expect(dry.erased).toContain(id);
    expect(dry.erased).not.toContain(other.id);
    expect(await traces(id)).toContain('node Person');

    const done = await reeraseFromLedger(ctx, { secret: undefined });
    expect(done.erased).toContain(id);
    expect(done.checked).toBeGreaterThanOrEqual(done.erased.length);
    expect(await traces(id)).toEqual([]);
    expect(await traces(name)).toEqual([]);
    expect(await traces(other.id)).toContain('node Person');

    // A ledger kept outside the backup works too: a hash the database no longer has.
    const lost = randomUUID();
    await app.db.write('test.lost', (tx) =>
      tx.run(
        `CREATE (:Person {id: $lost, name: 'Restored', legalBasis: 'CONSENT', purpose: 'x',
           retainUntil: date('2099-01-01')})`,
        { lost },
      ),
    );
    const secret = await app.db.read('test.secret', (tx) =>
      tx.run<{ secret: string }>(
        "MATCH (k:ErasureLedgerKey {id: 'ledger'}) RETURN k.secret AS secret",
      ),
    );
    const hash = ledgerHashOf(secret[0]?.secret ?? '', lost);
    const fromFile = await reeraseFromLedger(ctx, { secret: undefined, extraHashes: [hash] });
    expect(fromFile.erased).toEqual([lost]);
    expect(await traces(lost)).toEqual([]);
  });
});
