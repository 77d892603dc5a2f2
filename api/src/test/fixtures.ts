import { randomUUID } from 'node:crypto';
import { wholeRegister } from '../auth/registerScope.js';
import type { LinkType } from '../domain/linkTypes.js';
import type { Area, Contact, Initiative, Organization, Person, Theme } from '../domain/model.js';
import type { OfficialRole } from '../domain/vocabulary.js';
import type { Database } from '../neo4j/database.js';
import type { Link } from '../repositories/linkRepository.js';
import type { WriteMeta } from '../repositories/nodeStore.js';
import { createArea } from '../services/areaService.js';
import { recordContact } from '../services/contactService.js';
import { createInitiative } from '../services/initiativeService.js';
import { createLink } from '../services/linkService.js';
import { createOrganization } from '../services/organizationService.js';
import { createPerson } from '../services/personService.js';
import { createTheme } from '../services/themeService.js';

/** Everything a fixture made, by the key each was given (its name unless told otherwise). */
export interface Made {
  people: Record<string, Person>;
  organizations: Record<string, Organization>;
  areas: Record<string, Area>;
  themes: Record<string, Theme>;
  initiatives: Record<string, Initiative>;
  links: Link[];
  contacts: Contact[];
}

type Options = Record<string, unknown>;

const nextYear = () => `${new Date().getUTCFullYear() + 1}-12-31`;

/**
 * A chained builder that inserts test data through the real services (so validation and
 * provenance apply), step by step in the order written:
 *
 *   const made = await fixture(db)
 *     .area('Lievelde', { level: 'KERN' })
 *     .person('Jan', { livesIn: 'Lievelde' })
 *     .official('Els', 'GEBIEDSMAKELAAR', { covers: 'Lievelde' })
 *     .organization('Zangkoor')
 *     .link('MEMBER_OF', 'Jan', 'Zangkoor', { role: 'chair' })
 *     .knows('Jan', 'Els', 4)
 *     .contact(['Jan', 'Zangkoor'], { recordedBy: 'Els' });
 *
 * Entities are referred to by their key: the name given (or `key` in the options when two
 * share a name). Integration tests share one database, so give names that are unique to the test
 * where that matters: `fx.tag` is a short random string for that (themes must be unique by name).
 */
export class Fixture implements PromiseLike<Made> {
  readonly tag = randomUUID().slice(0, 8);
  readonly made: Made = {
    people: {},
    organizations: {},
    areas: {},
    themes: {},
    initiatives: {},
    links: [],
    contacts: [],
  };
  private steps: Promise<void> = Promise.resolve();
  private readonly meta: WriteMeta;

  constructor(
    private readonly db: Database,
    source = 'seed',
  ) {
    this.meta = { actor: 'system', source };
  }

  area(
    name: string,
    options: Options & { level?: string; parent?: string; key?: string } = {},
  ): this {
    const { parent, key, ...rest } = options;
    return this.step(async () => {
      this.made.areas[key ?? name] = await createArea(this.db, this.meta, {
        name,
        level: 'KERN',
        ...rest,
        parentId: parent ? this.find('areas', parent).id : undefined,
      });
    });
  }

  theme(name: string, options: { key?: string } = {}): this {
    return this.step(async () => {
      this.made.themes[options.key ?? name] = await createTheme(this.db, this.meta, { name });
    });
  }

  person(
    name: string,
    options: Options & { key?: string; livesIn?: string; activeIn?: string } = {},
  ): this {
    const { key, livesIn, activeIn, ...rest } = options;
    this.step(async () => {
      this.made.people[key ?? name] = await createPerson(this.db, this.meta, {
        name,
        legalBasis: 'PUBLIC_TASK',
        legalReference: 'Gemeentewet art. 160',
        purpose: 'Network register test',
        retainUntil: nextYear(),
        ...rest,
      });
    });
    if (livesIn) this.link('LIVES_IN', key ?? name, livesIn);
    if (activeIn) this.link('ACTIVE_IN', key ?? name, activeIn);
    return this;
  }

  official(
    name: string,
    officialRole: OfficialRole,
    options: Options & { key?: string; covers?: string; responsibleFor?: string } = {},
  ): this {
    const { covers, responsibleFor, ...rest } = options;
    this.person(name, { ...rest, official: { officialRole } });
    const key = options.key ?? name;
    if (covers) this.link('COVERS', key, covers);
    if (responsibleFor) this.link('RESPONSIBLE_FOR', key, responsibleFor);
    return this;
  }

  organization(
    name: string,
    options: Options & { key?: string; kind?: string; locatedIn?: string; activeIn?: string } = {},
  ): this {
    const { key, locatedIn, activeIn, ...rest } = options;
    this.step(async () => {
      this.made.organizations[key ?? name] = await createOrganization(this.db, this.meta, {
        name,
        kind: 'ASSOCIATION',
        ...rest,
      });
    });
    if (locatedIn) this.link('LOCATED_IN', key ?? name, locatedIn);
    if (activeIn) this.link('ACTIVE_IN', key ?? name, activeIn);
    return this;
  }

  initiative(
    title: string,
    options: Options & { key?: string; locatedIn?: string; theme?: string } = {},
  ): this {
    const { key, locatedIn, theme, ...rest } = options;
    this.step(async () => {
      this.made.initiatives[key ?? title] = await createInitiative(this.db, this.meta, {
        title,
        receivedAt: '2025-01-15',
        ...rest,
      });
    });
    if (locatedIn) this.link('LOCATED_IN', key ?? title, locatedIn);
    if (theme) this.link('ACTIVE_IN', key ?? title, theme);
    return this;
  }

  /** A link of any type between two entities made earlier, by key. */
  link(type: LinkType, from: string, to: string, properties: Options = {}): this {
    return this.step(async () => {
      const { link } = await createLink(this.db, wholeRegister, this.meta, {
        type,
        from: this.anyByKey(from),
        to: this.anyByKey(to),
        ...properties,
      });
      this.made.links.push(link);
    });
  }

  knows(a: string, b: string, strength = 3, properties: Options = {}): this {
    return this.link('KNOWS', a, b, { strength, ...properties });
  }

  /** A contact moment with these participants (people or organizations, by key). */
  contact(
    participants: string[],
    options: Options & { about?: string; recordedBy?: string } = {},
  ): this {
    const { about, recordedBy, ...rest } = options;
    return this.step(async () => {
      this.made.contacts.push(
        await recordContact(this.db, wholeRegister, this.meta, {
          date: '2025-03-01',
          channel: 'VISIT',
          note: 'Spoke about the neighbourhood.',
          ...rest,
          participants: participants.map((key) => {
            const end = this.anyByKey(key);
            if (end.label !== 'Person' && end.label !== 'Organization') {
              throw new Error(`${key} cannot take part in a contact moment`);
            }
            return end;
          }),
          initiativeId: about ? this.find('initiatives', about).id : undefined,
          recordedById: recordedBy ? this.find('people', recordedBy).id : undefined,
        }),
      );
    });
  }

  // biome-ignore lint/suspicious/noThenProperty: the builder is awaited to run its steps.
  then<A = Made, B = never>(
    onFulfilled?: ((made: Made) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): PromiseLike<A | B> {
    return this.steps.then(() => this.made).then(onFulfilled, onRejected);
  }

  private step(work: () => Promise<void>): this {
    this.steps = this.steps.then(work);
    return this;
  }

  private find<K extends Exclude<keyof Made, 'links' | 'contacts'>>(
    kind: K,
    key: string,
  ): Made[K][string] {
    const found = this.made[kind][key];
    if (!found) throw new Error(`fixture: no ${kind} called ${key} (yet)`);
    return found as Made[K][string];
  }

  private anyByKey(key: string): {
    label:
      | Person['label']
      | Organization['label']
      | Area['label']
      | Theme['label']
      | Initiative['label'];
    id: string;
  } {
    const found =
      this.made.people[key] ??
      this.made.organizations[key] ??
      this.made.areas[key] ??
      this.made.themes[key] ??
      this.made.initiatives[key];
    if (!found) throw new Error(`fixture: nothing called ${key} (yet)`);
    return { label: found.label, id: found.id };
  }
}

/** Starts a fixture on this database; `await` it to run the steps and get what was made. */
export const fixture = (db: Database, source = 'seed') => new Fixture(db, source);
