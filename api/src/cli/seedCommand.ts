import { MAX_SIZE, MIN_SIZE, plannedCounts } from '@antenne/seed';
import { loadConfig } from '../env.js';
import { createLogger } from '../logger.js';
import { connectNeo4j } from '../neo4j/connectNeo4j.js';
import { migrate } from '../neo4j/migrate.js';
import {
  type DemoLoadProgress,
  type DemoLoadSummary,
  databaseHasStakeholders,
  loadDemoMunicipality,
} from '../services/demoDataService.js';
import { type CliCommand, CliError } from './command.js';

const usage = `Usage: pnpm antenne seed [--size <n>] [--seed <text>] [--force]

Generates the fictional demo municipality of Berkelveld (eight Achterhoek kernen, their clubs,
businesses, residents, officials, initiatives and three years of contacts) and loads it into the
configured Neo4j (the embedded one unless NEO4J_URI is set), in batches, with a progress bar.

  --size <n>      stakeholders (people + organisations), ${MIN_SIZE} to ${MAX_SIZE}; default DEMO_SIZE (2000).
  --seed <text>   any text; the same seed and size give the same municipality; default DEMO_SEED.
  --force         load even when the database already holds people or organisations
                  (re-running the same seed adds nothing twice).

See seed/README.md for what is generated and the structure planted on purpose.`;

export interface SeedArguments {
  size: number;
  seed: string;
  force: boolean;
}

/** Reads `--size`, `--seed` and `--force` (also as `--size=N`); a mistake is a CliError. */
export function parseSeedArguments(
  args: readonly string[],
  defaults: { size: number; seed: string },
): SeedArguments {
  const parsed: SeedArguments = { ...defaults, force: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg];
    const value = (): string => {
      if (inline !== undefined) return inline;
      const next = args[i + 1];
      if (next === undefined || next.startsWith('--'))
        throw new CliError(`${flag} needs a value\n\n${usage}`);
      i++;
      return next;
    };
    if (flag === '--size') {
      const raw = value();
      const size = /^\d[\d_]*$/.test(raw) ? Number(raw.replaceAll('_', '')) : Number.NaN;
      if (!Number.isInteger(size) || size < MIN_SIZE || size > MAX_SIZE) {
        throw new CliError(
          `--size must be a whole number from ${MIN_SIZE} to ${MAX_SIZE} (got '${raw}')`,
        );
      }
      parsed.size = size;
    } else if (flag === '--seed') {
      const seed = value().trim();
      if (seed === '') throw new CliError('--seed cannot be empty');
      parsed.seed = seed;
    } else if (flag === '--force' && inline === undefined) {
      parsed.force = true;
    } else {
      throw new CliError(`unknown argument '${arg}'\n\n${usage}`);
    }
  }
  return parsed;
}

/** `[██████░░░░]  61%  412,000 rows  KNOWS`: one line on stderr, rewritten in place. */
export function progressLine(progress: DemoLoadProgress, width = 30): string {
  const expected = progress.expectedRows ?? progress.rows;
  const share = expected > 0 ? Math.min(0.99, progress.rows / expected) : 0;
  const filled = Math.round(share * width);
  const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
  const percent = `${Math.floor(share * 100)}`.padStart(3);
  return `[${bar}] ${percent}%  ${progress.rows.toLocaleString('en')} rows  ${progress.current}`;
}

function summaryText(summary: DemoLoadSummary): string {
  const lines = [
    ...Object.entries(summary.nodes).map(
      ([label, count]) => `  ${label.padEnd(18)} ${count.toLocaleString('en')}`,
    ),
    ...Object.entries(summary.relationships).map(
      ([type, count]) => `  ${`:${type}`.padEnd(18)} ${count.toLocaleString('en')}`,
    ),
  ];
  const landmarks = summary.landmarks;
  if (landmarks) {
    lines.push(
      '',
      `  Food initiative:          Voedseltuin ${landmarks.foodInitiative.kern} (intake, needs connectors)`,
      `  Single point of failure:  ${landmarks.singlePointOfFailure.kern} hangs on one resident`,
      `  Blind spot:               ${landmarks.blindSpot.theme} in ${landmarks.blindSpot.kern}`,
    );
  }
  if (summary.skippedRelationships > 0) {
    lines.push(`  (${summary.skippedRelationships} relationships skipped: an end was missing)`);
  }
  return lines.join('\n');
}

export const command: CliCommand = {
  summary: 'load the demo municipality (--size 500…100000) into Neo4j',
  usage,
  async run(args) {
    const config = loadConfig();
    const options = parseSeedArguments(args, config.demoData);
    // Progress goes to stderr; keep the logger to warnings so it does not tear the bar.
    const log = createLogger({
      ...config,
      logLevel: config.logLevel === 'info' ? 'warn' : config.logLevel,
    });
    const started = performance.now();
    const neo4j = await connectNeo4j(config.neo4j, log);
    try {
      await migrate(neo4j.db);
      if (!options.force && (await databaseHasStakeholders(neo4j.db))) {
        throw new CliError(
          'the database already holds people or organisations; add --force to load the demo municipality anyway',
          1,
        );
      }
      const planned = plannedCounts(options.size);
      process.stderr.write(
        `Generating Berkelveld: ${planned.persons.toLocaleString('en')} people and ${planned.organizations.toLocaleString('en')} organisations (seed '${options.seed}') into ${neo4j.uri}\n`,
      );
      const tty = process.stderr.isTTY === true;
      let lastDrawn = 0;
      const summary = await loadDemoMunicipality(neo4j.db, {
        size: options.size,
        seed: options.seed,
        onProgress: (progress) => {
          const now = performance.now();
          if (now - lastDrawn < (tty ? 100 : 5_000)) return;
          lastDrawn = now;
          process.stderr.write(tty ? `\r${progressLine(progress)}` : `${progressLine(progress)}\n`);
        },
      });
      const done = { rows: summary.rows, expectedRows: summary.rows, current: 'done' };
      process.stderr.write(`${tty ? '\r' : ''}${progressLine(done).replace(' 99%', '100%')}\n`);
      console.log(summaryText(summary));
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(
        `\nLoaded ${options.size.toLocaleString('en')} stakeholders (${summary.rows.toLocaleString('en')} rows) in ${seconds} s (writing: ${(summary.elapsedMs / 1000).toFixed(1)} s, ${Math.round((summary.rows / Math.max(summary.elapsedMs, 1)) * 1000).toLocaleString('en')} rows/s).`,
      );
      return summary.skippedRelationships === 0 ? 0 : 1;
    } finally {
      await neo4j.close();
    }
  },
};
