import DataLoader from 'dataloader';
import type { Viewer } from '../app/context.js';
import { registerScopeOf } from '../auth/registerScope.js';
import { linkTypes } from '../domain/linkTypes.js';
import type { Area, Contact } from '../domain/model.js';
import type { EntityLabel } from '../domain/vocabulary.js';
import type { Database } from '../neo4j/database.js';
import type { ContactRelationRow } from '../repositories/contactRepository.js';
import type { Link } from '../repositories/linkRepository.js';
import { findChildAreas } from './areaService.js';
import { findContactsOf, findRelationsOfContacts } from './contactService.js';
import { findLinksOf } from './linkService.js';

/**
 * Per-request DataLoaders for nested lists (a person's links, an area's children, …): every
 * parent in one response is fetched with one statement, whatever the list length. They live as
 * long as the request context object they are keyed on.
 */
const loadersByContext = new WeakMap<object, Map<string, unknown>>();

function loaderFor<V>(
  ctx: { db: Database },
  name: string,
  batch: (ids: readonly string[]) => Promise<V[]>,
): DataLoader<string, V> {
  let loaders = loadersByContext.get(ctx);
  if (!loaders) {
    loaders = new Map();
    loadersByContext.set(ctx, loaders);
  }
  const existing = loaders.get(name) as DataLoader<string, V> | undefined;
  if (existing) return existing;
  const created = new DataLoader<string, V>(batch, { maxBatchSize: 500 });
  loaders.set(name, created);
  return created;
}

function groupBy<T>(ids: readonly string[], rows: { ownerId: string; value: T }[]): T[][] {
  const grouped = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const row of rows) grouped.get(row.ownerId)?.push(row.value);
  return ids.map((id) => grouped.get(id) ?? []);
}

/**
 * The links of an entity, in either direction. An undirected link (KNOWS, COLLABORATES_WITH) is
 * turned so that `from` is the entity asked about.
 */
/** What a loader needs of the request: the database and the viewer (for the register scope). */
type LoaderContext = { db: Database; viewer: Viewer };

export const linksOf = (ctx: LoaderContext, label: EntityLabel) =>
  loaderFor<Link[]>(ctx, `links:${label}`, async (ids) => {
    const rows = await findLinksOf(ctx.db, await registerScopeOf(ctx), label, ids);
    return groupBy(
      ids,
      rows.map(({ ownerId, link }) => ({
        ownerId,
        value:
          linkTypes[link.type].undirected && link.from.id !== ownerId
            ? { ...link, from: link.to, to: link.from }
            : link,
      })),
    );
  });

export const contactsOf = (ctx: LoaderContext, label: 'Person' | 'Organization' | 'Initiative') =>
  loaderFor<Contact[]>(ctx, `contacts:${label}`, async (ids) => {
    const rows = await findContactsOf(ctx.db, await registerScopeOf(ctx), label, ids);
    return groupBy(
      ids,
      rows.map(({ ownerId, contact }) => ({ ownerId, value: contact })),
    );
  });

export const relationsOfContact = (ctx: LoaderContext) =>
  loaderFor<ContactRelationRow[]>(ctx, 'contactRelations', async (ids) => {
    const rows = await findRelationsOfContacts(ctx.db, await registerScopeOf(ctx), ids);
    return groupBy(
      ids,
      rows.map((row) => ({ ownerId: row.contactId, value: row })),
    );
  });

export const childrenOfArea = (ctx: { db: Database }) =>
  loaderFor<Area[]>(ctx, 'areaChildren', async (ids) => {
    const children = await findChildAreas(ctx.db, ids);
    return groupBy(
      ids,
      children.map((area) => ({ ownerId: area.parentId ?? '', value: area })),
    );
  });
