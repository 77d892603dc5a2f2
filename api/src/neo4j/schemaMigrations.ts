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

/**
 * Relationship types of the register (kept here as literals: a shipped migration must not change
 * when the domain's link table grows; a new type gets a new migration).
 */
const linkTypesOf0003 = [
  'KNOWS',
  'MEMBER_OF',
  'BOARD_OF',
  'WORKS_AT',
  'VOLUNTEERS_AT',
  'COLLABORATES_WITH',
  'LOCATED_IN',
  'LIVES_IN',
  'ACTIVE_IN',
  'INITIATES',
  'SUPPORTS',
  'PARTICIPATES_IN',
  'COVERS',
  'RESPONSIBLE_FOR',
] as const;

/** What the projection reads (literals, like 0003: a shipped migration must not change). */
const projectionLabelsOf0006 = ['Person', 'Organization', 'Initiative', 'Area', 'Theme'] as const;
const projectionTypesOf0006 = [
  'KNOWS',
  'MEMBER_OF',
  'BOARD_OF',
  'WORKS_AT',
  'VOLUNTEERS_AT',
  'COLLABORATES_WITH',
  'INITIATES',
  'SUPPORTS',
  'PARTICIPATES_IN',
  'LIVES_IN',
  'LOCATED_IN',
  'COVERS',
  'ACTIVE_IN',
  'RESPONSIBLE_FOR',
  'PART_OF',
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
  {
    id: '0003-register-constraints',
    description:
      'Per link type: unique deterministic key (one link per type and pair, even under concurrency) and unique id; unique theme name key and CBS code; filter indexes',
    statements: [
      ...linkTypesOf0003.flatMap((type) => [
        `CREATE CONSTRAINT link_${type.toLowerCase()}_key_unique IF NOT EXISTS FOR ()-[r:${type}]-() REQUIRE r.key IS UNIQUE`,
        `CREATE CONSTRAINT link_${type.toLowerCase()}_id_unique IF NOT EXISTS FOR ()-[r:${type}]-() REQUIRE r.id IS UNIQUE`,
      ]),
      'CREATE CONSTRAINT theme_name_key_unique IF NOT EXISTS FOR (n:Theme) REQUIRE n.nameKey IS UNIQUE',
      'CREATE CONSTRAINT area_cbs_code_unique IF NOT EXISTS FOR (n:Area) REQUIRE n.cbsCode IS UNIQUE',
      'CREATE INDEX organization_kind IF NOT EXISTS FOR (n:Organization) ON (n.kind)',
      'CREATE INDEX initiative_status IF NOT EXISTS FOR (n:Initiative) ON (n.status)',
      'CREATE INDEX area_level IF NOT EXISTS FOR (n:Area) ON (n.level)',
      'CREATE INDEX contact_date IF NOT EXISTS FOR (n:Contact) ON (n.date)',
      'CREATE INDEX person_official_role IF NOT EXISTS FOR (n:Person) ON (n.officialRole)',
    ],
  },
  {
    id: '0004-auth-accounts-sessions-audit',
    description:
      'Accounts (unique id, case-insensitive username, OIDC subject), sessions by token hash, and the audit chain (unique seq, one head)',
    statements: [
      'CREATE CONSTRAINT account_id_unique IF NOT EXISTS FOR (n:Account) REQUIRE n.id IS UNIQUE',
      'CREATE CONSTRAINT account_username_key_unique IF NOT EXISTS FOR (n:Account) REQUIRE n.usernameKey IS UNIQUE',
      'CREATE CONSTRAINT account_oidc_subject_unique IF NOT EXISTS FOR (n:Account) REQUIRE n.oidcSubject IS UNIQUE',
      'CREATE CONSTRAINT session_token_hash_unique IF NOT EXISTS FOR (n:Session) REQUIRE n.tokenHash IS UNIQUE',
      'CREATE INDEX session_account_id IF NOT EXISTS FOR (n:Session) ON (n.accountId)',
      'CREATE INDEX session_expires_at IF NOT EXISTS FOR (n:Session) ON (n.expiresAt)',
      'CREATE CONSTRAINT audit_entry_seq_unique IF NOT EXISTS FOR (n:AuditEntry) REQUIRE n.seq IS UNIQUE',
      'CREATE INDEX audit_entry_subject_id IF NOT EXISTS FOR (n:AuditEntry) ON (n.subjectId)',
      'CREATE CONSTRAINT audit_head_id_unique IF NOT EXISTS FOR (n:AuditHead) REQUIRE n.id IS UNIQUE',
    ],
  },
  {
    id: '0005-suggestions-and-analysis-runs',
    description:
      'Suggested introductions are unique per pair (pairKey); analysis runs by id and start time',
    statements: [
      'CREATE CONSTRAINT suggestion_pair_key_unique IF NOT EXISTS FOR (n:Suggestion) REQUIRE n.pairKey IS UNIQUE',
      'CREATE CONSTRAINT analysis_run_id_unique IF NOT EXISTS FOR (n:AnalysisRun) REQUIRE n.id IS UNIQUE',
      'CREATE INDEX analysis_run_started_at IF NOT EXISTS FOR (n:AnalysisRun) ON (n.startedAt)',
    ],
  },
  {
    id: '0006-projection-version-indexes',
    description:
      'Range indexes on updatedAt of the analysed labels and relationship types, and on Person.objected, so the projection cache reads the graph version cheaply',
    statements: [
      ...projectionLabelsOf0006.map(
        (label) =>
          `CREATE INDEX ${label.toLowerCase()}_updated_at IF NOT EXISTS FOR (n:${label}) ON (n.updatedAt)`,
      ),
      'CREATE INDEX person_objected IF NOT EXISTS FOR (n:Person) ON (n.objected)',
      ...projectionTypesOf0006.map(
        (type) =>
          `CREATE INDEX link_${type.toLowerCase()}_updated_at IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.updatedAt)`,
      ),
    ],
  },
  {
    id: '0007-stakeholder-search-eventually-consistent',
    description:
      'The full-text index rebuilt eventually consistent: a commit no longer waits for Lucene (bulk writes of people were 1.5-2x slower); searches wait for the refresh instead',
    statements: [
      'DROP INDEX stakeholder_search IF EXISTS',
      `CREATE FULLTEXT INDEX stakeholder_search IF NOT EXISTS
       FOR (n:Person|Organization|Initiative|Area|Theme) ON EACH [n.name, n.title]
       OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-folding', \`fulltext.eventually_consistent\`: true } }`,
    ],
  },
];
