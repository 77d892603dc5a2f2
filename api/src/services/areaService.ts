import { randomUUID } from 'node:crypto';
import { ConflictError, NotFoundError, ValidationError } from '../domain/errors.js';
import type { Area } from '../domain/model.js';
import { canBePartOf, createAreaInput, updateAreaInput } from '../domain/validation/area.js';
import { parseInput } from '../domain/validation/parseInput.js';
import type { AreaLevel } from '../domain/vocabulary.js';
import type { Database, QueryRunner } from '../neo4j/database.js';
import {
  type AreaFilter,
  countAreaChildren,
  findAreaChildren,
  findAreasByIds,
  isAreaWithin,
  listAreas as listAreaRows,
  saveArea,
  setAreaParent,
} from '../repositories/areaRepository.js';
import { deleteNode, type Page, type WriteMeta } from '../repositories/nodeStore.js';
import { conflictOnDuplicate } from './constraintConflict.js';
import { fieldsOf, givenFields } from './patch.js';

const duplicateCbsCode = 'Another area already has this CBS code.';

/** Adds an area, optionally inside a larger one. */
export async function createArea(db: Database, meta: WriteMeta, input: unknown): Promise<Area> {
  const valid = parseInput(createAreaInput, input);
  const id = randomUUID();
  const relationshipId = randomUUID();
  return conflictOnDuplicate(
    () =>
      db.write('createArea', async (tx) => {
        const { parentId, ...fields } = valid;
        if (parentId) await checkParent(tx, id, valid.level, parentId);
        await saveArea(
          tx,
          id,
          {
            name: fields.name,
            level: fields.level,
            cbsCode: fields.cbsCode ?? null,
            postcodes: fields.postcodes ?? [],
            geometry: fields.geometry ?? null,
          },
          meta,
        );
        if (parentId) await setAreaParent(tx, id, parentId, relationshipId, meta);
        return mustFind(await findAreasByIds(tx, [id]), id);
      }),
    duplicateCbsCode,
  );
}

/** Changes an area; `parentId: null` makes it a top-level area, absent leaves its parent. */
export async function updateArea(
  db: Database,
  meta: WriteMeta,
  id: string,
  patch: unknown,
): Promise<Area> {
  const valid = parseInput(updateAreaInput, patch);
  const relationshipId = randomUUID();
  return conflictOnDuplicate(
    () =>
      db.write('updateArea', async (tx) => {
        const existing = mustFind(await findAreasByIds(tx, [id]), id);
        const { parentId, ...given } = givenFields(valid);
        const { parentId: currentParent, ...current } = fieldsOf(existing);
        const merged = { ...current, ...given, postcodes: given.postcodes ?? current.postcodes };
        const newParent = parentId === undefined ? currentParent : parentId;
        if (newParent) await checkParent(tx, id, merged.level, newParent);
        if (merged.level !== existing.level) await checkChildren(tx, id, merged.level);
        await saveArea(tx, id, merged, meta);
        if (newParent !== currentParent)
          await setAreaParent(tx, id, newParent, relationshipId, meta);
        return mustFind(await findAreasByIds(tx, [id]), id);
      }),
    duplicateCbsCode,
  );
}

/** Removes an area and its links. An area that still holds others is a CONFLICT: move or remove those first. */
export async function deleteArea(db: Database, id: string): Promise<string> {
  const deleted = await db.write('deleteArea', async (tx) => {
    const children = await countAreaChildren(tx, id);
    if (children > 0) {
      throw new ConflictError(
        `This area still holds ${children} other area(s); move or remove them first.`,
      );
    }
    return deleteNode(tx, 'deleteArea', 'Area', id);
  });
  if (!deleted) throw new NotFoundError('Area', id);
  return id;
}

export function findAreas(db: Database, ids: readonly string[]): Promise<Area[]> {
  return db.read('findAreas', (tx) => findAreasByIds(tx, ids));
}

export function findChildAreas(db: Database, parentIds: readonly string[]): Promise<Area[]> {
  return db.read('findChildAreas', (tx) => findAreaChildren(tx, parentIds));
}

export function listAreas(db: Database, filter: AreaFilter, page: Page): Promise<Area[]> {
  return db.read('listAreas', (tx) => listAreaRows(tx, filter, page));
}

/** The parent must exist, be of a larger level, and not lie inside the area itself (no cycles). */
async function checkParent(
  tx: QueryRunner,
  id: string,
  level: AreaLevel,
  parentId: string,
): Promise<void> {
  const parent = (await findAreasByIds(tx, [parentId]))[0];
  if (!parent) throw new NotFoundError('Area', parentId);
  if (!canBePartOf(level, parent.level)) {
    throw new ValidationError(
      'parentId',
      `A ${level} area cannot lie inside a ${parent.level} area.`,
    );
  }
  if (parentId === id || (await isAreaWithin(tx, parentId, id))) {
    throw new ValidationError('parentId', 'An area cannot lie inside itself.');
  }
}

async function checkChildren(tx: QueryRunner, id: string, level: AreaLevel): Promise<void> {
  const children = await findAreaChildren(tx, [id]);
  const misfit = children.find((child) => !canBePartOf(child.level, level));
  if (misfit) {
    throw new ValidationError(
      'level',
      `"${misfit.name}" (${misfit.level}) cannot lie inside a ${level} area.`,
    );
  }
}

function mustFind(found: Area[], id: string): Area {
  const area = found[0];
  if (!area) throw new NotFoundError('Area', id);
  return area;
}
