import { describe, expect, it } from 'vitest';
import { sortRows, toggleSort } from './tableSort';

const rows = [
  { name: 'Ölle', links: 2 },
  { name: 'anna', links: 10 },
  { name: 'Bert', links: null },
];
const cellValue = (row: (typeof rows)[number], key: 'name' | 'links') => row[key];

describe('table sorting', () => {
  it('sorts text by locale and numbers numerically, empty values last', () => {
    expect(
      sortRows(rows, { key: 'name', direction: 'ascending' }, cellValue, 'nl-NL').map(
        (r) => r.name,
      ),
    ).toEqual(['anna', 'Bert', 'Ölle']);
    expect(
      sortRows(rows, { key: 'links', direction: 'descending' }, cellValue, 'nl-NL').map(
        (r) => r.links,
      ),
    ).toEqual([10, 2, null]);
  });

  it('flips the direction when the same column is chosen again', () => {
    const sort = toggleSort({ key: 'name', direction: 'ascending' }, 'name');
    expect(sort.direction).toBe('descending');
    expect(toggleSort(sort, 'links')).toEqual({ key: 'links', direction: 'ascending' });
  });
});
