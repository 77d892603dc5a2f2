import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wholeRegister } from '../auth/registerScope.js';
import type { QueryEvent } from '../neo4j/database.js';
import { createFixtureAccount, signInAs } from '../test/accountFixtures.js';
import { fixture, type Made } from '../test/fixtures.js';
import { createTestApp, type TestApp } from '../test/testApp.js';
import { findAntennae } from './analysisService.js';
import { createLink } from './linkService.js';
import { updatePerson } from './personService.js';

const OBJECT = `mutation ($id: ID!) { recordObjection(personId: $id) { personId } }`;

/*
 * Official O covers kern A of its own root G; O knows Piet (4). Quinn and Rosa live in A and
 * are not reached until a write links them.
 */
describe('the projection cache', () => {
  let app: TestApp;
  let made: Made;
  let officer: string;
  const events: QueryEvent[] = [];
  let stopListening: () => void;
  const meta = { actor: 'projection-cache-test', source: 'manual' };

  const loads = () => events.filter((event) => event.operation === 'loadProjection').length;
  const versionReads = () =>
    events.filter((event) => event.operation === 'findProjectionVersion').length;
  const reachedNames = async () => {
    const areaId = made.areas.G?.id ?? '';
    const antennae = await findAntennae(app.db, { areaId, themeId: null, minWeight: null });
    expect(antennae).toHaveLength(1);
    return (antennae[0]?.reached ?? []).map((ref) => ref.name).sort();
  };

  beforeAll(async () => {
    app = await createTestApp();
    const fx = fixture(app.db);
    made = await fx
      .area(`G ${fx.tag}`, { key: 'G', level: 'MUNICIPALITY' })
      .area(`A ${fx.tag}`, { key: 'A', parent: 'G' })
      .official('O', 'GEBIEDSMAKELAAR', { covers: 'A' })
      .person('Piet', { livesIn: 'A' })
      .person('Quinn', { livesIn: 'A' })
      .person('Rosa', { livesIn: 'A' })
      .knows('O', 'Piet', 4);
    officer = await signInAs(
      app,
      await createFixtureAccount(app.db, { roles: ['PRIVACY_OFFICER'] }),
    );
    stopListening = app.db.onQuery((event) => events.push(event));
  });
  afterAll(async () => {
    stopListening();
    await app.close();
  });

  it('answers a repeated question from the cache: one version read, no projection reload', async () => {
    expect(await reachedNames()).toEqual(['Piet']);
    const loadsAfterFirst = loads();
    const versionsAfterFirst = versionReads();
    expect(loadsAfterFirst).toBeGreaterThan(0);

    expect(await reachedNames()).toEqual(['Piet']);
    expect(loads()).toBe(loadsAfterFirst);
    expect(versionReads()).toBe(versionsAfterFirst + 1);
  });

  it('reloads after createLink, updatePerson and an objection, and shows each change', async () => {
    const person = (key: string) => ({ label: 'Person' as const, id: made.people[key]?.id ?? '' });

    let before = loads();
    await createLink(app.db, wholeRegister, meta, {
      type: 'KNOWS',
      from: person('O'),
      to: person('Quinn'),
      strength: 4,
    });
    expect(await reachedNames()).toEqual(['Piet', 'Quinn']);
    expect(loads()).toBeGreaterThan(before);

    before = loads();
    await updatePerson(app.db, wholeRegister, meta, person('Quinn').id, { name: 'Quirina' });
    expect(await reachedNames()).toEqual(['Piet', 'Quirina']);
    expect(loads()).toBeGreaterThan(before);

    before = loads();
    const objection = await app.gqlAs<{ recordObjection: { personId: string } }>(officer, OBJECT, {
      id: encodeGlobalID('Person', person('Piet').id),
    });
    expect(objection.errors).toBeUndefined();
    expect(await reachedNames()).toEqual(['Quirina']);
    expect(loads()).toBeGreaterThan(before);

    // And unchanged again: cached.
    before = loads();
    expect(await reachedNames()).toEqual(['Quirina']);
    expect(loads()).toBe(before);
  });
});
