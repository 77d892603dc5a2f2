import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertJava, Neo4jStartError, neo4jVersion, startEmbeddedNeo4j } from './embeddedNeo4j.js';

describe('embedded Neo4j launcher', () => {
  it('pins Neo4j Community 5.26 LTS', () => {
    expect(neo4jVersion()).toMatch(/^5\.26\.\d+$/);
  });

  it('says in one line that Java is missing, and how to fix it', () => {
    expect(() => assertJava('/nonexistent/jdk')).toThrow(Neo4jStartError);
    expect(() => assertJava('/nonexistent/jdk')).toThrow(/Java was not found .*JDK 17.*NEO4J_URI/);
  });

  it('refuses a port that is already taken, with a one-line error', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      await expect(
        startEmbeddedNeo4j({
          port,
          dataDir: join(tmpdir(), `antenne-port-test-${process.pid}`),
          heap: '256m',
          pageCache: '16m',
          javaHome: undefined,
        }),
      ).rejects.toThrow(new RegExp(`port ${port} on 127.0.0.1 is already in use`));
    } finally {
      blocker.close();
    }
  }, 60_000);
});
