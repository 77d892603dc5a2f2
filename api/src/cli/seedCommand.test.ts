import { describe, expect, it } from 'vitest';
import { parseEnv } from '../env.js';
import { CliError } from './command.js';
import { parseSeedArguments, progressLine } from './seedCommand.js';

const defaults = { size: 2_000, seed: 'antenne' };

describe('parseSeedArguments', () => {
  it('uses the configured size and seed when none are given', () => {
    expect(parseSeedArguments([], defaults)).toEqual({
      size: 2_000,
      seed: 'antenne',
      force: false,
    });
  });

  it('reads --size, --seed and --force, also as --flag=value', () => {
    expect(parseSeedArguments(['--size', '100000', '--seed', 'oost', '--force'], defaults)).toEqual(
      {
        size: 100_000,
        seed: 'oost',
        force: true,
      },
    );
    expect(parseSeedArguments(['--size=10_000', '--seed=west gelre'], defaults)).toMatchObject({
      size: 10_000,
      seed: 'west gelre',
    });
  });

  it.each([
    [['--size', '499'], /from 500 to 100000 \(got '499'\)/],
    [['--size', '100001'], /from 500 to 100000/],
    [['--size', '2k'], /got '2k'/],
    [['--size', '-5'], /got '-5'/],
    [['--size'], /--size needs a value/],
    [['--seed', ''], /cannot be empty/],
    [['--seed'], /--seed needs a value/],
    [['--force=yes'], /unknown argument '--force=yes'/],
    [['--sise', '600'], /unknown argument '--sise'/],
    [['600'], /unknown argument '600'/],
  ])('refuses %j with a clear message', (args, message) => {
    expect(() => parseSeedArguments(args, defaults)).toThrow(CliError);
    expect(() => parseSeedArguments(args, defaults)).toThrow(message);
  });
});

describe('progressLine', () => {
  it('draws the share of expected rows, and never claims 100% before the end', () => {
    expect(progressLine({ rows: 50, expectedRows: 100, current: 'KNOWS' }, 10)).toBe(
      '[█████░░░░░]  50%  50 rows  KNOWS',
    );
    expect(progressLine({ rows: 120, expectedRows: 100, current: 'Contact' }, 10)).toContain(
      ' 99%',
    );
  });
});

describe('DEMO_* configuration', () => {
  it('loads 2,000 stakeholders with seed antenne by default, and can be switched off or resized', () => {
    expect(parseEnv({}).demoData).toEqual({ enabled: true, size: 2_000, seed: 'antenne' });
    expect(parseEnv({ DEMO_DATA: 'off', DEMO_SIZE: '10000', DEMO_SEED: 'oost' }).demoData).toEqual({
      enabled: false,
      size: 10_000,
      seed: 'oost',
    });
    expect(() => parseEnv({ DEMO_SIZE: '200' })).toThrow(/DEMO_SIZE/);
  });
});
