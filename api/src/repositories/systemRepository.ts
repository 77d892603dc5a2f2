import { z } from 'zod';
import type { QueryRunner } from '../neo4j/database.js';

const componentRow = z.object({
  name: z.string(),
  versions: z.array(z.string()),
  edition: z.string(),
});
const countRow = z.object({ count: z.number().int() });

export interface DatabaseInfo {
  neo4jVersion: string;
  edition: string;
  migrationsApplied: number;
}

/** getDatabaseInfo: the server's version and edition, and how many schema migrations it holds. */
export async function getDatabaseInfo(tx: QueryRunner): Promise<DatabaseInfo> {
  const components = (
    await tx.run(
      /* getDatabaseInfo.components */ 'CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition',
    )
  ).map((row) => componentRow.parse(row));
  const kernel = components.find((c) => c.name === 'Neo4j Kernel') ?? components[0];
  const [migrations] = (
    await tx.run(
      /* getDatabaseInfo.migrations */ 'MATCH (m:AntenneMigration) RETURN count(m) AS count',
    )
  ).map((row) => countRow.parse(row));
  return {
    neo4jVersion: kernel?.versions[0] ?? 'unknown',
    edition: kernel?.edition ?? 'unknown',
    migrationsApplied: migrations?.count ?? 0,
  };
}
