import { describe, expect, it } from 'vitest';
import {
  cellOf,
  coverageColor,
  coverageSteps,
  linePoints,
  parseDashboardData,
  pathOf,
  suppressedColor,
  textColorOn,
} from './dashboard';

describe('the dashboard model', () => {
  it('colours coverage by step and suppressed cells grey', () => {
    expect(coverageColor(null)).toBe(suppressedColor);
    expect(coverageColor(0)).toBe(coverageSteps[0].color);
    expect(coverageColor(0.249)).toBe(coverageSteps[0].color);
    expect(coverageColor(0.25)).toBe(coverageSteps[1].color);
    expect(coverageColor(0.8)).toBe(coverageSteps[3].color);
    expect(coverageColor(1)).toBe(coverageSteps[4].color);
    expect(textColorOn(coverageSteps[0].color)).toBe('#ffffff');
    expect(textColorOn(coverageSteps[2].color)).toBe('#1b2327');
  });

  it('scales a line chart from zero to the largest value, skipping gaps', () => {
    const points = linePoints([0.5, null, 1], { width: 100, height: 50 });
    expect(points).toEqual([
      { x: 0, y: 25, value: 0.5 },
      { x: 100, y: 0, value: 1 },
    ]);
    expect(pathOf(points)).toBe('M0.0 25.0 L100.0 0.0');
    expect(linePoints([3], { width: 80, height: 40 })).toEqual([{ x: 40, y: 0, value: 3 }]);
    expect(linePoints([], { width: 80, height: 40 })).toEqual([]);
  });

  it('parses the dashboard and finds a cell', () => {
    const dashboard = parseDashboardData({
      managementDashboard: {
        root: { id: 'G', name: 'Berkelveld' },
        minimumCellPeople: 10,
        themes: [{ id: 'T', name: 'Zorg' }],
        areas: [],
        cells: [
          {
            areaId: 'A',
            themeId: 'T',
            suppressed: true,
            stakeholders: null,
            reached: null,
            share: null,
            redundancy: null,
            blindSpot: null,
            singlePointOfFailure: null,
          },
        ],
        blindSpots: 0,
        suppressedCells: 1,
        cellsOnOneOfficial: 0,
        cellsOnOneResident: 0,
        posts: [
          { id: 'post-1', officialRole: 'GEBIEDSMAKELAAR', areaNames: ['Lievelde'], ordinal: null },
        ],
        trend: [],
        funnel: [{ status: 'IDEA', count: 2 }],
        speed: [{ area: null, answered: 1, awaitingResponse: 0, medianDays: 3.5 }],
      },
    });
    expect(cellOf(dashboard.cells, 'A', 'T')?.suppressed).toBe(true);
    expect(cellOf(dashboard.cells, 'A', 'X')).toBeUndefined();
    expect(dashboard.speed[0]?.medianDays).toBe(3.5);
    expect(() => parseDashboardData({ managementDashboard: { root: null } })).toThrow();
  });
});
