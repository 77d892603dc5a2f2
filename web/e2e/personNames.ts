import { expect, inject } from 'vitest';
import { gqlRequest } from './sessionFixtures';

/**
 * Every person's name in the register, read page by page through the API with `cookie`: the
 * session of someone who may see the whole register (a privacy officer), since the page's own
 * session (management, or nobody) may not read people.
 */
async function registerPersonNames(cookie: string): Promise<string[]> {
  const all: string[] = [];
  let after: string | null = null;
  for (;;) {
    const body: {
      data?: {
        people?: {
          edges: { node: { name: string } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      };
    } = await gqlRequest(
      inject('baseUrl'),
      'query ($after: String) { people(first: 100, after: $after) { edges { node { name } } pageInfo { hasNextPage endCursor } } }',
      { after },
      cookie,
    );
    const people = body.data?.people;
    if (!people) return all;
    all.push(...people.edges.map((edge) => edge.node.name));
    if (!people.pageInfo.hasNextPage) return all;
    after = people.pageInfo.endCursor;
  }
}

/**
 * Asserts that no person's name in the register appears in `shown` (what the page displays);
 * `cookie` is a privacy officer's session (`signInOverHttp`) to read the names with.
 */
export async function expectNoPersonNamed(shown: string, cookie: string): Promise<void> {
  const names = await registerPersonNames(cookie);
  expect(names.length).toBeGreaterThan(10);
  // Other test files record people with one-letter names ("O"), which any text contains.
  const fullNames = names.filter((name) => name.trim().length >= 4);
  expect(fullNames.length).toBeGreaterThan(10);
  for (const name of fullNames) expect(shown).not.toContain(name);
}
