import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type DocumentNode, Kind, parse, print, visit } from 'graphql';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthServices } from '../auth/authServices.js';
import { manualClock } from '../auth/clock.js';
import { type GraphqlConfig, parseEnv, repoRoot } from '../env.js';
import type { Database } from '../neo4j/database.js';
import { schema } from '../schema/index.js';
import { connectTestDatabase } from '../test/testApp.js';
import { measureQuery } from './queryMeasure.js';
import { type AntenneYoga, createAntenneYoga } from './yoga.js';

interface Answer {
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  headers: Headers;
}

const defaults: GraphqlConfig = parseEnv({}).graphql;
const limitCodes = [
  'DEPTH_LIMIT',
  'ALIAS_LIMIT',
  'TOKEN_LIMIT',
  'COST_LIMIT',
  'INTROSPECTION_DISABLED',
  'RATE_LIMITED',
];

let db: Database;
const clock = manualClock('2026-05-04T10:00:00.000Z');

function yogaWith(graphql: GraphqlConfig): AntenneYoga {
  return createAntenneYoga({
    db,
    log: pino({ level: 'silent' }),
    version: 'test',
    auth: createAuthServices(undefined, { clock: clock.clock }),
    graphql,
  });
}

async function send(
  yoga: AntenneYoga,
  query: string,
  options: { address?: string; variables?: Record<string, unknown> } = {},
): Promise<Answer> {
  const response = await yoga.fetch(
    'http://yoga/graphql',
    {
      method: 'POST',
      // What the web app sends (web/src/api/graphqlClient.ts).
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
      },
      body: JSON.stringify({ query, variables: options.variables }),
    },
    { req: { socket: { remoteAddress: options.address ?? '198.51.100.7' } } },
  );
  return {
    status: response.status,
    body: (await response.json()) as Answer['body'],
    headers: response.headers,
  };
}

const codesOf = (answer: Answer) => (answer.body.errors ?? []).map((e) => e.extensions?.code);

function expectRefused(answer: Answer, code: string): void {
  expect(answer.status).toBe(400);
  expect(codesOf(answer)).toContain(code);
  expect(answer.body.data ?? null).toBeNull();
}

function expectNotLimited(answer: Answer): void {
  expect(answer.status).toBe(200);
  expect(codesOf(answer).filter((code) => limitCodes.includes(String(code)))).toEqual([]);
}

/** Of a family of documents, the one whose measure is exactly `target`. */
function pick(family: string[], key: 'depth' | 'aliases' | 'tokens' | 'cost', target: number) {
  const found = family.find((source) => measureQuery(schema, source)[key] === target);
  if (!found) throw new Error(`no document in the family has ${key} ${target}`);
  return found;
}

/** A person's ties followed `levels` times, ending in one of four tails of different depth. */
function depthFamily(): string[] {
  const tails = [
    'id',
    'official { officialRole }',
    'knows { id }',
    'knows { from { __typename } }',
  ];
  const family: string[] = [];
  for (let levels = 0; levels < 12; levels++) {
    for (const tail of tails) {
      let body = tail;
      for (let i = 0; i < levels; i++) body = `knows { from { ... on Person { ${body} } } }`;
      family.push(`query Deep($id: ID!) { node(id: $id) { ... on Person { ${body} } } }`);
    }
  }
  return family;
}

/** `total` areas in pages of 100 per alias, the rest on the last: each step adds one area's cost. */
function areasQuery(total: number): string {
  const fields: string[] = [];
  let left = total;
  for (let i = 0; left > 0; i++) {
    const first = Math.min(100, left);
    fields.push(`a${i}: areas(first: ${first}) { edges { node { id name } } }`);
    left -= first;
  }
  return `{ ${fields.join(' ')} }`;
}

beforeAll(() => {
  db = connectTestDatabase();
});

afterAll(async () => {
  await db.close();
});

describe('query limits (production defaults)', () => {
  let yoga: AntenneYoga;
  beforeAll(() => {
    yoga = yogaWith(defaults);
  });

  it('refuses a query one level too deep with DEPTH_LIMIT, and passes one at the limit', async () => {
    const family = depthFamily();
    const over = await send(yoga, pick(family, 'depth', defaults.maxDepth + 1), {
      variables: { id: 'UGVyc29uOm5vYm9keQ==' },
    });
    expectRefused(over, 'DEPTH_LIMIT');
    expect(over.body.errors?.[0]?.message).toContain(`depth limit of ${defaults.maxDepth}`);
    const under = await send(yoga, pick(family, 'depth', defaults.maxDepth), {
      variables: { id: 'UGVyc29uOm5vYm9keQ==' },
    });
    expectNotLimited(under);
  });

  it('is not fooled by a fragment named __schema or by reusing a fragment deeper down (GHSA-hmfr-rx46-4jx2, GHSA-224p-v68g-5g8f)', async () => {
    let deep = 'id';
    for (let i = 0; i < defaults.maxDepth; i++)
      deep = `knows { from { ... on Person { ${deep} } } }`;
    const named = await send(
      yoga,
      `query __schema($id: ID!) { node(id: $id) { ...__schema } }
       fragment __schema on Person { ${deep} }`,
      { variables: { id: 'x' } },
    );
    expectRefused(named, 'DEPTH_LIMIT');

    let shallowChain = '...F';
    for (let i = 0; i < defaults.maxDepth - 2; i++) {
      shallowChain = `knows { from { ... on Person { ${shallowChain} } } }`;
    }
    const cached = `query Cached($id: ID!) { node(id: $id) { ... on Person { ...F ${shallowChain} } } }
      fragment F on Person { knows { from { __typename } } }`;
    expect(measureQuery(schema, cached).depth).toBeGreaterThan(defaults.maxDepth);
    expectRefused(await send(yoga, cached, { variables: { id: 'x' } }), 'DEPTH_LIMIT');
  });

  it('refuses one alias too many with ALIAS_LIMIT, and passes the limit', async () => {
    const aliases = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `s${i}: systemStatus { version }`).join(' ')} }`;
    expect(measureQuery(schema, aliases(defaults.maxAliases + 1)).aliases).toBe(
      defaults.maxAliases + 1,
    );
    expectRefused(await send(yoga, aliases(defaults.maxAliases + 1)), 'ALIAS_LIMIT');
    const under = await send(yoga, aliases(defaults.maxAliases));
    expectNotLimited(under);
    expect(Object.keys((under.body.data ?? {}) as object)).toHaveLength(defaults.maxAliases);
  });

  it('refuses one token too many with TOKEN_LIMIT, passes the limit, and stops a huge document early', async () => {
    const tokens = (n: number) =>
      `{ search(text: "nobody-${n}", kinds: [${'PERSON '.repeat(n)}]) { id } }`;
    const family = Array.from({ length: 30 }, (_, i) => tokens(defaults.maxTokens - 20 + i));
    expectRefused(await send(yoga, pick(family, 'tokens', defaults.maxTokens + 1)), 'TOKEN_LIMIT');
    expectNotLimited(await send(yoga, pick(family, 'tokens', defaults.maxTokens)));

    const started = performance.now();
    const huge = await send(yoga, tokens(200_000));
    expectRefused(huge, 'TOKEN_LIMIT');
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('refuses a query just over the cost limit with COST_LIMIT, and passes one just under', async () => {
    const cost = (total: number) => measureQuery(schema, areasQuery(total)).cost;
    // The largest number of areas still within the cost limit (cost grows with it).
    let low = 1;
    let high = 1500;
    expect(cost(low)).toBeLessThanOrEqual(defaults.maxCost);
    expect(cost(high)).toBeGreaterThan(defaults.maxCost);
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if (cost(middle) <= defaults.maxCost) low = middle;
      else high = middle;
    }
    const under = areasQuery(low);
    const over = areasQuery(low + 1);
    // One more area in the page is what tips it over.
    expect(measureQuery(schema, over).aliases).toBeLessThanOrEqual(defaults.maxAliases);
    expectRefused(await send(yoga, over), 'COST_LIMIT');
    expectNotLimited(await send(yoga, under));
  });

  it('hides field suggestions', async () => {
    const answer = await send(yoga, '{ systemStatu { version } }');
    expect(answer.status).toBeLessThan(500);
    expect(answer.body.data ?? null).toBeNull();
    const message = answer.body.errors?.[0]?.message ?? '';
    expect(message).toContain('Cannot query field "systemStatu"');
    expect(message).not.toContain('Did you mean');
    expect(message).toContain('[Suggestion hidden]');
  });

  it('refuses introspection and serves no GraphiQL in production', async () => {
    expectRefused(
      await send(yoga, '{ __schema { queryType { name } } }'),
      'INTROSPECTION_DISABLED',
    );
    expectRefused(
      await send(yoga, '{ __type(name: "Person") { name } }'),
      'INTROSPECTION_DISABLED',
    );
    expectNotLimited(await send(yoga, '{ systemStatus { __typename } }'));
    const page = await yoga.fetch('http://yoga/graphql', { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toContain('GraphiQL');
  });

  it('allows introspection and GraphiQL outside production', async () => {
    const development = yogaWith({ ...defaults, introspection: true });
    const answer = await send(development, '{ __schema { queryType { name } } }');
    expect(answer.status).toBe(200);
    expect(answer.body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const page = await development.fetch('http://yoga/graphql', {
      headers: { accept: 'text/html' },
    });
    expect(await page.text()).toContain('Antenne GraphQL');
  });
});

describe('mutation rate limit', () => {
  it('refuses the mutation after the limit per address with RATE_LIMITED and 429, until a minute has passed', async () => {
    const yoga = yogaWith({ ...defaults, mutationsPerMinute: 3 });
    const signOut = 'mutation { signOut }';
    for (let i = 0; i < 3; i++) {
      expectNotLimited(await send(yoga, signOut, { address: '203.0.113.9' }));
    }
    const refused = await send(yoga, signOut, { address: '203.0.113.9' });
    expect(refused.status).toBe(429);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: 60,
    });
    expect(refused.headers.get('retry-after')).toBe('60');
    // Another address, and queries from this one, go on.
    expectNotLimited(await send(yoga, signOut, { address: '203.0.113.10' }));
    expectNotLimited(await send(yoga, '{ systemStatus { version } }', { address: '203.0.113.9' }));
    clock.advance(60_000);
    expectNotLimited(await send(yoga, signOut, { address: '203.0.113.9' }));
  });
});

describe("the web app's own operations", () => {
  it('all stay under every limit', () => {
    const sources = webDocuments(join(repoRoot, 'web', 'src'));
    const fragments = new Map<string, DocumentNode['definitions'][number]>();
    const operations: { name: string; document: DocumentNode }[] = [];
    for (const source of sources) {
      const document = parse(source);
      for (const definition of document.definitions) {
        if (definition.kind === Kind.FRAGMENT_DEFINITION) {
          fragments.set(definition.name.value, definition);
        } else if (definition.kind === Kind.OPERATION_DEFINITION) {
          operations.push({ name: definition.name?.value ?? '(anonymous)', document });
        }
      }
    }
    expect(operations.length).toBeGreaterThan(5);
    const largest = { depth: 0, aliases: 0, tokens: 0, cost: 0 };
    for (const operation of operations) {
      const full = withFragments(operation.document, fragments);
      const measure = measureQuery(schema, full);
      for (const key of ['depth', 'aliases', 'tokens', 'cost'] as const) {
        largest[key] = Math.max(largest[key], measure[key]);
      }
      expect(measure.depth, operation.name).toBeLessThanOrEqual(defaults.maxDepth);
      expect(measure.aliases, operation.name).toBeLessThanOrEqual(defaults.maxAliases);
      expect(measure.tokens, operation.name).toBeLessThanOrEqual(defaults.maxTokens);
      expect(measure.cost, operation.name).toBeLessThanOrEqual(defaults.maxCost);
    }
    console.info(
      `largest web operation measures (limits ${defaults.maxDepth}/${defaults.maxAliases}/${defaults.maxTokens}/${defaults.maxCost}): ${JSON.stringify(largest)} over ${operations.length} operations`,
    );
  });
});

/** Every `graphql(\`…\`)` document in the web app's sources (tests and generated files left out). */
function webDocuments(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      found.push(...webDocuments(path));
    } else if (/\.tsx?$/.test(entry.name) && !/\.(test|d)\.tsx?$/.test(entry.name)) {
      const text = readFileSync(path, 'utf8');
      for (const match of text.matchAll(/graphql\(\s*`([^`]*)`/g)) {
        if (match[1]?.trim()) found.push(match[1]);
      }
    }
  }
  return found;
}

/** The operation with every fragment it spreads, transitively, as one document's text. */
function withFragments(
  document: DocumentNode,
  fragments: Map<string, DocumentNode['definitions'][number]>,
): string {
  const needed = new Set<string>();
  const queue: (DocumentNode['definitions'][number] | undefined)[] = [
    document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION),
  ];
  const texts: string[] = [];
  while (queue.length > 0) {
    const node = queue.shift();
    if (!node) continue;
    texts.push(print(node));
    visit(node, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        if (needed.has(name)) return;
        needed.add(name);
        queue.push(fragments.get(name));
      },
    });
  }
  return texts.join('\n');
}
