import { z } from 'zod';
import { initiativeStatuses, organizationKinds } from '../domain/vocabulary.js';
import type { QueryRunner } from '../neo4j/database.js';
import { nullableString } from './neo4jValues.js';
import { parseRows } from './rowParsing.js';

/**
 * The public page's Cypher. It reads only what is public by nature or by choice: areas, the work
 * contact of gebiedsmakelaars (never their name or any private detail), and initiatives and
 * organizations marked `public`. Nothing about residents.
 */

/** The organization kinds a resident can go to; businesses and municipal teams are left out. */
export const publicOrganizationKinds = ['ASSOCIATION', 'NETWORK', 'INSTITUTION'] as const;

/** Initiative statuses that count as "active there" for residents. */
export const publicInitiativeStatuses = ['INTAKE', 'ACTIVE'] as const;

const areaRow = z.object({
  id: z.string(),
  name: z.string(),
  level: z.enum(['KERN', 'WIJK']),
  kernName: nullableString,
});

export type PublicArea = z.output<typeof areaRow>;

const areaColumns = `a.id AS id, a.name AS name, a.level AS level,
  CASE WHEN a.level = 'WIJK' THEN head([(a)-[:PART_OF*1..3]->(k:Area {level: 'KERN'}) | k.name]) END AS kernName`;

/** findPublicAreas: every kern and wijk, by kern then name. */
export async function findPublicAreas(tx: QueryRunner): Promise<PublicArea[]> {
  const rows = await tx.run(
    `/* findPublicAreas */
     MATCH (a:Area) WHERE a.level IN ['KERN', 'WIJK']
     RETURN ${areaColumns}
     ORDER BY coalesce(kernName, a.name), a.level, a.name`,
  );
  return parseRows(areaRow, rows, 'findPublicAreas');
}

/** findPublicArea: one kern or wijk by id. */
export async function findPublicArea(tx: QueryRunner, id: string): Promise<PublicArea | null> {
  const rows = await tx.run(
    `/* findPublicArea */
     MATCH (a:Area {id: $id}) WHERE a.level IN ['KERN', 'WIJK']
     RETURN ${areaColumns}`,
    { id },
  );
  return parseRows(areaRow, rows, 'findPublicArea')[0] ?? null;
}

/**
 * findPublicAreaByPostcode: the most specific kern or wijk whose postcodes hold this four-digit
 * postcode (a buurt's postcode counts for its wijk).
 */
export async function findPublicAreaByPostcode(
  tx: QueryRunner,
  postcode: string,
): Promise<PublicArea | null> {
  const rows = await tx.run(
    `/* findPublicAreaByPostcode */
     MATCH (b:Area) WHERE $postcode IN coalesce(b.postcodes, [])
     MATCH (b)-[:PART_OF*0..3]->(a:Area) WHERE a.level IN ['KERN', 'WIJK']
     WITH DISTINCT a
     RETURN ${areaColumns}
     ORDER BY CASE a.level WHEN 'WIJK' THEN 0 ELSE 1 END, a.name LIMIT 1`,
    { postcode },
  );
  return parseRows(areaRow, rows, 'findPublicAreaByPostcode')[0] ?? null;
}

const brokerRow = z.object({
  workEmail: nullableString,
  workPhone: nullableString,
  areaNames: z.array(z.string()),
});

export type PublicBroker = z.output<typeof brokerRow>;

/**
 * findPublicBrokers: the work email and work phone of each gebiedsmakelaar covering the area, an
 * area it lies in, or an area inside it; no name, no id. Officials who objected and those without
 * a work contact are left out.
 */
export async function findPublicBrokers(tx: QueryRunner, areaId: string): Promise<PublicBroker[]> {
  const rows = await tx.run(
    `/* findPublicBrokers */
     MATCH (a:Area {id: $areaId})
     WITH [(a)-[:PART_OF*0..6]->(x:Area) | x] + [(y:Area)-[:PART_OF*1..6]->(a) | y] AS related
     MATCH (o:Person:Official {officialRole: 'GEBIEDSMAKELAAR'})-[:COVERS]->(c:Area)
     WHERE c IN related AND NOT coalesce(o.objected, false)
       AND (o.workEmail IS NOT NULL OR o.workPhone IS NOT NULL)
     WITH o, collect(DISTINCT c.name) AS areaNames
     RETURN o.workEmail AS workEmail, o.workPhone AS workPhone, areaNames
     ORDER BY workEmail, workPhone`,
    { areaId },
  );
  return parseRows(brokerRow, rows, 'findPublicBrokers');
}

const initiativeRow = z.object({
  title: z.string(),
  description: nullableString,
  status: z.enum(initiativeStatuses),
  themes: z.array(z.string()),
});

export type PublicInitiative = z.output<typeof initiativeRow>;

/** findPublicInitiatives: public initiatives under way in the area or an area inside it. */
export async function findPublicInitiatives(
  tx: QueryRunner,
  areaId: string,
): Promise<PublicInitiative[]> {
  const rows = await tx.run(
    `/* findPublicInitiatives */
     MATCH (a:Area {id: $areaId})
     MATCH (i:Initiative {public: true})-[:LOCATED_IN]->(x:Area)-[:PART_OF*0..6]->(a)
     WHERE i.status IN $statuses
     WITH DISTINCT i
     RETURN i.title AS title, i.description AS description, i.status AS status,
       [(i)-[:ACTIVE_IN]->(t:Theme) | t.name] AS themes
     ORDER BY title LIMIT 50`,
    { areaId, statuses: [...publicInitiativeStatuses] },
  );
  return parseRows(initiativeRow, rows, 'findPublicInitiatives');
}

const organizationRow = z.object({
  name: z.string(),
  kind: z.enum(organizationKinds),
  description: nullableString,
  website: nullableString,
  email: nullableString,
  phone: nullableString,
  themes: z.array(z.string()),
});

export type PublicOrganization = z.output<typeof organizationRow>;

/**
 * findPublicOrganizations: public associations, networks and institutions located in the area,
 * an area inside it, or the kern it lies in (not the whole municipality).
 */
export async function findPublicOrganizations(
  tx: QueryRunner,
  areaId: string,
): Promise<PublicOrganization[]> {
  const rows = await tx.run(
    `/* findPublicOrganizations */
     MATCH (a:Area {id: $areaId})
     WITH [(a)-[:PART_OF*1..6]->(x:Area) WHERE x.level <> 'MUNICIPALITY' | x]
       + [(y:Area)-[:PART_OF*0..6]->(a) | y] AS related
     MATCH (o:Organization {public: true})-[:LOCATED_IN]->(c:Area)
     WHERE c IN related AND o.kind IN $kinds
     WITH DISTINCT o
     RETURN o.name AS name, o.kind AS kind, o.description AS description, o.website AS website,
       o.email AS email, o.phone AS phone, [(o)-[:ACTIVE_IN]->(t:Theme) | t.name] AS themes
     ORDER BY name LIMIT 100`,
    { areaId, kinds: [...publicOrganizationKinds] },
  );
  return parseRows(organizationRow, rows, 'findPublicOrganizations');
}
