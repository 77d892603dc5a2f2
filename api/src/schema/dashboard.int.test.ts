import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysisRunSettled, startAnalysisRun } from '../services/analysisRunService.js';
import { createFixtureAccount, signInAs } from '../test/accountFixtures.js';
import { fixture, type Made } from '../test/fixtures.js';
import { createTestApp, type TestApp } from '../test/testApp.js';

/*
 * A made-up municipality of its own (tagged names):
 *   kernen A and B under G; themes Zorg and Sport.
 *   O1 (gebiedsmakelaar, covers A) knows twelve residents of A active in Zorg → A × Zorg: 12 people,
 *     all reached, by O1 only (single point: an official). Resident 1 is a member of Zangkoor (A).
 *   O2 (wijkconsulent, covers B) knows one of three residents of B active in Zorg → B × Zorg: 3
 *     people, suppressed. Two residents of A in Sport, unreached → suppressed too.
 *   Initiatives in A: IDEA (2 days to respond), INTAKE (4), ACTIVE (10); in B: DONE (6) and an IDEA
 *     without a response yet.
 */
describe('the management dashboard', () => {
  let app: TestApp;
  let made: Made;
  let tag: string;
  const cookies: Record<'management' | 'admin' | 'official', string> = {
    management: '',
    admin: '',
    official: '',
  };
  const gid = (typename: string, id: string | undefined) => encodeGlobalID(typename, id ?? '');

  const dashboardQuery = `query ($areaId: ID) { managementDashboard(areaId: $areaId) {
    root { id name } minimumCellPeople themes { id name }
    areas { id name geometry suppressed stakeholders reached share blindSpots cellsOnOneOfficial cellsOnOneResident suppressedCells }
    cells { areaId themeId suppressed stakeholders reached share redundancy blindSpot singlePointOfFailure }
    blindSpots suppressedCells cellsOnOneOfficial cellsOnOneResident
    posts { id officialRole areaNames ordinal }
    trend { at coverageShare antennae fragmentation }
    funnel { status count }
    speed { area { id name } answered awaitingResponse medianDays }
  } }`;
  const handoverQuery = `query ($postId: ID!, $areaId: ID) { handover(postId: $postId, areaId: $areaId) {
    post { id officialRole areaNames }
    peopleLosingOnlyLink peopleSuppressed
    organizations { id name kind areaName }
    areas { area { id name } onlyAssignedOfficial losesAllReach }
  } }`;

  interface DashboardData {
    managementDashboard: {
      root: { id: string; name: string };
      minimumCellPeople: number;
      themes: { id: string; name: string }[];
      areas: {
        id: string;
        name: string;
        geometry: string | null;
        suppressed: boolean;
        stakeholders: number | null;
        reached: number | null;
        share: number | null;
        cellsOnOneOfficial: number;
      }[];
      cells: {
        areaId: string;
        themeId: string;
        suppressed: boolean;
        stakeholders: number | null;
        reached: number | null;
        share: number | null;
        redundancy: number | null;
        blindSpot: boolean | null;
        singlePointOfFailure: string | null;
      }[];
      suppressedCells: number;
      cellsOnOneOfficial: number;
      posts: { id: string; officialRole: string; areaNames: string[]; ordinal: number | null }[];
      trend: { at: string; coverageShare: number | null; antennae: number | null }[];
      funnel: { status: string; count: number }[];
      speed: {
        area: { id: string; name: string } | null;
        answered: number;
        awaitingResponse: number;
        medianDays: number | null;
      }[];
    };
  }
  interface HandoverData {
    handover: {
      post: { officialRole: string; areaNames: string[] };
      peopleLosingOnlyLink: number | null;
      peopleSuppressed: boolean;
      organizations: { name: string; kind: string; areaName: string | null }[];
      areas: { area: { name: string }; onlyAssignedOfficial: boolean; losesAllReach: boolean }[];
    };
  }

  const dashboardAs = (cookie: string | null) =>
    app.gqlAs<DashboardData>(cookie, dashboardQuery, { areaId: gid('Area', made.areas.G?.id) });

  beforeAll(async () => {
    app = await createTestApp();
    const fx = fixture(app.db);
    tag = fx.tag;
    const square = (x: number) =>
      JSON.stringify({
        type: 'Polygon',
        coordinates: [
          [
            [6.5 + x, 52],
            [6.51 + x, 52],
            [6.51 + x, 52.01],
            [6.5 + x, 52.01],
            [6.5 + x, 52],
          ],
        ],
      });
    fx.area(`G ${tag}`, { key: 'G', level: 'MUNICIPALITY' })
      .area(`A ${tag}`, { key: 'A', parent: 'G', geometry: square(0) })
      .area(`B ${tag}`, { key: 'B', parent: 'G', geometry: square(0.01) })
      .theme(`Zorg ${tag}`, { key: 'Zorg' })
      .theme(`Sport ${tag}`, { key: 'Sport' })
      .official(`Olga Gebiedsmakelaar ${tag}`, 'GEBIEDSMAKELAAR', { key: 'O1', covers: 'A' })
      .official(`Otto Wijkconsulent ${tag}`, 'WIJKCONSULENT', { key: 'O2', covers: 'B' })
      .organization(`Zangkoor ${tag}`, { key: 'Zangkoor', locatedIn: 'A', activeIn: 'Zorg' });
    for (let i = 1; i <= 12; i++) {
      fx.person(`Resident A${i} ${tag}`, { key: `A${i}`, livesIn: 'A', activeIn: 'Zorg' });
      fx.knows('O1', `A${i}`, 4);
    }
    fx.link('MEMBER_OF', 'A1', 'Zangkoor');
    for (let i = 1; i <= 3; i++) {
      fx.person(`Resident B${i} ${tag}`, { key: `B${i}`, livesIn: 'B', activeIn: 'Zorg' });
    }
    fx.knows('O2', 'B1', 4);
    fx.person(`Sporter 1 ${tag}`, { key: 'S1', livesIn: 'A', activeIn: 'Sport' });
    fx.person(`Sporter 2 ${tag}`, { key: 'S2', livesIn: 'A', activeIn: 'Sport' });
    const initiative = (key: string, area: string, fields: Record<string, unknown>) =>
      fx.initiative(`${key} ${tag}`, { key, locatedIn: area, theme: 'Zorg', ...fields });
    initiative('I1', 'A', {
      status: 'IDEA',
      receivedAt: '2025-01-01',
      firstResponseAt: '2025-01-03',
    });
    initiative('I2', 'A', {
      status: 'INTAKE',
      receivedAt: '2025-01-01',
      firstResponseAt: '2025-01-05',
    });
    initiative('I3', 'A', {
      status: 'ACTIVE',
      receivedAt: '2025-01-01',
      firstResponseAt: '2025-01-11',
    });
    initiative('I4', 'B', {
      status: 'DONE',
      receivedAt: '2025-02-01',
      firstResponseAt: '2025-02-07',
    });
    initiative('I5', 'B', { status: 'IDEA', receivedAt: '2025-03-01' });
    made = await fx;
    for (const role of ['MANAGEMENT', 'ADMIN', 'OFFICIAL'] as const) {
      const account = await createFixtureAccount(app.db, { roles: [role] });
      cookies[role === 'MANAGEMENT' ? 'management' : role === 'ADMIN' ? 'admin' : 'official'] =
        await signInAs(app, account);
    }
  });

  afterAll(async () => {
    await app?.close();
  });

  it('refuses anonymous viewers and officials, and answers management and admins', async () => {
    const anonymous = await dashboardAs(null);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.data).toBeNull();
    const official = await dashboardAs(cookies.official);
    expect(official.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const management = await dashboardAs(cookies.management);
    expect(management.errors).toBeUndefined();
    expect(management.data?.managementDashboard.root.name).toBe(`G ${tag}`);
    const admin = await dashboardAs(cookies.admin);
    expect(admin.errors).toBeUndefined();
    const handover = await app.gqlAs(null, handoverQuery, { postId: 'post-x' });
    expect(handover.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const officialHandover = await app.gqlAs(cookies.official, handoverQuery, { postId: 'post-x' });
    expect(officialHandover.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('shows cells of ten or more people and suppresses smaller ones', async () => {
    const { data } = await dashboardAs(cookies.management);
    const dashboard = data?.managementDashboard;
    expect(dashboard?.minimumCellPeople).toBe(10);
    const cell = (area: string, theme: string) =>
      dashboard?.cells.find(
        (c) =>
          c.areaId === gid('Area', made.areas[area]?.id) &&
          c.themeId === gid('Theme', made.themes[theme]?.id),
      );
    // A × Zorg: twelve residents and the choir, all reached by O1 alone.
    expect(cell('A', 'Zorg')).toEqual({
      areaId: gid('Area', made.areas.A?.id),
      themeId: gid('Theme', made.themes.Zorg?.id),
      suppressed: false,
      stakeholders: 13,
      reached: 13,
      share: 1,
      redundancy: 1,
      blindSpot: false,
      singlePointOfFailure: 'OFFICIAL',
    });
    for (const [area, theme] of [
      ['B', 'Zorg'],
      ['A', 'Sport'],
    ] as const) {
      expect(cell(area, theme)).toMatchObject({
        suppressed: true,
        stakeholders: null,
        reached: null,
        share: null,
        redundancy: null,
        blindSpot: null,
        singlePointOfFailure: null,
      });
    }
    expect(dashboard?.suppressedCells).toBe(2);
    expect(dashboard?.cellsOnOneOfficial).toBe(1);
    expect(dashboard?.themes.map((t) => t.name)).toEqual([`Sport ${tag}`, `Zorg ${tag}`]);
    // The map: A has 14 people (12 + 2 sporters) → shown; B has 3 → suppressed.
    const areaA = dashboard?.areas.find((a) => a.name === `A ${tag}`);
    expect(areaA).toMatchObject({ suppressed: false, stakeholders: 15, reached: 13 });
    expect(areaA?.share).toBeCloseTo(13 / 15, 10);
    expect(JSON.parse(areaA?.geometry ?? 'null')).toMatchObject({ type: 'Polygon' });
    expect(dashboard?.areas.find((a) => a.name === `B ${tag}`)).toMatchObject({
      suppressed: true,
      stakeholders: null,
      share: null,
    });
  });

  it('counts the initiative funnel and the median days to a first response per area', async () => {
    const { data } = await dashboardAs(cookies.management);
    const dashboard = data?.managementDashboard;
    expect(dashboard?.funnel).toEqual([
      { status: 'IDEA', count: 2 },
      { status: 'INTAKE', count: 1 },
      { status: 'ACTIVE', count: 1 },
      { status: 'DONE', count: 1 },
      { status: 'STOPPED', count: 0 },
    ]);
    expect(dashboard?.speed).toEqual([
      { area: null, answered: 4, awaitingResponse: 1, medianDays: 5 },
      {
        area: { id: gid('Area', made.areas.A?.id), name: `A ${tag}` },
        answered: 3,
        awaitingResponse: 0,
        medianDays: 4,
      },
      {
        area: { id: gid('Area', made.areas.B?.id), name: `B ${tag}` },
        answered: 1,
        awaitingResponse: 1,
        medianDays: 6,
      },
    ]);
  });

  it('lists posts by function and area, and shows what a handover would lose', async () => {
    const { data } = await dashboardAs(cookies.management);
    const posts = data?.managementDashboard.posts ?? [];
    expect(
      posts.map(({ officialRole, areaNames, ordinal }) => ({ officialRole, areaNames, ordinal })),
    ).toEqual([
      { officialRole: 'GEBIEDSMAKELAAR', areaNames: [`A ${tag}`], ordinal: null },
      { officialRole: 'WIJKCONSULENT', areaNames: [`B ${tag}`], ordinal: null },
    ]);
    for (const post of posts) {
      expect(post.id).toMatch(/^post-[0-9a-f]{20}$/);
      expect(post.id).not.toContain(made.people.O1?.id ?? '?');
      expect(post.id).not.toContain(made.people.O2?.id ?? '?');
    }
    const areaId = gid('Area', made.areas.G?.id);
    const o1 = await app.gqlAs<HandoverData>(cookies.management, handoverQuery, {
      postId: posts[0]?.id,
      areaId,
    });
    expect(o1.errors).toBeUndefined();
    expect(o1.data?.handover).toEqual({
      post: { id: posts[0]?.id, officialRole: 'GEBIEDSMAKELAAR', areaNames: [`A ${tag}`] },
      peopleLosingOnlyLink: 12,
      peopleSuppressed: false,
      organizations: [
        {
          id: gid('Organization', made.organizations.Zangkoor?.id),
          name: `Zangkoor ${tag}`,
          kind: 'ASSOCIATION',
          areaName: `A ${tag}`,
        },
      ],
      areas: [
        {
          area: { id: gid('Area', made.areas.A?.id), name: `A ${tag}` },
          onlyAssignedOfficial: true,
          losesAllReach: true,
        },
      ],
    });
    const o2 = await app.gqlAs<HandoverData>(cookies.management, handoverQuery, {
      postId: posts[1]?.id,
      areaId,
    });
    // One resident only O2 reaches: a count under ten is suppressed.
    expect(o2.data?.handover).toMatchObject({
      peopleLosingOnlyLink: null,
      peopleSuppressed: true,
      organizations: [],
      areas: [{ area: { name: `B ${tag}` }, onlyAssignedOfficial: true, losesAllReach: true }],
    });
    const unknown = await app.gqlAs(cookies.management, handoverQuery, {
      postId: 'post-0',
      areaId,
    });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('draws the trend from the analysis runs of the municipality', async () => {
    const run = await startAnalysisRun(app.db, app.services.log, {
      areaId: made.areas.G?.id ?? '',
    });
    await analysisRunSettled(run.id);
    const { data } = await dashboardAs(cookies.management);
    const trend = data?.managementDashboard.trend ?? [];
    expect(trend.length).toBeGreaterThanOrEqual(1);
    const last = trend.at(-1);
    // O1 and O2 both reach someone; O1 reaches 13 of the 19 analysed stakeholders and O2 one.
    expect(last?.antennae).toBe(2);
    expect(last?.coverageShare).toBeGreaterThan(0);
    expect(last?.coverageShare).toBeLessThanOrEqual(1);
    expect([...trend].map((p) => p.at).sort()).toEqual(trend.map((p) => p.at));
  });

  it('never names a person in any dashboard or handover answer', async () => {
    const areaId = gid('Area', made.areas.G?.id);
    const dashboard = await dashboardAs(cookies.management);
    const bodies = [JSON.stringify(dashboard)];
    for (const post of dashboard.data?.managementDashboard.posts ?? []) {
      bodies.push(
        JSON.stringify(
          await app.gqlAs(cookies.management, handoverQuery, { postId: post.id, areaId }),
        ),
      );
    }
    const names = Object.values(made.people).map((person) => person.name);
    expect(names.length).toBe(19);
    for (const body of bodies) {
      expect(body).toContain(tag);
      for (const name of names) expect(body).not.toContain(name);
      for (const person of Object.values(made.people)) expect(body).not.toContain(person.id);
    }
  });
});
