import type { Driver } from 'neo4j-driver';
import { type CapturedTransaction, replay, type StatementCapture } from './captureDriver.js';
import { assertOk, type GraphQLHttp } from './graphqlHttp.js';
import {
  connectorsQuery,
  detailsQuery,
  networkQuery,
  searchQuery,
  suggestionsQuery,
} from './queries.js';
import type { ApiQueryResult } from './results.js';
import { ratio, summarize } from './stats.js';

/** The stakeholders the queries are about, picked from the generated data. */
export interface BenchSubjects {
  personGid: string;
  searchText: string;
  initiativeGid: string;
}

interface BenchQuery {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

export function benchQueries(subjects: BenchSubjects): BenchQuery[] {
  return [
    { name: 'search', query: searchQuery, variables: { text: subjects.searchText, first: 10 } },
    {
      name: 'network depth 1',
      query: networkQuery,
      variables: { center: subjects.personGid, depth: 1, limit: 500 },
    },
    {
      name: 'network depth 2',
      query: networkQuery,
      variables: { center: subjects.personGid, depth: 2, limit: 500 },
    },
    { name: 'stakeholder detail', query: detailsQuery, variables: { id: subjects.personGid } },
    {
      name: 'suggestions (person)',
      query: suggestionsQuery,
      variables: { for: subjects.personGid, first: 10 },
    },
    {
      name: 'connectors (initiative)',
      query: connectorsQuery,
      variables: { initiativeId: subjects.initiativeGid, max: 5, steps: 1 },
    },
  ];
}

/**
 * For each query: a warm-up, one captured request (the Cypher it ran), then `iterations` rounds of
 * one API request over HTTP and one raw replay of the captured transactions, alternating, so both
 * sides see the same machine noise.
 */
export async function benchApi(options: {
  http: GraphQLHttp;
  capture: StatementCapture;
  driver: Driver;
  database: string;
  subjects: BenchSubjects;
  iterations: number;
  warmup: number;
  log: (line: string) => void;
}): Promise<ApiQueryResult[]> {
  const results: ApiQueryResult[] = [];
  for (const item of benchQueries(options.subjects)) {
    const send = async () => {
      const answer = await options.http.post(item.query, item.variables);
      assertOk(answer, item.name);
      return answer.ms;
    };
    await send();
    options.capture.start();
    await send();
    const captured: CapturedTransaction[] = options.capture.stop();
    const raw = async () => {
      const started = performance.now();
      await replay(options.driver, options.database, captured);
      return performance.now() - started;
    };
    for (let i = 0; i < options.warmup; i++) {
      await send();
      await raw();
    }
    const apiMs: number[] = [];
    const rawMs: number[] = [];
    for (let i = 0; i < options.iterations; i++) {
      apiMs.push(await send());
      rawMs.push(await raw());
    }
    const api = summarize(apiMs);
    const rawSummary = summarize(rawMs);
    const result: ApiQueryResult = {
      name: item.name,
      api,
      raw: rawSummary,
      ratioP50: ratio(api.p50, rawSummary.p50),
      ratioP95: ratio(api.p95, rawSummary.p95),
      transactions: captured.length,
      statements: captured.reduce((sum, tx) => sum + tx.statements.length, 0),
      operations: captured.map((tx) => tx.operation),
    };
    options.log(
      `  ${item.name}: API p50 ${api.p50} p95 ${api.p95} p99 ${api.p99} ms; raw p50 ${rawSummary.p50} p95 ${rawSummary.p95} ms; ratio p95 ${result.ratioP95} (${result.operations.join(', ')})`,
    );
    results.push(result);
  }
  return results;
}
