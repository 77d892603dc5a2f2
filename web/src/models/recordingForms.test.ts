import { describe, expect, it } from 'vitest';
import { emptyPersonForm, linkInputOf, linkTypesBetween, personInputOf } from './recordingForms';

describe('the recording forms', () => {
  it('keep a new person two years by default, on a public-task basis', () => {
    const form = emptyPersonForm('2026-02-28');
    expect(form.retainUntil).toBe('2028-02-28');
    expect(form.legalBasis).toBe('PUBLIC_TASK');
  });

  it('send only the fields of the chosen legal basis, and empty text as null', () => {
    const values = {
      ...emptyPersonForm('2026-03-01'),
      name: 'Anna',
      legalReference: 'Wmo',
      consentTextVersion: 'v2',
      email: '  ',
      purpose: 'p',
    };
    expect(personInputOf(values)).toMatchObject({
      legalReference: 'Wmo',
      consentDate: null,
      consentTextVersion: null,
      email: null,
    });
    const consent = personInputOf({ ...values, legalBasis: 'CONSENT' });
    expect(consent).toMatchObject({
      legalReference: null,
      consentDate: '2026-03-01',
      consentTextVersion: 'v2',
    });
  });

  it('offer only the link types the register allows between two kinds', () => {
    const person = { kind: 'PERSON', official: false } as const;
    const official = { kind: 'PERSON', official: true } as const;
    expect(linkTypesBetween(person, { kind: 'PERSON' })).toEqual(['KNOWS']);
    expect(linkTypesBetween(person, { kind: 'AREA' })).toEqual(['LIVES_IN']);
    expect(linkTypesBetween(official, { kind: 'AREA' })).toEqual(['LIVES_IN', 'COVERS']);
    expect(linkTypesBetween({ kind: 'ORGANIZATION', official: false }, { kind: 'PERSON' })).toEqual(
      [],
    );
  });

  it('send a KNOWS tie with its strength as a number, and a membership with its role', () => {
    const knows = linkInputOf(
      { type: 'KNOWS', strength: '4', since: '', lastContact: '2026-01-02', role: 'x' },
      'a',
      'b',
    );
    expect(knows).toEqual({
      type: 'KNOWS',
      fromId: 'a',
      toId: 'b',
      since: null,
      strength: 4,
      lastContact: '2026-01-02',
    });
    const board = linkInputOf(
      { type: 'BOARD_OF', strength: '3', since: '', lastContact: '', role: 'voorzitter' },
      'a',
      'c',
    );
    expect(board).toEqual({
      type: 'BOARD_OF',
      fromId: 'a',
      toId: 'c',
      since: null,
      role: 'voorzitter',
    });
  });
});
