import { describe, expect, it } from 'vitest';
import { parseSystemStatusData, SystemStatusShapeError } from './systemStatus';

const connected = {
  systemStatus: {
    version: '0.1.0',
    database: {
      reachable: true,
      neo4jVersion: '5.26.12',
      edition: 'community',
      migrationsApplied: 3,
    },
  },
};

describe('parseSystemStatusData', () => {
  it('reads a reachable database with its version, edition and migrations', () => {
    expect(parseSystemStatusData(connected)).toEqual({
      version: '0.1.0',
      database: {
        reachable: true,
        neo4jVersion: '5.26.12',
        edition: 'community',
        migrationsApplied: 3,
      },
    });
  });

  it('reads an unreachable database, ignoring the null details', () => {
    const status = parseSystemStatusData({
      systemStatus: {
        version: '0.1.0',
        database: { reachable: false, neo4jVersion: null, edition: null, migrationsApplied: null },
      },
    });
    expect(status).toEqual({ version: '0.1.0', database: { reachable: false } });
  });

  it('normalises the edition and calls anything else unknown', () => {
    const withEdition = (edition: string) =>
      parseSystemStatusData({
        systemStatus: {
          ...connected.systemStatus,
          database: { ...connected.systemStatus.database, edition },
        },
      }).database;
    expect(withEdition('Enterprise')).toMatchObject({ edition: 'enterprise' });
    expect(withEdition('aura')).toMatchObject({ edition: 'unknown' });
  });

  it('rejects data that is not a system status', () => {
    const bad = [
      null,
      {},
      { systemStatus: { version: '', database: { reachable: false } } },
      { systemStatus: { version: '1', database: { reachable: 'yes' } } },
      {
        systemStatus: {
          ...connected.systemStatus,
          database: { ...connected.systemStatus.database, migrationsApplied: -1 },
        },
      },
      {
        systemStatus: {
          ...connected.systemStatus,
          database: { ...connected.systemStatus.database, neo4jVersion: null },
        },
      },
    ];
    for (const data of bad) {
      expect(() => parseSystemStatusData(data), JSON.stringify(data)).toThrow(
        SystemStatusShapeError,
      );
    }
  });
});
