import { describe, expect, it } from 'vitest';
import { parseNetworkData } from './stakeholder';
import { edgeOfLink, parseStakeholderDetails } from './stakeholderDetails';

const person = (id: string, name: string) => ({ __typename: 'Person', id, name, official: null });

describe('parsing the API’s answers', () => {
  it('reads a person’s details with links, roles and contact moments', () => {
    const details = parseStakeholderDetails({
      node: {
        ...person('P1', 'Gerrit'),
        official: { officialRole: 'GEBIEDSMAKELAAR', workEmail: null, workPhone: null },
        email: null,
        phone: null,
        postcode: '7137AB',
        notes: null,
        legalBasis: 'PUBLIC_TASK',
        legalReference: 'Wmo',
        consentDate: null,
        consentTextVersion: null,
        purpose: 'p',
        retainUntil: '2028-01-01',
        objected: false,
        links: [
          {
            id: 'L1',
            type: 'BOARD_OF',
            strength: null,
            since: null,
            lastContact: null,
            endedAt: null,
            role: 'voorzitter',
            from: person('P1', 'Gerrit'),
            to: {
              __typename: 'Organization',
              id: 'O1',
              name: 'VV',
              organizationKind: 'ASSOCIATION',
            },
          },
        ],
        contacts: [
          {
            id: 'C1',
            date: '2026-01-02',
            channel: 'PHONE',
            note: 'n',
            followUpAt: null,
            participants: [person('P1', 'Gerrit')],
          },
        ],
      },
    });
    expect(details?.kind).toBe('PERSON');
    if (details?.kind !== 'PERSON') return;
    expect(details.official?.officialRole).toBe('GEBIEDSMAKELAAR');
    expect(details.links[0]?.to).toEqual({
      id: 'O1',
      kind: 'ORGANIZATION',
      label: 'VV',
      sublabel: 'ASSOCIATION',
      official: false,
    });
    expect(details.contacts[0]?.channel).toBe('PHONE');
    expect(edgeOfLink(details.links[0] ?? ({} as never))).toMatchObject({
      source: 'P1',
      target: 'O1',
      directed: true,
    });
  });

  it('returns null for a stakeholder that no longer exists, and refuses a wrong shape', () => {
    expect(parseStakeholderDetails({ node: null })).toBeNull();
    expect(() => parseStakeholderDetails({ node: { __typename: 'Alien', id: 'x' } })).toThrow();
    expect(() => parseNetworkData({ network: { center: {} } })).toThrow();
  });
});
