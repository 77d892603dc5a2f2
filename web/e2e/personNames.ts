import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Every person's name in the register, read page by page through the API from the page's session. */
function registerPersonNames(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const all: string[] = [];
    let after: string | null = null;
    for (;;) {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query:
            'query ($after: String) { people(first: 100, after: $after) { edges { node { name } } pageInfo { hasNextPage endCursor } } }',
          variables: { after },
        }),
      });
      const body = (await response.json()) as {
        data?: {
          people?: {
            edges: { node: { name: string } }[];
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
          };
        };
      };
      const people = body.data?.people;
      if (!people) return all;
      all.push(...people.edges.map((edge) => edge.node.name));
      if (!people.pageInfo.hasNextPage) return all;
      after = people.pageInfo.endCursor;
    }
  });
}

/** Asserts that no person's name in the register appears in `shown` (what the page displays). */
export async function expectNoPersonNamed(page: Page, shown: string): Promise<void> {
  const names = await registerPersonNames(page);
  expect(names.length).toBeGreaterThan(10);
  // Other test files record people with one-letter names ("O"), which any text contains.
  const fullNames = names.filter((name) => name.trim().length >= 4);
  expect(fullNames.length).toBeGreaterThan(10);
  for (const name of fullNames) expect(shown).not.toContain(name);
}
