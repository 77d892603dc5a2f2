import { randomUUID } from 'node:crypto';
import { ConflictError, NotFoundError } from '../domain/errors.js';
import type { Theme } from '../domain/model.js';
import { parseInput } from '../domain/validation/parseInput.js';
import { themeInput, themeNameKey } from '../domain/validation/theme.js';
import type { Database, QueryRunner } from '../neo4j/database.js';
import { deleteNode, type Page, type WriteMeta } from '../repositories/nodeStore.js';
import {
  findThemeIdByNameKey,
  findThemesByIds,
  listThemes as listThemeRows,
  saveTheme,
} from '../repositories/themeRepository.js';
import { conflictOnDuplicate } from './constraintConflict.js';

const duplicate = (name: string) => `A theme called "${name}" already exists.`;

/** Adds a theme; a name that differs only in case, accents or spaces is a CONFLICT. */
export async function createTheme(db: Database, meta: WriteMeta, input: unknown): Promise<Theme> {
  const { name } = parseInput(themeInput, input);
  const id = randomUUID();
  return conflictOnDuplicate(
    () =>
      db.write('createTheme', async (tx) => {
        await refuseTakenName(tx, name, id);
        await saveTheme(tx, id, { name, nameKey: themeNameKey(name) }, meta);
        return mustFind(await findThemesByIds(tx, [id]), id);
      }),
    duplicate(name),
  );
}

export async function updateTheme(
  db: Database,
  meta: WriteMeta,
  id: string,
  input: unknown,
): Promise<Theme> {
  const { name } = parseInput(themeInput, input);
  return conflictOnDuplicate(
    () =>
      db.write('updateTheme', async (tx) => {
        mustFind(await findThemesByIds(tx, [id]), id);
        await refuseTakenName(tx, name, id);
        await saveTheme(tx, id, { name, nameKey: themeNameKey(name) }, meta);
        return mustFind(await findThemesByIds(tx, [id]), id);
      }),
    duplicate(name),
  );
}

export async function deleteTheme(db: Database, id: string): Promise<string> {
  const deleted = await db.write('deleteTheme', (tx) => deleteNode(tx, 'deleteTheme', 'Theme', id));
  if (!deleted) throw new NotFoundError('Theme', id);
  return id;
}

export function findThemes(db: Database, ids: readonly string[]): Promise<Theme[]> {
  return db.read('findThemes', (tx) => findThemesByIds(tx, ids));
}

export function listThemes(db: Database, page: Page): Promise<Theme[]> {
  return db.read('listThemes', (tx) => listThemeRows(tx, page));
}

async function refuseTakenName(tx: QueryRunner, name: string, ownId: string): Promise<void> {
  const holder = await findThemeIdByNameKey(tx, themeNameKey(name));
  if (holder && holder !== ownId) throw new ConflictError(duplicate(name));
}

function mustFind(found: Theme[], id: string): Theme {
  const theme = found[0];
  if (!theme) throw new NotFoundError('Theme', id);
  return theme;
}
