import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors.js';
import { canMoveInitiative } from '../initiativeStatus.js';
import { linkKey, storedDirection } from '../linkTypes.js';
import { canBePartOf, createAreaInput } from './area.js';
import { recordContactInput } from './contact.js';
import { isIsoDate, today } from './fields.js';
import { createInitiativeInput } from './initiative.js';
import { createLinkInput } from './link.js';
import { parseInput } from './parseInput.js';
import { createPersonInput } from './person.js';
import { themeNameKey } from './theme.js';

const nextYear = `${new Date().getUTCFullYear() + 1}-01-01`;
const person = {
  name: 'Jan',
  legalBasis: 'PUBLIC_TASK',
  legalReference: 'Gemeentewet',
  purpose: 'Village council contacts',
  retainUntil: nextYear,
};
const a = { label: 'Person', id: '0b8c6f1e-3d1a-4c57-9c1e-7a1f4c2b9d10' };
const b = { label: 'Person', id: '1c9d7a2f-4e2b-4d68-8d2f-8b2a5d3c0e21' };
const club = { label: 'Organization', id: '2dae8b3a-5f3c-4e79-9e3a-9c3b6e4d1f32' };

function fieldOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error.field;
    throw error;
  }
  return undefined;
}

describe('dates', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-1-01')).toBe(false);
  });
  it('knows today in the Netherlands, also just after midnight there', () => {
    expect(today(new Date('2025-06-30T22:30:00Z'))).toBe('2025-07-01');
  });
});

describe('people', () => {
  it('accepts a public-task person and trims and normalises their fields', () => {
    const parsed = parseInput(createPersonInput, {
      ...person,
      name: '  Jan  ',
      postcode: '7137 ab',
      email: '',
    });
    expect(parsed).toMatchObject({ name: 'Jan', postcode: '7137AB', email: null });
  });
  it('names the field at fault', () => {
    expect(fieldOf(() => parseInput(createPersonInput, { ...person, legalReference: '' }))).toBe(
      'legalReference',
    );
    expect(fieldOf(() => parseInput(createPersonInput, { ...person, legalBasis: 'CONSENT' }))).toBe(
      'consentDate',
    );
    expect(
      fieldOf(() =>
        parseInput(createPersonInput, {
          ...person,
          legalBasis: 'CONSENT',
          consentDate: '2025-01-01',
        }),
      ),
    ).toBe('consentTextVersion');
    expect(fieldOf(() => parseInput(createPersonInput, { ...person, retainUntil: today() }))).toBe(
      'retainUntil',
    );
    expect(fieldOf(() => parseInput(createPersonInput, { ...person, purpose: undefined }))).toBe(
      'purpose',
    );
    expect(
      fieldOf(() => parseInput(createPersonInput, { ...person, notes: 'x'.repeat(501) })),
    ).toBe('notes');
    expect(fieldOf(() => parseInput(createPersonInput, { ...person, email: 'no-at-sign' }))).toBe(
      'email',
    );
    expect(
      fieldOf(() =>
        parseInput(createPersonInput, { ...person, official: { officialRole: 'KING' } }),
      ),
    ).toBe('official.officialRole');
  });
});

describe('links', () => {
  it('accepts KNOWS between two people with a strength of 1 to 5', () => {
    expect(
      parseInput(createLinkInput, { type: 'KNOWS', from: a, to: b, strength: 5 }).strength,
    ).toBe(5);
    expect(
      fieldOf(() => parseInput(createLinkInput, { type: 'KNOWS', from: a, to: b, strength: 0 })),
    ).toBe('strength');
    expect(
      fieldOf(() => parseInput(createLinkInput, { type: 'KNOWS', from: a, to: b, strength: 2.5 })),
    ).toBe('strength');
    expect(fieldOf(() => parseInput(createLinkInput, { type: 'KNOWS', from: a, to: b }))).toBe(
      'strength',
    );
  });
  it('refuses self-links, wrong kinds of end and properties the type does not carry', () => {
    expect(
      fieldOf(() => parseInput(createLinkInput, { type: 'KNOWS', from: a, to: a, strength: 3 })),
    ).toBe('toId');
    expect(
      fieldOf(() => parseInput(createLinkInput, { type: 'MEMBER_OF', from: club, to: a })),
    ).toBe('fromId');
    expect(
      fieldOf(() => parseInput(createLinkInput, { type: 'LIVES_IN', from: a, to: club })),
    ).toBe('toId');
    expect(
      fieldOf(() =>
        parseInput(createLinkInput, { type: 'MEMBER_OF', from: a, to: club, strength: 2 }),
      ),
    ).toBe('strength');
    expect(
      fieldOf(() =>
        parseInput(createLinkInput, { type: 'MEMBER_OF', from: a, to: club, role: 'chair' }),
      ),
    ).toBeUndefined();
  });
  it('refuses future dates and a last contact before they met', () => {
    const future = `${new Date().getUTCFullYear() + 2}-01-01`;
    expect(
      fieldOf(() =>
        parseInput(createLinkInput, { type: 'KNOWS', from: a, to: b, strength: 3, since: future }),
      ),
    ).toBe('since');
    expect(
      fieldOf(() =>
        parseInput(createLinkInput, {
          type: 'KNOWS',
          from: a,
          to: b,
          strength: 3,
          since: '2020-01-01',
          lastContact: '2019-01-01',
        }),
      ),
    ).toBe('lastContact');
  });
  it('gives an undirected link one key and one stored direction, whichever way it is asked', () => {
    expect(linkKey('KNOWS', a.id, b.id)).toBe(linkKey('KNOWS', b.id, a.id));
    expect(linkKey('MEMBER_OF', a.id, club.id)).not.toBe(linkKey('MEMBER_OF', club.id, a.id));
    const forward = storedDirection(
      'KNOWS',
      { label: 'Person', id: b.id },
      { label: 'Person', id: a.id },
    );
    expect(forward.map((end) => end.id)).toEqual([a.id, b.id]);
  });
});

describe('areas, initiatives, contacts, themes', () => {
  it('lets an area lie only in a larger one', () => {
    expect(canBePartOf('BUURT', 'WIJK')).toBe(true);
    expect(canBePartOf('KERN', 'KERN')).toBe(false);
    expect(canBePartOf('MUNICIPALITY', 'BUURT')).toBe(false);
    expect(
      fieldOf(() =>
        parseInput(createAreaInput, { name: 'X', level: 'KERN', geometry: '{"type":"Point"}' }),
      ),
    ).toBe('geometry');
  });
  it('allows forward moves and reopening, not jumping back from closed', () => {
    expect(canMoveInitiative('IDEA', 'ACTIVE')).toBe(true);
    expect(canMoveInitiative('ACTIVE', 'INTAKE')).toBe(true);
    expect(canMoveInitiative('DONE', 'ACTIVE')).toBe(true);
    expect(canMoveInitiative('DONE', 'IDEA')).toBe(false);
    expect(canMoveInitiative('STOPPED', 'INTAKE')).toBe(false);
  });
  it('refuses an initiative received in the future or answered before it came in', () => {
    expect(
      fieldOf(() => parseInput(createInitiativeInput, { title: 'T', receivedAt: '2999-01-01' })),
    ).toBe('receivedAt');
    expect(
      fieldOf(() =>
        parseInput(createInitiativeInput, {
          title: 'T',
          receivedAt: '2025-02-01',
          firstResponseAt: '2025-01-01',
        }),
      ),
    ).toBe('firstResponseAt');
  });
  it('needs a participant and a follow-up after the contact', () => {
    const contact = { date: '2025-02-01', channel: 'PHONE', note: 'Called.', participants: [a] };
    expect(fieldOf(() => parseInput(recordContactInput, { ...contact, participants: [] }))).toBe(
      'participants',
    );
    expect(
      fieldOf(() => parseInput(recordContactInput, { ...contact, followUpAt: '2025-01-01' })),
    ).toBe('followUpAt');
    expect(
      parseInput(recordContactInput, { ...contact, participants: [a, a] }).participants,
    ).toHaveLength(1);
  });
  it('treats theme names equal regardless of case, accents and spaces', () => {
    expect(themeNameKey('  Zörg  en   Welzijn ')).toBe(themeNameKey('zorg en welzijn'));
  });
});
