import { z } from 'zod';
import type { Theme } from '../domain/model.js';
import type { QueryRunner } from '../neo4j/database.js';
import { provenanceRow } from './neo4jValues.js';
import { type Page, pageParams, saveNode, type WriteMeta } from './nodeStore.js';
import { parseRows } from './rowParsing.js';

const themeRow = z
  .object({ id: z.string(), name: z.string(), ...provenanceRow })
  .transform((row): Theme => ({ label: 'Theme', ...row }));

/** saveTheme: `nameKey` (normalised name) carries the uniqueness constraint. */
export function saveTheme(
  tx: QueryRunner,
  id: string,
  fields: { name: string; nameKey: string },
  meta: WriteMeta,
): Promise<void> {
  return saveNode(tx, 'saveTheme', 'Theme', id, fields, meta);
}

/** findThemeIdByNameKey: the theme already using this normalised name, if any. */
export async function findThemeIdByNameKey(
  tx: QueryRunner,
  nameKey: string,
): Promise<string | null> {
  const rows = await tx.run<{ id: string }>(
    `/* findThemeIdByNameKey */ MATCH (n:Theme {nameKey: $nameKey}) RETURN n.id AS id`,
    { nameKey },
  );
  return rows[0]?.id ?? null;
}

export async function findThemesByIds(tx: QueryRunner, ids: readonly string[]): Promise<Theme[]> {
  const rows = await tx.run<{ node: unknown }>(
    `/* findThemesByIds */ MATCH (n:Theme) WHERE n.id IN $ids RETURN n {.*} AS node`,
    { ids },
  );
  return parseRows(
    themeRow,
    rows.map((row) => row.node),
    'findThemesByIds',
  );
}

export async function listThemes(tx: QueryRunner, page: Page): Promise<Theme[]> {
  const rows = await tx.run<{ node: unknown }>(
    `/* listThemes */
     MATCH (n:Theme) RETURN n {.*} AS node ORDER BY toLower(n.name), n.id SKIP $offset LIMIT $limit`,
    pageParams(page),
  );
  return parseRows(
    themeRow,
    rows.map((row) => row.node),
    'listThemes',
  );
}
