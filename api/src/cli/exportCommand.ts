import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { invocationDir, loadConfig } from '../env.js';
import { createLogger } from '../logger.js';
import { connectNeo4j } from '../neo4j/connectNeo4j.js';
import { migrate } from '../neo4j/migrate.js';
import {
  type ExportFormat,
  exportFiles,
  exportFormats,
  readNetworkExport,
} from '../services/exportService.js';
import { type CliCommand, CliError } from './command.js';

const usage = `Usage: pnpm antenne export --format gexf|graphml|csv|json --out <path>

Writes the network (people, organisations, areas, themes, initiatives and their links) for Gephi
(GEXF 1.3, GraphML) or other tools (CSV: <out>/nodes.csv and <out>/edges.csv; JSON: every
property). People who objected and their links are left out; the export is audited.`;

export const command: CliCommand = {
  summary: 'export the network as GEXF, GraphML, CSV or JSON',
  usage,
  async run(args) {
    let format: ExportFormat | undefined;
    let out: string | undefined;
    for (let i = 0; i < args.length; i++) {
      const arg = args[i];
      if (arg === '--format') {
        const value = args[++i];
        if (!exportFormats.includes(value as ExportFormat))
          throw new CliError(`--format must be one of ${exportFormats.join(', ')}\n\n${usage}`);
        format = value as ExportFormat;
      } else if (arg === '--out') out = args[++i];
      else throw new CliError(`unknown argument '${arg}'\n\n${usage}`);
    }
    if (!format || !out) throw new CliError(usage);
    const target = resolve(invocationDir(), out);
    const config = loadConfig();
    const neo4j = await connectNeo4j(config.neo4j, createLogger({ ...config, logLevel: 'warn' }));
    try {
      await migrate(neo4j.db);
      const data = await readNetworkExport({ db: neo4j.db, viewer: { kind: 'anonymous' } }, format);
      const files = exportFiles(data, format);
      for (const file of files) {
        const path = format === 'csv' ? join(target, file.name) : target;
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, file.content);
        console.log(`wrote ${path}`);
      }
      console.log(`${data.nodes.length} nodes, ${data.edges.length} edges`);
      return 0;
    } finally {
      await neo4j.close();
    }
  },
};
