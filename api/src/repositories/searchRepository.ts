import { z } from 'zod';
import type { RegisterScope } from '../auth/registerScope.js';
import { int, type QueryRunner } from '../neo4j/database.js';
import { kindOfLabels, type StakeholderKind } from '../services/searchKinds.js';
import { parseRows } from './rowParsing.js';
import { scopeParams, stakeholderInScope } from './scopeFilter.js';

/** What search and the network explorer show of a stakeholder: never contact details. */
export interface StakeholderSummary {
  /** The node's UUID. */
  id: string;
  kind: StakeholderKind;
  label: string;
  /** Organization kind, area level, official role or initiative status (enum value), if any. */
  sublabel: string | null;
  official: boolean;
  objected: boolean;
}

/**
 * Cypher projection of a stakeholder node `n` into the columns `stakeholderSummaryRow` parses;
 * shared by search and network so both describe a node the same way.
 */
export const stakeholderSummaryColumns = (n: string) => `
  ${n}.id AS id, labels(${n}) AS labels, coalesce(${n}.name, ${n}.title, '') AS label,
  CASE
    WHEN ${n}:Official THEN ${n}.officialRole
    WHEN ${n}:Organization THEN ${n}.kind
    WHEN ${n}:Area THEN ${n}.level
    WHEN ${n}:Initiative THEN ${n}.status
    ELSE null
  END AS sublabel,
  coalesce(${n}.objected, false) AS objected`;

export const stakeholderSummaryRow = z
  .object({
    id: z.string(),
    labels: z.array(z.string()),
    label: z.string(),
    sublabel: z.string().nullable(),
    objected: z.boolean(),
  })
  .transform((row, ctx): StakeholderSummary => {
    const kind = kindOfLabels(row.labels);
    if (!kind) {
      ctx.addIssue({ code: 'custom', message: `Not a stakeholder: ${row.labels.join(':')}` });
      return z.NEVER;
    }
    return {
      id: row.id,
      kind,
      label: row.label,
      sublabel: row.sublabel,
      official: row.labels.includes('Official'),
      objected: row.objected,
    };
  });

export interface SearchHitRow extends StakeholderSummary {
  score: number;
}

const searchHitRow = z
  .object({ score: z.number() })
  .passthrough()
  .transform((row, ctx): SearchHitRow => {
    const summary = stakeholderSummaryRow.safeParse(row);
    if (!summary.success) {
      ctx.addIssue({ code: 'custom', message: summary.error.message });
      return z.NEVER;
    }
    return { ...summary.data, score: row.score };
  });

/**
 * searchStakeholders: the best-scoring stakeholders for a Lucene query, restricted to some labels.
 * The index streams hits by descending score, so the label filter and LIMIT stop it early. It is
 * eventually consistent (migration 0007): the query first waits for pending writes to be indexed.
 */
export async function searchStakeholders(
  tx: QueryRunner,
  query: { lucene: string; labels: readonly string[]; limit: number },
  scope: RegisterScope,
): Promise<SearchHitRow[]> {
  const rows = await tx.run(
    /* searchStakeholders */ `
    CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()
    CALL db.index.fulltext.queryNodes('stakeholder_search', $lucene) YIELD node, score
    WHERE any(label IN labels(node) WHERE label IN $labels)
    WITH node AS n, score
    WHERE ${stakeholderInScope('n', scope)}
    ORDER BY score DESC, coalesce(n.name, n.title), n.id
    LIMIT $limit
    RETURN ${stakeholderSummaryColumns('n')}, score`,
    {
      lucene: query.lucene,
      labels: query.labels,
      limit: int(query.limit),
      ...scopeParams(scope),
    },
  );
  return parseRows(searchHitRow, rows, 'searchStakeholders');
}
