import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertNode, insertPerson, uniqueToken } from '../services/networkTestGraph.js';
import { createTestApp, type TestApp } from '../test/testApp.js';

interface Hit {
  id: string;
  kind: string;
  label: string;
  sublabel: string | null;
  official: boolean;
  score: number;
}

const SEARCH = `query Search($text: String!, $kinds: [SearchKind!], $first: Int) {
  search(text: $text, kinds: $kinds, first: $first) { id kind label sublabel official score }
}`;

describe('search', () => {
  let app: TestApp;
  const search = (variables: Record<string, unknown>) =>
    app.gql<{ search: Hit[] }>(SEARCH, variables);

  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('finds "Mariënvelde" when typed without accent and in any case', async () => {
    const token = uniqueToken();
    const area = await insertNode(app.db, 'Area', { name: `Mariënvelde ${token}`, level: 'KERN' });
    const result = await search({ text: `MARIENVELDE ${token}` });
    expect(result.errors).toBeUndefined();
    expect(result.data?.search).toEqual([
      expect.objectContaining({
        id: area.gid,
        kind: 'AREA',
        label: `Mariënvelde ${token}`,
        sublabel: 'KERN',
      }),
    ]);
  });

  it('matches an unfinished last word for type-ahead ("lieve" finds "Lievelde")', async () => {
    const token = uniqueToken();
    const area = await insertNode(app.db, 'Area', { name: `Lievelde ${token}`, level: 'KERN' });
    const result = await search({ text: `${token} lieve` });
    expect(result.data?.search.map((hit) => hit.id)).toEqual([area.gid]);
  });

  it('requires every word, so a second word narrows the hits', async () => {
    const token = uniqueToken();
    const jan = await insertPerson(app.db, `Jan Groot ${token}`);
    await insertPerson(app.db, `Piet Groot ${token}`);
    const both = await search({ text: `groot ${token}` });
    expect(both.data?.search).toHaveLength(2);
    const narrowed = await search({ text: `${token} jan` });
    expect(narrowed.data?.search.map((hit) => hit.id)).toEqual([jan.gid]);
  });

  it('ranks a whole-word match above a mere prefix match', async () => {
    const token = uniqueToken();
    const prefixOnly = await insertNode(app.db, 'Organization', {
      name: `Zonnebloemen ${token}`,
      kind: 'ASSOCIATION',
      public: true,
    });
    const whole = await insertNode(app.db, 'Organization', {
      name: `Zonnebloem ${token}`,
      kind: 'INSTITUTION',
      public: true,
    });
    const result = await search({ text: `${token} zonnebloem` });
    const hits = result.data?.search ?? [];
    expect(hits.map((hit) => hit.id)).toEqual([whole.gid, prefixOnly.gid]);
    expect(hits[0]?.score).toBeGreaterThan(hits[1]?.score ?? Number.POSITIVE_INFINITY);
    expect(hits[0]).toMatchObject({ kind: 'ORGANIZATION', sublabel: 'INSTITUTION' });
  });

  it('searches initiative titles and themes, filters by kind and honours first', async () => {
    const token = uniqueToken();
    const initiative = await insertNode(app.db, 'Initiative', {
      title: `Voedseltuin ${token}`,
      status: 'IDEA',
      public: true,
    });
    const theme = await insertNode(app.db, 'Theme', { name: `Voedsel ${token}` });
    const all = await search({ text: `${token}` });
    expect(new Set(all.data?.search.map((hit) => hit.id))).toEqual(
      new Set([initiative.gid, theme.gid]),
    );
    const onlyInitiatives = await search({ text: token, kinds: ['INITIATIVE'] });
    expect(onlyInitiatives.data?.search).toEqual([
      expect.objectContaining({ id: initiative.gid, kind: 'INITIATIVE', sublabel: 'IDEA' }),
    ]);
    const one = await search({ text: token, first: 1 });
    expect(one.data?.search).toHaveLength(1);
  });

  it('marks officials with their role and keeps people who objected findable', async () => {
    const token = uniqueToken();
    const official = await insertPerson(
      app.db,
      `Anna Makelaar ${token}`,
      { officialRole: 'GEBIEDSMAKELAAR', workEmail: 'anna@gemeente.nl' },
      { official: true },
    );
    const objector = await insertPerson(app.db, `Bert Bezwaar ${token}`, { objected: true });
    const result = await search({ text: token, kinds: ['PERSON'] });
    const hits = result.data?.search ?? [];
    expect(hits).toHaveLength(2);
    expect(hits.find((hit) => hit.id === official.gid)).toMatchObject({
      official: true,
      sublabel: 'GEBIEDSMAKELAAR',
    });
    expect(hits.find((hit) => hit.id === objector.gid)).toMatchObject({
      official: false,
      sublabel: null,
    });
  });

  it('treats Lucene syntax in the text as plain words', async () => {
    const token = uniqueToken();
    await insertPerson(app.db, `Kees ${token}`);
    const result = await search({ text: `name:${token}* AND (kees OR "x` });
    expect(result.errors).toBeUndefined();
    expect(result.data?.search).toEqual([]);
    const plain = await search({ text: `(${token})* kees!` });
    expect(plain.errors).toBeUndefined();
    expect(plain.data?.search.map((hit) => hit.label)).toEqual([`Kees ${token}`]);
  });

  it('refuses empty, blank and over-long text with a VALIDATION error on text', async () => {
    for (const text of ['', '   ', 'x'.repeat(101)]) {
      const result = await search({ text });
      expect(result.data).toBeNull();
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION', field: 'text' });
    }
  });

  it('refuses first outside 1..50 with a VALIDATION error on first', async () => {
    for (const first of [0, 51, -3]) {
      const result = await search({ text: 'lievelde', first });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION', field: 'first' });
    }
  });

  it('answers an empty list for text that is only punctuation', async () => {
    const result = await search({ text: '?!*' });
    expect(result.errors).toBeUndefined();
    expect(result.data?.search).toEqual([]);
  });
});
