import type { RequestContext } from '../app/context.js';
import { registerScopeOf } from '../auth/registerScope.js';
import type { Area, Contact, Initiative, Organization, Person, Theme } from '../domain/model.js';
import type { EntityLabel } from '../domain/vocabulary.js';
import type { Link } from '../repositories/linkRepository.js';
import { findAreas } from '../services/areaService.js';
import { findContacts } from '../services/contactService.js';
import { findInitiatives } from '../services/initiativeService.js';
import { findLinks } from '../services/linkService.js';
import { findOrganizations } from '../services/organizationService.js';
import { findPeople } from '../services/personService.js';
import { findThemes } from '../services/themeService.js';
import { builder } from './builder.js';

/**
 * The node types' references, each with its DataLoader (one batched statement per type per
 * request, also behind `node`/`nodes`). Stakeholders, links and contacts load only within the
 * viewer's register scope: an id outside it resolves like an unknown id (null for `node`). Declared here, implemented in the type's own file, so
 * the type files can refer to one another without import cycles.
 */
const byId = <T extends { id: string }>(value: T) => value.id;

export const PersonRef = builder.loadableNodeRef<Person, string>('Person', {
  id: { resolve: byId },
  load: async (ids, ctx) => findPeople(ctx.db, await registerScopeOf(ctx), ids),
  sort: byId,
});

export const OrganizationRef = builder.loadableNodeRef<Organization, string>('Organization', {
  id: { resolve: byId },
  load: async (ids, ctx) => findOrganizations(ctx.db, await registerScopeOf(ctx), ids),
  sort: byId,
});

export const AreaRef = builder.loadableNodeRef<Area, string>('Area', {
  id: { resolve: byId },
  load: (ids, ctx) => findAreas(ctx.db, ids),
  sort: byId,
});

export const ThemeRef = builder.loadableNodeRef<Theme, string>('Theme', {
  id: { resolve: byId },
  load: (ids, ctx) => findThemes(ctx.db, ids),
  sort: byId,
});

export const InitiativeRef = builder.loadableNodeRef<Initiative, string>('Initiative', {
  id: { resolve: byId },
  load: async (ids, ctx) => findInitiatives(ctx.db, await registerScopeOf(ctx), ids),
  sort: byId,
});

export const ContactRef = builder.loadableNodeRef<Contact, string>('Contact', {
  id: { resolve: byId },
  load: async (ids, ctx) => findContacts(ctx.db, await registerScopeOf(ctx), ids),
  sort: byId,
});

export const LinkRef = builder.loadableNodeRef<Link, string>('Link', {
  id: { resolve: byId },
  load: async (ids, ctx) => findLinks(ctx.db, await registerScopeOf(ctx), ids),
  sort: byId,
});

export type EntityShape = Person | Organization | Area | Theme | Initiative;

const refsByLabel = {
  Person: PersonRef,
  Organization: OrganizationRef,
  Area: AreaRef,
  Theme: ThemeRef,
  Initiative: InitiativeRef,
} as const;

/** Loads the entity at one end of a link (batched with every other load of its type). */
export function loadEntity(
  ctx: RequestContext,
  end: { label: EntityLabel; id: string },
): Promise<EntityShape> {
  const loader = refsByLabel[end.label].getDataloader(ctx) as {
    load(id: string): Promise<EntityShape>;
  };
  return loader.load(end.id);
}

/** Loads many entities of one type, skipping any that vanished meanwhile. */
export async function loadEntities<T extends EntityShape>(
  ctx: RequestContext,
  ends: { label: EntityLabel; id: string }[],
): Promise<T[]> {
  const loaded = await Promise.all(ends.map((end) => loadEntity(ctx, end).catch(() => null)));
  return loaded.filter((value): value is T => value !== null);
}
