import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureAccount, signInAs } from '../test/accountFixtures.js';
import { fixture, type Made } from '../test/fixtures.js';
import { createTestApp, type TestApp } from '../test/testApp.js';

/*
 * A small made-up municipality, its own per run (tagged names, its own root area):
 *   kernen A and B under root G; officials O1 (covers A) and O2 (covers B).
 *   O1–Anna 5, O2–Anna 4, Anna–Bert 4           → A × Voedsel reached by two officials, all via Anna
 *   O1–Carla 3, Carla–Gijs 3                    → A × Jeugd hangs on official O1 (unique reach of O1)
 *   O2–Dirk 4                                   → B × Voedsel hangs on O2
 *   Eva–Frank 4, O2–Eva 1 (last contact 2019)   → B × Jeugd: the faded tie is not followed: blind spot
 *   Olga (A, Voedsel) objected, O1–Olga 5       → in no answer
 *   Hans started Voedseltuin (A, Voedsel); Hans–Anna 3
 *   Ivo knows Anna and Bert and is a member of Moestuin (A, Voedsel); Jet knows Anna and volunteers
 *   at Voedselbank (located in G, Voedsel) → connectors for Voedseltuin: Ivo (3 targets), then Jet.
 */
describe('the municipality questions through GraphQL', () => {
  let app: TestApp;
  let made: Made;
  let tag: string;
  /** Session cookies: deciding a suggestion needs an official or area broker. */
  let official: string;
  let officialId: string;
  let management: string;
  const gid = (typename: string, id: string | undefined) => encodeGlobalID(typename, id ?? '');

  beforeAll(async () => {
    app = await createTestApp();
    const fx = fixture(app.db);
    tag = fx.tag;
    made = await fx
      .area(`G ${tag}`, { key: 'G', level: 'MUNICIPALITY' })
      .area(`A ${tag}`, { key: 'A', parent: 'G' })
      .area(`B ${tag}`, { key: 'B', parent: 'G' })
      .theme(`Voedsel ${tag}`, { key: 'Voedsel' })
      .theme(`Jeugd ${tag}`, { key: 'Jeugd' })
      .official('O1', 'GEBIEDSMAKELAAR', { covers: 'A' })
      .official('O2', 'WIJKCONSULENT', { covers: 'B' })
      .person('Anna', { livesIn: 'A', activeIn: 'Voedsel' })
      .person('Bert', { livesIn: 'A', activeIn: 'Voedsel' })
      .person('Carla', { livesIn: 'A', activeIn: 'Jeugd' })
      .person('Gijs', { livesIn: 'A', activeIn: 'Jeugd' })
      .person('Dirk', { livesIn: 'B', activeIn: 'Voedsel' })
      .person('Eva', { livesIn: 'B', activeIn: 'Jeugd' })
      .person('Frank', { livesIn: 'B', activeIn: 'Jeugd' })
      .person('Olga', { livesIn: 'A', activeIn: 'Voedsel', objected: true })
      .person('Hans', { livesIn: 'A' })
      .person('Ivo', { livesIn: 'A' })
      .person('Jet', { livesIn: 'A' })
      .organization(`Moestuin ${tag}`, { key: 'Moestuin', locatedIn: 'A', activeIn: 'Voedsel' })
      .organization(`Voedselbank ${tag}`, {
        key: 'Voedselbank',
        locatedIn: 'G',
        activeIn: 'Voedsel',
      })
      .initiative(`Voedseltuin ${tag}`, { key: 'Voedseltuin', locatedIn: 'A', theme: 'Voedsel' })
      .link('INITIATES', 'Hans', 'Voedseltuin')
      .knows('O1', 'Anna', 5)
      .knows('O2', 'Anna', 4)
      .knows('Anna', 'Bert', 4)
      .knows('O1', 'Carla', 3)
      .knows('Carla', 'Gijs', 3)
      .knows('O2', 'Dirk', 4)
      .knows('Eva', 'Frank', 4)
      .knows('O2', 'Eva', 1, { lastContact: '2019-01-01' })
      .knows('O1', 'Olga', 5)
      .knows('Hans', 'Anna', 3)
      .knows('Ivo', 'Anna', 3)
      .knows('Ivo', 'Bert', 3)
      .knows('Jet', 'Anna', 3)
      .link('MEMBER_OF', 'Ivo', 'Moestuin')
      .link('VOLUNTEERS_AT', 'Jet', 'Voedselbank');
    // The municipality-wide official: a suggestion is decided only when both people are in scope.
    const officialAccount = await createFixtureAccount(app.db, {
      roles: ['OFFICIAL'],
      areaIds: [made.areas.G?.id ?? ''],
    });
    officialId = officialAccount.id;
    official = await signInAs(app, officialAccount);
    management = await signInAs(app, await createFixtureAccount(app.db, { roles: ['MANAGEMENT'] }));
  });
  afterAll(() => app.close());

  interface Node {
    id: string;
    name: string;
  }
  const names = (nodes: Node[] | undefined) => (nodes ?? []).map((node) => node.name).sort();

  it('lists each official’s antennae with unique reach, the kernen bridged, and never an objected person', async () => {
    const result = await app.gql<{
      antennae: {
        official: Node;
        reached: Node[];
        uniqueReach: number;
        uniquelyReached: Node[];
        areas: Node[];
      }[];
    }>(
      `query ($areaId: ID!) { antennae(areaId: $areaId) {
         official { id name } reached { name } uniqueReach uniquelyReached { name } areas { name } } }`,
      { areaId: gid('Area', made.areas.G?.id) },
    );
    expect(result.errors).toBeUndefined();
    const byName = new Map(result.data?.antennae.map((a) => [a.official.name, a]));
    expect(names(byName.get('O1')?.uniquelyReached)).toEqual(['Carla', 'Gijs']);
    expect(byName.get('O1')?.uniqueReach).toBe(2);
    expect(names(byName.get('O2')?.uniquelyReached)).toEqual(['Dirk']);
    expect(names(byName.get('O2')?.reached)).not.toContain('Eva');
    expect(names(byName.get('O2')?.areas)).toEqual([`A ${tag}`, `B ${tag}`]);
    expect(result.data?.antennae[0]?.official.name).toBe('O1');
    for (const antenna of result.data?.antennae ?? []) {
      expect(names(antenna.reached)).not.toContain('Olga');
    }
  });

  it('shows coverage per kern × theme with a blind spot and single points of failure', async () => {
    const result = await app.gql<{
      coverage: {
        area: Node;
        theme: Node;
        stakeholders: number;
        reached: number;
        redundancy: number;
        blindSpot: boolean;
        singlePointOfFailure: { kind: string; stakeholder: Node } | null;
      }[];
    }>(
      `query ($areaId: ID!) { coverage(areaId: $areaId) {
         area { name } theme { name } stakeholders reached redundancy blindSpot
         singlePointOfFailure { kind stakeholder { name } } } }`,
      { areaId: gid('Area', made.areas.G?.id) },
    );
    expect(result.errors).toBeUndefined();
    const cell = (area: string, theme: string) =>
      result.data?.coverage.find(
        (c) => c.area.name === `${area} ${tag}` && c.theme.name === `${theme} ${tag}`,
      );
    // Anna, Bert and Moestuin (three steps away, not reached); Olga objected and is not counted.
    expect(cell('A', 'Voedsel')).toMatchObject({
      stakeholders: 3,
      reached: 2,
      redundancy: 2,
      blindSpot: false,
      singlePointOfFailure: { kind: 'RESIDENT', stakeholder: { name: 'Anna' } },
    });
    expect(cell('A', 'Jeugd')).toMatchObject({
      stakeholders: 2,
      reached: 2,
      redundancy: 1,
      singlePointOfFailure: { kind: 'OFFICIAL', stakeholder: { name: 'O1' } },
    });
    expect(cell('B', 'Jeugd')).toMatchObject({ stakeholders: 2, reached: 0, blindSpot: true });
    expect(cell('B', 'Voedsel')?.singlePointOfFailure).toEqual({
      kind: 'OFFICIAL',
      stakeholder: { name: 'O2' },
    });
  });

  it('limits coverage to a subtree and to the themes asked for', async () => {
    const result = await app.gql<{
      coverage: { area: Node; theme: Node; singlePointOfFailure: { kind: string } | null }[];
    }>(
      `query ($areaId: ID!, $themeIds: [ID!]) { coverage(areaId: $areaId, themeIds: $themeIds) {
         area { name } theme { name } singlePointOfFailure { kind } } }`,
      { areaId: gid('Area', made.areas.A?.id), themeIds: [gid('Theme', made.themes.Jeugd?.id)] },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.coverage).toEqual([
      {
        area: { name: `A ${tag}` },
        theme: { name: `Jeugd ${tag}` },
        singlePointOfFailure: { kind: 'OFFICIAL' },
      },
    ]);
  });

  it('chooses connectors for an initiative greedily, each explained by paths', async () => {
    const result = await app.gql<{
      connectors: {
        targets: Node[];
        connectors: { person: Node; gain: number; newTargets: Node[]; paths: { text: string }[] }[];
      };
    }>(
      `query ($id: ID!) { connectors(initiativeId: $id, max: 3) {
         targets { name } connectors { person { name } gain newTargets { name } paths { text } } } }`,
      { id: gid('Initiative', made.initiatives.Voedseltuin?.id) },
    );
    expect(result.errors).toBeUndefined();
    expect(names(result.data?.connectors.targets)).toEqual(
      ['Anna', 'Bert', `Moestuin ${tag}`, `Voedselbank ${tag}`].sort(),
    );
    const chosen = result.data?.connectors.connectors ?? [];
    expect(chosen.map((c) => [c.person.name, c.gain])).toEqual([
      ['Ivo', 3],
      ['Jet', 1],
    ]);
    expect(chosen[1]?.paths.map((p) => p.text)).toEqual([`Jet → Voedselbank ${tag}`]);
  });

  it('suggests introductions with Dutch and English reasons; dismissed stays dismissed; accepted becomes KNOWS', async () => {
    const SUGGEST = `query ($for: ID!) { suggestions(for: $for, first: 20) {
      id candidate { name } reasonsNl reasonsEn status } }`;
    type Suggestions = {
      suggestions: { id: string; candidate: Node; reasonsNl: string; reasonsEn: string }[];
    };
    const bert = gid('Person', made.people.Bert?.id);
    const first = await app.gql<Suggestions>(SUGGEST, { for: bert });
    expect(first.errors).toBeUndefined();
    const byName = new Map(first.data?.suggestions.map((s) => [s.candidate.name, s]));
    expect(byName.has('Olga')).toBe(false);
    expect(byName.get('Jet')?.reasonsNl).toContain('1 gemeenschappelijk contact: Anna');
    const dirk = byName.get('Dirk');
    expect(dirk?.reasonsEn).toContain(`both active in Voedsel ${tag}`);
    expect(dirk?.reasonsNl).toContain(`verschillende kernen (A ${tag} en B ${tag})`);

    const DECIDE =
      'mutation ($id: ID!, $decision: SuggestionDecision!) { decideSuggestion(id: $id, decision: $decision) { status } }';
    // An official of kern A only may not decide about Dirk (kern B): like an unknown suggestion.
    const onlyA = await signInAs(
      app,
      await createFixtureAccount(app.db, {
        roles: ['OFFICIAL'],
        areaIds: [made.areas.A?.id ?? ''],
      }),
    );
    const refused = await app.gqlAs(onlyA, DECIDE, { id: dirk?.id, decision: 'DISMISS' });
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // Their suggestions for Bert (kern A) name only people of kern A.
    const scoped = await app.gqlAs<Suggestions>(onlyA, SUGGEST, { for: bert });
    expect(scoped.errors).toBeUndefined();
    const scopedNames = scoped.data?.suggestions.map((s) => s.candidate.name) ?? [];
    expect(scopedNames).toContain('Jet');
    expect(scopedNames).not.toContain('Dirk');
    const dismissed = await app.gqlAs<{ decideSuggestion: { status: string } }>(official, DECIDE, {
      id: dirk?.id,
      decision: 'DISMISS',
    });
    expect(dismissed.data?.decideSuggestion.status).toBe('DISMISSED');
    const accepted = await app.gqlAs<{ decideSuggestion: { status: string } }>(official, DECIDE, {
      id: byName.get('Jet')?.id,
      decision: 'ACCEPT',
    });
    expect(accepted.data?.decideSuggestion.status).toBe('ACCEPTED');
    const again = await app.gqlAs(official, DECIDE, { id: dirk?.id, decision: 'ACCEPT' });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const later = await app.gql<Suggestions>(SUGGEST, { for: bert });
    expect(names(later.data?.suggestions.map((s) => s.candidate))).not.toContain('Dirk');
    expect(names(later.data?.suggestions.map((s) => s.candidate))).not.toContain('Jet');
    const fromDirk = await app.gql<Suggestions>(SUGGEST, {
      for: gid('Person', made.people.Dirk?.id),
    });
    expect(names(fromDirk.data?.suggestions.map((s) => s.candidate))).not.toContain('Bert');

    const ties = await app.db.read('test.introducedTie', (tx) =>
      tx.run(
        `MATCH (:Person {id: $a})-[r:KNOWS]-(:Person {id: $b})
         RETURN r.strength AS strength, r.source AS source`,
        { a: made.people.Bert?.id, b: made.people.Jet?.id },
      ),
    );
    expect(ties).toEqual([{ strength: 2, source: 'introduced-by-antenne' }]);
  });

  it('lets only a signed-in official decide a suggestion, and audits the decision', async () => {
    const suggested = await app.gql<{ suggestions: { id: string; candidate: Node }[] }>(
      'query ($for: ID!) { suggestions(for: $for, first: 20) { id candidate { id name } } }',
      { for: gid('Person', made.people.Gijs?.id) },
    );
    expect(suggested.errors).toBeUndefined();
    const suggestion = suggested.data?.suggestions[0];
    expect(suggestion).toBeDefined();
    const DECIDE = `mutation ($id: ID!, $decision: SuggestionDecision!, $until: Date) {
      decideSuggestion(id: $id, decision: $decision, snoozeUntil: $until) { status snoozedUntil } }`;
    const until = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const variables = { id: suggestion?.id, decision: 'SNOOZE', until };
    const suggestionId = decodeGlobalID(suggestion?.id ?? '').id;
    const auditEntries = () =>
      app.db.read('test.suggestionAudit', (tx) =>
        tx.run(
          `MATCH (e:AuditEntry {action: 'suggestion.decided', subjectId: $id})
           RETURN e.actorId AS actorId, e.subjectType AS subjectType, e.result AS result,
                  e.details AS details`,
          { id: suggestionId },
        ),
      );

    const anonymous = await app.gqlAs(null, DECIDE, variables);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const forbidden = await app.gqlAs(management, DECIDE, variables);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await auditEntries()).toEqual([]);

    const decided = await app.gqlAs<{
      decideSuggestion: { status: string; snoozedUntil: string };
    }>(official, DECIDE, variables);
    expect(decided.errors).toBeUndefined();
    expect(decided.data?.decideSuggestion).toEqual({ status: 'SNOOZED', snoozedUntil: until });
    const entries = await auditEntries();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actorId: officialId,
      subjectType: 'Suggestion',
      result: 'success',
    });
    expect(JSON.parse(String(entries[0]?.details))).toMatchObject({
      decision: 'SNOOZE',
      status: 'SNOOZED',
      snoozedUntil: until,
      linkId: null,
    });
  });

  it('suggests people an initiative needs, and none for an objected person', async () => {
    const forInitiative = await app.gql<{
      suggestions: { candidate: Node; reasonsEn: string }[];
    }>('query ($for: ID!) { suggestions(for: $for) { candidate { name } reasonsEn } }', {
      for: gid('Initiative', made.initiatives.Voedseltuin?.id),
    });
    expect(forInitiative.errors).toBeUndefined();
    const dirk = forInitiative.data?.suggestions.find((s) => s.candidate.name === 'Dirk');
    expect(dirk?.reasonsEn).toContain(`the initiative needs Voedsel ${tag}`);
    expect(forInitiative.data?.suggestions.map((s) => s.candidate.name)).not.toContain('Olga');

    const forOlga = await app.gql('query ($for: ID!) { suggestions(for: $for) { id } }', {
      for: gid('Person', made.people.Olga?.id),
    });
    expect(forOlga.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
