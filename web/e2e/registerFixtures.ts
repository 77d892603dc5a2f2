/**
 * Builds test data through the API's own GraphQL mutations (as a user would record it), with a
 * unique suffix per run so tests never collide with other data in the database. `cookie` is the
 * session of the account that records (`signInOverHttp`, usually the privacy officer's from
 * `registerSession`): the register refuses anonymous callers.
 */
export function registerClient(baseUrl: string, cookie?: string) {
  const headers = { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) };
  const request = async (query: string, variables: Record<string, unknown>) => {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as {
      data?: Record<string, { id?: string } | null>;
      errors?: { message: string }[];
    };
    if (body.errors?.length)
      throw new Error(`GraphQL: ${body.errors.map((e) => e.message).join('; ')}`);
    const value = Object.values(body.data ?? {})[0];
    if (!value?.id) throw new Error(`GraphQL: no id in ${JSON.stringify(body)}`);
    return value.id;
  };
  const inAYear = new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);
  return {
    person: (name: string, official?: string) =>
      request('mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id } }', {
        input: {
          name,
          legalBasis: 'PUBLIC_TASK',
          legalReference: 'Raadsbesluit gebiedsgericht werken 2025',
          purpose: 'Netwerk van de gemeente in kaart brengen',
          retainUntil: inAYear,
          ...(official ? { official: { officialRole: official } } : {}),
        },
      }),
    organization: (name: string, kind: string) =>
      request(
        'mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }',
        { input: { name, kind } },
      ),
    area: (name: string) =>
      request('mutation ($input: CreateAreaInput!) { createArea(input: $input) { id } }', {
        input: { name, level: 'KERN' },
      }),
    theme: (name: string) =>
      request('mutation ($input: ThemeInput!) { createTheme(input: $input) { id } }', {
        input: { name },
      }),
    link: async (
      type: string,
      fromId: string,
      toId: string,
      extra: Record<string, unknown> = {},
    ) => {
      const response = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          query: 'mutation ($input: CreateLinkInput!) { createLink(input: $input) { created } }',
          variables: { input: { type, fromId, toId, ...extra } },
        }),
      });
      const body = (await response.json()) as { errors?: { message: string }[] };
      if (body.errors?.length) throw new Error(`createLink: ${body.errors[0]?.message}`);
    },
  };
}

/** A date `days` days ago as YYYY-MM-DD. */
export const daysAgo = (days: number) =>
  new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
