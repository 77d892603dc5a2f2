/**
 * Schema migrations: constraints and indexes, each applied once and recorded as a
 * `(:AntenneMigration)` node. Statements use IF NOT EXISTS, so two processes starting at once
 * cannot break anything. Never edit a migration that has shipped; add a new one.
 */
export interface SchemaMigration {
  id: string;
  description: string;
  statements: string[];
}

/** Every stakeholder-like label carries an app-generated `id` that must be unique. */
export const entityLabels = [
  'Person',
  'Organization',
  'Area',
  'Theme',
  'Initiative',
  'Contact',
  'Suggestion',
] as const;

export const schemaMigrations: SchemaMigration[] = [
  {
    id: '0001-unique-ids',
    description: 'A uniqueness constraint on the id of every entity label',
    statements: entityLabels.map(
      (label) =>
        `CREATE CONSTRAINT ${label.toLowerCase()}_id_unique IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
    ),
  },
  {
    id: '0002-stakeholder-fulltext',
    description:
      'A full-text index over names and titles, accent- and case-insensitive (standard-folding analyzer)',
    statements: [
      `CREATE FULLTEXT INDEX stakeholder_search IF NOT EXISTS
       FOR (n:Person|Organization|Initiative|Area|Theme) ON EACH [n.name, n.title]
       OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-folding', \`fulltext.eventually_consistent\`: false } }`,
    ],
  },
];
