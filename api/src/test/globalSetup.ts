import type { TestProject } from 'vitest/node';
import { startTestNeo4j, type TestNeo4j } from './testNeo4j.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

/** Starts (or finds) the test Neo4j once for the integration project. */
export default async function setup(project: TestProject) {
  const neo4j = await startTestNeo4j();
  const { stop, ...info } = neo4j;
  project.provide('neo4j', info);
  return stop;
}
