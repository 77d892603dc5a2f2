import { DEFAULT_TODAY } from './generateDemoMunicipality.js';
import type {
  AreaLevel,
  AreaNode,
  DemoChunk,
  DemoRelationship,
  NodeLabel,
  NodeRows,
  OfficialRole,
  OrganizationKind,
  OrganizationNode,
  PersonNode,
  Provenance,
  RelationshipProperties,
  RelationshipType,
  ThemeNode,
} from './model.js';
import { allowedRelationships } from './model.js';
import { Random } from './random.js';
import { toChunks } from './toChunks.js';

type Ref = { id: string };

/**
 * Hand-built networks for tests: `const f = new FixtureBuilder('my-test'); const anna =
 * f.person({ name: 'Anna' }); f.knows(anna, f.person(), { strength: 4 });` then `f.chunks()` for a
 * loader, or `f.rows` to inspect. Ids are deterministic per seed; rows satisfy the data model
 * (privacy fields included), so tests only spell out what they are about.
 */
export class FixtureBuilder {
  readonly rows: { [L in NodeLabel]: NodeRows[L][] } = {
    Area: [],
    Theme: [],
    Organization: [],
    Person: [],
    Initiative: [],
    Contact: [],
  };
  readonly relationships: DemoRelationship[] = [];
  private readonly random: Random;
  private readonly labels = new Map<string, NodeLabel>();

  constructor(
    seed = 'fixture',
    private readonly options: { today?: string; source?: string } = {},
  ) {
    this.random = new Random(`fixture/${seed}`);
  }

  private get provenance(): Provenance {
    const at = `${this.options.today ?? DEFAULT_TODAY}T09:00:00Z`;
    return {
      createdAt: at,
      updatedAt: at,
      createdBy: 'system',
      source: this.options.source ?? 'seed:fixture',
    };
  }

  private add<L extends NodeLabel>(label: L, row: NodeRows[L]): NodeRows[L] {
    this.rows[label].push(row);
    this.labels.set(row.id, label);
    return row;
  }

  area(
    name: string,
    level: AreaLevel = 'KERN',
    partOf?: Ref,
    extra: Partial<AreaNode> = {},
  ): AreaNode {
    const area = this.add('Area', {
      id: this.random.uuid(),
      name,
      level,
      postcodes: [],
      ...this.provenance,
      ...extra,
    });
    if (partOf) this.link('PART_OF', area, partOf);
    return area;
  }

  theme(name: string): ThemeNode {
    return this.add('Theme', { id: this.random.uuid(), name, ...this.provenance });
  }

  person(overrides: Partial<PersonNode> = {}): PersonNode {
    const today = this.options.today ?? DEFAULT_TODAY;
    return this.add('Person', {
      id: this.random.uuid(),
      name: `Inwoner ${this.rows.Person.length + 1}`,
      legalBasis: 'PUBLIC_TASK',
      legalReference: 'Gemeentewet art. 160; Omgevingswet art. 16.55',
      purpose: 'Netwerkontwikkeling (testgegevens)',
      retainUntil: `${Number(today.slice(0, 4)) + 2}${today.slice(4)}`,
      objected: false,
      ...this.provenance,
      ...overrides,
    });
  }

  official(role: OfficialRole, overrides: Partial<PersonNode> = {}): PersonNode {
    return this.person({
      officialRole: role,
      workEmail: `medewerker${this.rows.Person.length + 1}@gemeente.example`,
      ...overrides,
    });
  }

  organization(
    name: string,
    kind: OrganizationKind = 'ASSOCIATION',
    overrides: Partial<OrganizationNode> = {},
  ): OrganizationNode {
    return this.add('Organization', {
      id: this.random.uuid(),
      name,
      kind,
      public: true,
      ...this.provenance,
      ...overrides,
    });
  }

  knows(a: Ref, b: Ref, properties: RelationshipProperties = { strength: 3 }): DemoRelationship {
    return this.link('KNOWS', a, b, properties);
  }

  /** Any relationship the data model allows between two nodes made by this builder. */
  link(
    type: RelationshipType,
    from: Ref,
    to: Ref,
    properties: RelationshipProperties = {},
  ): DemoRelationship {
    const fromLabel = this.labels.get(from.id);
    const toLabel = this.labels.get(to.id);
    if (!fromLabel || !toLabel)
      throw new RangeError(`${type}: both ends must be made by this builder`);
    if (!allowedRelationships[type].some(([f, t]) => f === fromLabel && t === toLabel)) {
      throw new RangeError(`${fromLabel}-[:${type}]->${toLabel} is not in the data model`);
    }
    const relationship: DemoRelationship = {
      id: this.random.uuid(),
      type,
      fromLabel,
      from: from.id,
      toLabel,
      to: to.id,
      properties,
      ...this.provenance,
    };
    this.relationships.push(relationship);
    return relationship;
  }

  /** Everything as loader chunks: nodes by label first, then relationships grouped by shape. */
  chunks(): DemoChunk[] {
    return toChunks(this.rows, this.relationships);
  }
}
