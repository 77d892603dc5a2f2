import neo4j, { type Driver, type ManagedTransaction, type RecordShape } from 'neo4j-driver';
import type { Logger } from '../logger.js';

/** The part of a transaction repositories use: run one named Cypher statement, get plain rows. */
export interface QueryRunner {
  run<Row extends RecordShape = RecordShape>(
    cypher: string,
    params?: Record<string, unknown>,
  ): Promise<Row[]>;
}

export interface TransactionOptions {
  /** How long the transaction may run before Neo4j ends it (default 60,000 ms). */
  timeoutMs?: number;
}

export interface QueryEvent {
  operation: string;
  mode: 'read' | 'write';
}

/**
 * One driver per process; one session per operation, closed in `finally`. Work functions are
 * retried by the driver on transient errors, so they must be idempotent.
 */
export class Database {
  private readonly listeners = new Set<(event: QueryEvent) => void>();

  constructor(
    readonly driver: Driver,
    readonly name: string,
    private readonly log: Logger,
  ) {}

  read<T>(operation: string, work: (tx: QueryRunner) => Promise<T>): Promise<T> {
    return this.transact('read', operation, work);
  }

  /**
   * A write transaction. Interactive writes keep the default 60 s limit; bulk writes (demo data,
   * imports) pass a longer `timeoutMs`, since a large batch on a busy machine may need it.
   */
  write<T>(
    operation: string,
    work: (tx: QueryRunner) => Promise<T>,
    options: TransactionOptions = {},
  ): Promise<T> {
    return this.transact('write', operation, work, options);
  }

  /** Schema statements (constraints, indexes) run alone in their own auto-commit transaction. */
  async runSchema(operation: string, cypher: string): Promise<void> {
    const session = this.driver.session({ database: this.name });
    try {
      await session.run(cypher, {}, { metadata: { app: 'antenne', operation } });
    } finally {
      await session.close();
    }
  }

  /** Observe every statement run (the bounded-query tests count them). */
  onQuery(listener: (event: QueryEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async ping(): Promise<boolean> {
    try {
      await this.read('ping', (tx) => tx.run('RETURN 1 AS ok'));
      return true;
    } catch (error) {
      this.log.warn({ err: error }, 'neo4j ping failed');
      return false;
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  private async transact<T>(
    mode: 'read' | 'write',
    operation: string,
    work: (tx: QueryRunner) => Promise<T>,
    options: TransactionOptions = {},
  ): Promise<T> {
    const session = this.driver.session({
      database: this.name,
      defaultAccessMode: mode === 'read' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const config = {
      metadata: { app: 'antenne', operation },
      timeout: options.timeoutMs ?? 60_000,
    };
    const runInside = (tx: ManagedTransaction) =>
      work({
        run: async <Row extends RecordShape>(
          cypher: string,
          params: Record<string, unknown> = {},
        ) => {
          for (const listener of this.listeners) listener({ operation, mode });
          const result = await tx.run<Row>(cypher, params);
          return result.records.map((record) => record.toObject());
        },
      });
    try {
      return mode === 'read'
        ? await session.executeRead(runInside, config)
        : await session.executeWrite(runInside, config);
    } finally {
      await session.close();
    }
  }
}

/** Integer parameters must be sent as Neo4j integers, or Cypher sees a float. */
export const int = (value: number) => neo4j.int(value);
