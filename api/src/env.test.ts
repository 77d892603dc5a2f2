import { describe, expect, it } from 'vitest';
import { ConfigError, parseEnv } from './env.js';

describe('parseEnv', () => {
  it('uses the embedded Neo4j on 7687 and port 4000 when nothing is set', () => {
    const config = parseEnv({});
    expect(config.port).toBe(4000);
    expect(config.neo4j).toMatchObject({
      kind: 'embedded',
      port: 7687,
      heap: '2g',
      pageCache: '1g',
    });
    expect(config.testNeo4j.port).toBe(7688);
    expect(config.testNeo4j.dataDir).not.toBe(
      config.neo4j.kind === 'embedded' ? config.neo4j.dataDir : '',
    );
  });

  it('uses the server NEO4J_URI names, with its credentials and database', () => {
    const config = parseEnv({
      NEO4J_URI: 'neo4j+s://example.databases.neo4j.io',
      NEO4J_USERNAME: 'antenne',
      NEO4J_PASSWORD: 'secret',
      NEO4J_DATABASE: 'stakeholders',
    });
    expect(config.neo4j).toEqual({
      kind: 'external',
      uri: 'neo4j+s://example.databases.neo4j.io',
      username: 'antenne',
      password: 'secret',
      database: 'stakeholders',
    });
  });

  it('reports one line per bad variable, naming it and what was given', () => {
    try {
      parseEnv({ PORT: 'eighty', NEO4J_HEAP: 'lots', LOG_LEVEL: 'loud' });
      expect.unreachable('parseEnv accepted bad input');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems;
      expect(problems).toHaveLength(3);
      expect(problems.find((p) => p.startsWith('PORT:'))).toContain("(got 'eighty')");
      expect(problems.find((p) => p.startsWith('NEO4J_HEAP:'))).toContain('512m');
      expect(problems.some((p) => p.startsWith('LOG_LEVEL:'))).toBe(true);
    }
  });

  it('asks for a password with an external NEO4J_URI and never echoes one', () => {
    expect(() => parseEnv({ NEO4J_URI: 'bolt://db:7687' })).toThrow(/NEO4J_PASSWORD: is required/);
    expect(() => parseEnv({ NEO4J_URI: 'http://db:7474', NEO4J_PASSWORD: 'x' })).toThrow(
      /NEO4J_URI: a Bolt URI/,
    );
  });
});

describe('analysis settings', () => {
  it('defaults to the documented analysisDefaults: a half-life of 12 months, minimum weight 1', async () => {
    const { analysisDefaults } = await import('./services/analysisService.js');
    const config = parseEnv({});
    expect(config.analysis).toEqual({
      tieHalfLifeMonths: analysisDefaults.tieHalfLifeMonths,
      minWeight: analysisDefaults.minWeight,
    });
    expect(config.analysis).toEqual({ tieHalfLifeMonths: 12, minWeight: 1 });
  });

  it('reads TIE_HALF_LIFE_MONTHS and ANTENNA_MIN_WEIGHT, fractions included', () => {
    const config = parseEnv({ TIE_HALF_LIFE_MONTHS: '6.5', ANTENNA_MIN_WEIGHT: '0.5' });
    expect(config.analysis).toEqual({ tieHalfLifeMonths: 6.5, minWeight: 0.5 });
  });

  it.each([
    ['TIE_HALF_LIFE_MONTHS', '0', 'more than 0 months'],
    ['TIE_HALF_LIFE_MONTHS', 'a year', 'a number of months'],
    ['TIE_HALF_LIFE_MONTHS', '5000', 'at most 1200 months'],
    ['ANTENNA_MIN_WEIGHT', '-1', 'a tie weight from 0 to 5'],
    ['ANTENNA_MIN_WEIGHT', '6', 'a tie weight from 0 to 5'],
    ['ANTENNA_MIN_WEIGHT', 'strong', 'a tie weight'],
  ])('refuses %s=%s with one line naming it', (name, value, message) => {
    try {
      parseEnv({ [name]: value });
      expect.unreachable(`parseEnv accepted ${name}=${value}`);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems).toEqual([`${name}: ${message} (got '${value}')`]);
    }
  });
});
