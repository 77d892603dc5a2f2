import { describe, expect, it } from 'vitest';
import { areaChoices, parsePublicAreaPageData } from './publicPage';

describe('the public page model', () => {
  it('lists kernen alphabetically, each followed by its wijken', () => {
    expect(
      areaChoices([
        { id: 'w2', name: 'Noord', level: 'WIJK', kernName: 'Lievelde' },
        { id: 'k2', name: 'Zieuwent', level: 'KERN', kernName: null },
        { id: 'k1', name: 'Lievelde', level: 'KERN', kernName: null },
        { id: 'w1', name: 'Centrum', level: 'WIJK', kernName: 'Lievelde' },
        { id: 'w3', name: 'Los', level: 'WIJK', kernName: null },
      ]),
    ).toEqual([
      { id: 'k1', label: 'Lievelde' },
      { id: 'w1', label: '— Centrum' },
      { id: 'w2', label: '— Noord' },
      { id: 'k2', label: 'Zieuwent' },
      { id: 'w3', label: 'Los' },
    ]);
  });

  it('reads no page as null and refuses a status the public page does not show', () => {
    expect(parsePublicAreaPageData({ publicAreaPage: null })).toBeNull();
    const page = {
      area: { id: 'k1', name: 'Lievelde', level: 'KERN', kernName: null },
      brokers: [],
      initiatives: [{ title: 'Tuin', description: null, status: 'IDEA', themes: [] }],
      organizations: [],
    };
    expect(() => parsePublicAreaPageData({ publicAreaPage: page })).toThrow();
  });
});
