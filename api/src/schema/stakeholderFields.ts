import type { RequestContext } from '../app/context.js';
import { type LinkType, linkTypes } from '../domain/linkTypes.js';
import type { EntityLabel } from '../domain/vocabulary.js';
import type { Link } from '../repositories/linkRepository.js';
import { linksOf } from '../services/requestLoaders.js';

type Context = RequestContext;

/**
 * Shared resolvers for the nested lists of people, organizations and initiatives: all go through
 * the per-request link loader (one statement per entity type per request) and the node loaders.
 */
export async function linksOfType(
  ctx: Context,
  label: EntityLabel,
  id: string,
  types: readonly LinkType[] | null | undefined,
): Promise<Link[]> {
  const links = await linksOf(ctx, label).load(id);
  return types && types.length > 0 ? links.filter((link) => types.includes(link.type)) : links;
}

/**
 * The ids of the entities at the far end of this entity's links of these types; a field of a
 * loadable type turns them into objects through that type's DataLoader.
 */
export async function linkedIds(
  ctx: Context,
  label: EntityLabel,
  id: string,
  types: readonly LinkType[],
): Promise<string[]> {
  const links = await linksOfType(ctx, label, id, types);
  return links.map((link) => (link.from.id === id ? link.to.id : link.from.id));
}

export const membershipTypes = [
  'MEMBER_OF',
  'BOARD_OF',
  'WORKS_AT',
  'VOLUNTEERS_AT',
] as const satisfies readonly LinkType[];
export const involvementTypes = [
  'INITIATES',
  'SUPPORTS',
  'PARTICIPATES_IN',
] as const satisfies readonly LinkType[];

/** The link types an entity of this label can have (for documentation of the `types` argument). */
export const typesFor = (label: EntityLabel) =>
  (Object.keys(linkTypes) as LinkType[]).filter(
    (type) => linkTypes[type].from.includes(label) || linkTypes[type].to.includes(label),
  );
