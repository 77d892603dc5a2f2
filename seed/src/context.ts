import type { ChunkBuffer } from './chunkBuffer.js';
import type { OfficialRole, OrganizationKind } from './model.js';
import type { ThemeName } from './themes.js';

/**
 * How a resident may be linked, so the planted structure holds:
 * - `open`: anywhere.
 * - `spofKern`: lives in the single-point-of-failure kern; linked only inside it.
 * - `spof`: the one resident through whom that kern is reached.
 * - `quiet`: lives in the blind-spot kern; linked to anyone except officials.
 * - `blind`: in the blind-spot cell; linked only inside that kern.
 * - `official`: works for the municipality.
 */
export type ReachGroup = 'open' | 'spofKern' | 'spof' | 'quiet' | 'blind' | 'official';

export interface KernSlot {
  index: number;
  name: string;
  areaId: string;
  buurten: { areaId: string; postcode: string }[];
  postcodes: string[];
}

export interface OrganizationSlot {
  index: number;
  id: string;
  name: string;
  kind: OrganizationKind;
  kern: number;
  themes: ThemeName[];
  /** Person indices, in the order they joined. */
  members: number[];
  /** How residents relate to it: members, staff or volunteers. */
  joinAs: 'MEMBER_OF' | 'WORKS_AT' | 'VOLUNTEERS_AT';
  /** Whether the organisation may take people or partners from other kernen. */
  local: boolean;
}

export interface PersonSlot {
  index: number;
  id: string;
  kern: number;
  buurt: number;
  group: ReachGroup;
  broker: boolean;
  objected: boolean;
  themes: ThemeName[];
  organizations: number[];
  officialRole?: OfficialRole;
  /** Kernen an official covers (indices). */
  covers: number[];
}

/** The state the generator's phases share; phases add to it in order. */
export interface GeneratorContext {
  seed: string;
  today: string;
  source: string;
  out: ChunkBuffer;
  kernen: KernSlot[];
  themeIds: Map<ThemeName, string>;
  organizations: OrganizationSlot[];
  persons: PersonSlot[];
  officials: PersonSlot[];
  /** Residents with no official ties who may still meet anyone in other kernen. */
  crossVillagePool: number[];
  /** Residents an official may know or record a contact with. */
  officialReachablePool: number[];
  residentsByKern: number[][];
  residentsByBuurt: Map<string, number[]>;
  landmarks: {
    municipalityAreaId: string;
    spofPersonIndex: number;
    spofOfficialIndex: number;
    blindOrganizationIndices: number[];
    foodInitiativeId: string;
    foodInitiatorIndex: number;
  };
}

export function kernIndex(context: Pick<GeneratorContext, 'kernen'>, name: string): number {
  const kern = context.kernen.find((k) => k.name === name);
  if (!kern) throw new RangeError(`unknown kern ${name}`);
  return kern.index;
}
