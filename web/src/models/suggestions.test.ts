import { describe, expect, it } from 'vitest';
import {
  afterDecision,
  daysAfter,
  parseDecidedSuggestion,
  parseSuggestions,
  parseViewerPerson,
  personGlobalId,
  reasonsIn,
} from './suggestions';

const ref = (id: string, kind = 'PERSON') => ({ id, kind, name: id });
const data = {
  suggestions: [
    {
      id: 's1',
      score: 2.92,
      status: 'OPEN',
      subject: ref('i', 'INITIATIVE'),
      candidate: ref('ilse'),
      mutualContacts: [ref('annemiek')],
      reasons: [
        { nl: '1 gemeenschappelijk contact: annemiek', en: '1 mutual contact: annemiek' },
        { nl: 'allebei actief in Voedsel', en: 'both active in Voedsel' },
      ],
    },
    {
      id: 's2',
      score: 2.5,
      status: 'OPEN',
      subject: ref('i', 'INITIATIVE'),
      candidate: ref('sjef'),
      mutualContacts: [],
      reasons: [{ nl: 'allebei actief in Groen', en: 'both active in Groen' }],
    },
  ],
};

describe('suggested introductions', () => {
  const suggestions = parseSuggestions(data);

  it('reads the suggestions with their reasons in both languages', () => {
    expect(suggestions.map((s) => [s.candidate.name, s.score])).toEqual([
      ['ilse', 2.92],
      ['sjef', 2.5],
    ]);
    const [first] = suggestions;
    if (!first) throw new Error('none');
    expect(reasonsIn(first, 'en')).toEqual([
      '1 mutual contact: annemiek',
      'both active in Voedsel',
    ]);
    expect(reasonsIn(first, 'nl')[1]).toBe('allebei actief in Voedsel');
    expect(() =>
      parseSuggestions({ suggestions: [{ ...data.suggestions[0], score: 'x' }] }),
    ).toThrow();
  });

  it('takes a decided suggestion off the list', () => {
    const decided = parseDecidedSuggestion({
      decideSuggestion: { id: 's1', status: 'ACCEPTED', snoozedUntil: null },
    });
    expect(afterDecision(suggestions, decided).map((s) => s.id)).toEqual(['s2']);
  });

  it('snoozes to a day after today, across month ends', () => {
    expect(daysAfter('2026-11-29', 30)).toBe('2026-12-29');
    expect(daysAfter('2026-01-31', 1)).toBe('2026-02-01');
  });

  it('finds the signed-in official’s own person as a global id, or nothing when signed out', () => {
    const uuid = '3f2a6c1e-0000-4000-8000-000000000001';
    expect(personGlobalId(uuid)).toBe(Buffer.from(`Person:${uuid}`).toString('base64'));
    expect(parseViewerPerson({ me: { id: 'a', displayName: 'Els', personId: uuid } })).toEqual({
      name: 'Els',
      personId: personGlobalId(uuid),
    });
    expect(parseViewerPerson({ me: null })).toBeNull();
  });
});
