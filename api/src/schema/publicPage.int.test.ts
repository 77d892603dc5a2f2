import { randomInt } from 'node:crypto';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthServices } from '../auth/authServices.js';
import { manualClock } from '../auth/clock.js';
import { fixture, type Made } from '../test/fixtures.js';
import { createTestApp, type TestApp } from '../test/testApp.js';

/*
 * Kern K (postcode p1) with wijk W (postcode p2) under municipality G, all tagged. A gebiedsmakelaar
 * covers K (work contact), a wijkconsulent covers W (not a gebiedsmakelaar: not shown). In K: a
 * public ACTIVE initiative, a private ACTIVE one and a public IDEA; in W a public association, a
 * private association and a public business. Residents live in K and W.
 */
describe('the public page', () => {
  let app: TestApp;
  let made: Made;
  let tag: string;
  const p1 = String(randomInt(1000, 1999));
  const p2 = String(Number(p1) + 8000);
  let address = 0;
  // Each test asks from its own address, so the rate limit test alone empties a bucket.
  const nextAddress = () => `198.51.100.${++address}`;
  const pageQuery = `query ($areaId: ID, $postcode: String) { publicAreaPage(areaId: $areaId, postcode: $postcode) {
    area { id name level kernName }
    brokers { workEmail workPhone areaNames }
    initiatives { title description status themes }
    organizations { name kind description website email phone themes }
  } }`;
  interface PageData {
    publicAreaPage: {
      area: { id: string; name: string; level: string; kernName: string | null };
      brokers: { workEmail: string | null; workPhone: string | null; areaNames: string[] }[];
      initiatives: { title: string; status: string; themes: string[] }[];
      organizations: { name: string; kind: string; themes: string[] }[];
    } | null;
  }
  const page = (variables: Record<string, unknown>, clientAddress = nextAddress()) =>
    app.gqlAs<PageData>(null, pageQuery, variables, { clientAddress });

  beforeAll(async () => {
    app = await createTestApp();
    const fx = fixture(app.db);
    tag = fx.tag;
    made = await fx
      .area(`G ${tag}`, { key: 'G', level: 'MUNICIPALITY' })
      .area(`K ${tag}`, { key: 'K', parent: 'G', postcodes: [p1] })
      .area(`W ${tag}`, { key: 'W', parent: 'K', level: 'WIJK', postcodes: [p2] })
      .theme(`Groen ${tag}`, { key: 'Groen' })
      .person(`Gerda Makelaar ${tag}`, {
        key: 'GM',
        official: {
          officialRole: 'GEBIEDSMAKELAAR',
          workEmail: `gebiedsmakelaar-${tag}@gemeente.example`,
          workPhone: '0544-391234',
        },
      })
      .link('COVERS', 'GM', 'K')
      .person(`Willem Consulent ${tag}`, {
        key: 'WC',
        official: { officialRole: 'WIJKCONSULENT', workEmail: `wijk-${tag}@gemeente.example` },
      })
      .link('COVERS', 'WC', 'W')
      .person(`Rita Inwoner ${tag}`, { key: 'R1', livesIn: 'K', email: 'rita@example.org' })
      .person(`Sven Inwoner ${tag}`, { key: 'R2', livesIn: 'W', phone: '06-12345678' })
      .initiative(`Buurttuin ${tag}`, {
        key: 'Public',
        locatedIn: 'K',
        theme: 'Groen',
        status: 'ACTIVE',
        public: true,
        description: 'Samen groente kweken.',
      })
      .initiative(`Stil plan ${tag}`, {
        key: 'Private',
        locatedIn: 'K',
        status: 'ACTIVE',
        public: false,
      })
      .initiative(`Los idee ${tag}`, { key: 'Idea', locatedIn: 'K', status: 'IDEA', public: true })
      .link('INITIATES', 'R1', 'Public')
      .organization(`Natuurvereniging ${tag}`, {
        key: 'Club',
        locatedIn: 'W',
        activeIn: 'Groen',
        public: true,
        website: 'https://natuur.example',
      })
      .organization(`Besloten club ${tag}`, { key: 'Closed', locatedIn: 'W', public: false })
      .organization(`Bakkerij ${tag}`, {
        key: 'Shop',
        kind: 'BUSINESS',
        locatedIn: 'W',
        public: true,
      })
      .link('MEMBER_OF', 'R2', 'Club')
      .knows('GM', 'R1', 4);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('lists kernen and wijken without signing in', async () => {
    const result = await app.gqlAs<{
      publicAreas: { id: string; name: string; level: string; kernName: string | null }[];
    }>(null, '{ publicAreas { id name level kernName } }', {}, { clientAddress: nextAddress() });
    expect(result.errors).toBeUndefined();
    const ours = result.data?.publicAreas.filter((area) => area.name.endsWith(tag));
    expect(ours).toEqual([
      {
        id: encodeGlobalID('Area', made.areas.K?.id ?? ''),
        name: `K ${tag}`,
        level: 'KERN',
        kernName: null,
      },
      {
        id: encodeGlobalID('Area', made.areas.W?.id ?? ''),
        name: `W ${tag}`,
        level: 'WIJK',
        kernName: `K ${tag}`,
      },
    ]);
  });

  it('shows the gebiedsmakelaar’s work contact and only what is marked public', async () => {
    const result = await page({ areaId: encodeGlobalID('Area', made.areas.K?.id ?? '') });
    expect(result.errors).toBeUndefined();
    expect(result.data?.publicAreaPage).toEqual({
      area: {
        id: encodeGlobalID('Area', made.areas.K?.id ?? ''),
        name: `K ${tag}`,
        level: 'KERN',
        kernName: null,
      },
      brokers: [
        {
          workEmail: `gebiedsmakelaar-${tag}@gemeente.example`,
          workPhone: '0544-391234',
          areaNames: [`K ${tag}`],
        },
      ],
      initiatives: [
        {
          title: `Buurttuin ${tag}`,
          description: 'Samen groente kweken.',
          status: 'ACTIVE',
          themes: [`Groen ${tag}`],
        },
      ],
      organizations: [
        {
          name: `Natuurvereniging ${tag}`,
          kind: 'ASSOCIATION',
          description: null,
          website: 'https://natuur.example',
          email: null,
          phone: null,
          themes: [`Groen ${tag}`],
        },
      ],
    });
  });

  it('finds the wijk by postcode, with the kern’s gebiedsmakelaar', async () => {
    for (const postcode of [p2, `${p2} AB`, ` ${p2}cd `]) {
      const result = await page({ postcode });
      expect(result.data?.publicAreaPage?.area.name).toBe(`W ${tag}`);
      expect(result.data?.publicAreaPage?.brokers.map((b) => b.workEmail)).toEqual([
        `gebiedsmakelaar-${tag}@gemeente.example`,
      ]);
      expect(result.data?.publicAreaPage?.organizations.map((o) => o.name)).toEqual([
        `Natuurvereniging ${tag}`,
      ]);
      // The kern's initiative is not in the wijk.
      expect(result.data?.publicAreaPage?.initiatives).toEqual([]);
    }
    const kern = await page({ postcode: p1 });
    expect(kern.data?.publicAreaPage?.area.name).toBe(`K ${tag}`);
  });

  it('answers null for an unknown postcode and VALIDATION for a malformed one', async () => {
    const none = await page({ postcode: String(Number(p1) + 4000) });
    expect(none.errors).toBeUndefined();
    expect(none.data?.publicAreaPage).toBeNull();
    const zero = await page({ postcode: '0999' });
    expect(zero.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION', field: 'postcode' });
    const bad = await page({ postcode: 'Lievelde' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION', field: 'postcode' });
    const both = await page({
      postcode: p1,
      areaId: encodeGlobalID('Area', made.areas.K?.id ?? ''),
    });
    expect(both.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    const unknownArea = await page({ areaId: encodeGlobalID('Area', made.areas.G?.id ?? '') });
    expect(unknownArea.errors).toBeUndefined();
    expect(unknownArea.data?.publicAreaPage).toBeNull();
  });

  it('never names a person or shows a resident’s details', async () => {
    const bodies = [
      JSON.stringify(await page({ areaId: encodeGlobalID('Area', made.areas.K?.id ?? '') })),
      JSON.stringify(await page({ postcode: p2 })),
      JSON.stringify(
        await app.gqlAs(
          null,
          '{ publicAreas { id name level kernName } }',
          {},
          { clientAddress: nextAddress() },
        ),
      ),
    ];
    const people = Object.values(made.people);
    expect(people.length).toBe(4);
    for (const body of bodies) {
      expect(body).toContain(tag);
      for (const person of people) {
        expect(body).not.toContain(person.name);
        expect(body).not.toContain(person.id);
      }
      expect(body).not.toContain('rita@example.org');
      expect(body).not.toContain('06-12345678');
      expect(body).not.toContain(`wijk-${tag}@gemeente.example`);
    }
  });

  it('refuses a client that asks too often with RATE_LIMITED, refills, and spares others', async () => {
    // An app of its own with a clock that only moves when told, so the test does not race time.
    const time = manualClock();
    const limited = await createTestApp({
      auth: createAuthServices(undefined, { clock: time.clock }),
    });
    try {
      const ask = (clientAddress: string) =>
        limited.gqlAs<PageData>(null, pageQuery, { postcode: p1 }, { clientAddress });
      const results = [];
      for (let i = 0; i < 31; i++) results.push(await ask('203.0.113.9'));
      expect(
        results.slice(0, 30).every((r) => r.data?.publicAreaPage?.area.name === `K ${tag}`),
      ).toBe(true);
      expect(results[30]?.errors?.[0]?.extensions).toMatchObject({
        code: 'RATE_LIMITED',
        retryAfterSeconds: 2,
      });
      expect(results[30]?.data?.publicAreaPage).toBeNull();
      const areas = await limited.gqlAs(
        null,
        '{ publicAreas { id } }',
        {},
        { clientAddress: '203.0.113.9' },
      );
      expect(areas.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
      // Another address still gets its answer; the flooding one again after two seconds.
      expect((await ask('203.0.113.10')).errors).toBeUndefined();
      time.advance(2_000);
      expect((await ask('203.0.113.9')).errors).toBeUndefined();
      expect((await ask('203.0.113.9')).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    } finally {
      await limited.close();
    }
  });
});
