import { type SystemStatus, systemStatus } from '../services/systemStatusService.js';
import { builder } from './builder.js';

type DatabaseStatus = SystemStatus['database'];

const DatabaseStatusRef = builder.objectRef<DatabaseStatus>('DatabaseStatus').implement({
  description: 'The Neo4j database behind this Antenne.',
  fields: (t) => ({
    reachable: t.exposeBoolean('reachable', {
      description: 'Whether the database answered just now.',
    }),
    neo4jVersion: t.string({
      nullable: true,
      description: 'The Neo4j version, when reachable.',
      resolve: (db) => (db.reachable ? db.neo4jVersion : null),
    }),
    edition: t.string({
      nullable: true,
      description: 'The Neo4j edition (community or enterprise), when reachable.',
      resolve: (db) => (db.reachable ? db.edition : null),
    }),
    migrationsApplied: t.int({
      nullable: true,
      description: 'How many schema migrations the database has recorded, when reachable.',
      resolve: (db) => (db.reachable ? db.migrationsApplied : null),
    }),
  }),
});

const SystemStatusRef = builder.objectRef<SystemStatus>('SystemStatus').implement({
  description: 'What is running: the Antenne version and its database.',
  fields: (t) => ({
    version: t.exposeString('version', { description: 'The Antenne version.' }),
    database: t.field({
      type: DatabaseStatusRef,
      description: 'The database and whether it answers.',
      resolve: (status) => status.database,
    }),
  }),
});

builder.queryField('systemStatus', (t) =>
  t.field({
    type: SystemStatusRef,
    description: 'The Antenne version and the state of its database. Open to everyone.',
    resolve: (_root, _args, ctx) => systemStatus(ctx.db, ctx.version),
  }),
);
