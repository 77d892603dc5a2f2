import type { Driver, ManagedTransaction, Session, SessionConfig } from 'neo4j-driver';

/** One statement a request sent, with the parameters it was sent with. */
export interface CapturedStatement {
  cypher: string;
  params: Record<string, unknown>;
}

/** One managed transaction a request ran: its mode, operation name and statements. */
export interface CapturedTransaction {
  mode: 'read' | 'write';
  operation: string;
  statements: CapturedStatement[];
}

export interface StatementCapture {
  /** The driver to give the app: it behaves as `driver` and records while capturing. */
  driver: Driver;
  /** Records every transaction run until `stop()`; only one request should be in flight. */
  start(): void;
  stop(): CapturedTransaction[];
}

type TxWork = (tx: ManagedTransaction) => Promise<unknown>;
type TxConfig = { metadata?: Record<string, unknown> } | undefined;

/**
 * Wraps a driver so the Cypher the app's repositories send can be recorded and then replayed
 * straight through the driver: the "raw" side of the API benchmark runs exactly what the
 * resolvers ran, statement for statement, parameters included.
 */
export function captureStatements(driver: Driver): StatementCapture {
  let recording: CapturedTransaction[] | null = null;
  const wrapWork =
    (mode: 'read' | 'write', work: TxWork, config: TxConfig): TxWork =>
    (tx) => {
      const log = recording;
      if (!log) return work(tx);
      const captured: CapturedTransaction = {
        mode,
        operation: String(config?.metadata?.operation ?? 'unnamed'),
        statements: [],
      };
      log.push(captured);
      const proxy = new Proxy(tx, {
        get(target, property, receiver) {
          if (property === 'run') {
            return (cypher: string, params: Record<string, unknown> = {}) => {
              // A retried transaction records again: keep the last attempt only.
              captured.statements.push({ cypher, params });
              return target.run(cypher, params);
            };
          }
          return Reflect.get(target, property, receiver);
        },
      });
      captured.statements = [];
      return work(proxy);
    };
  const wrapSession = (session: Session): Session =>
    new Proxy(session, {
      get(target, property, receiver) {
        if (property === 'executeRead' || property === 'executeWrite') {
          const mode = property === 'executeRead' ? 'read' : 'write';
          return (work: TxWork, config?: TxConfig) =>
            target[property](wrapWork(mode, work, config), config);
        }
        const value = Reflect.get(target, property, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  const wrapped = new Proxy(driver, {
    get(target, property, receiver) {
      if (property === 'session') {
        return (config?: SessionConfig) => wrapSession(target.session(config));
      }
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return {
    driver: wrapped,
    start: () => {
      recording = [];
    },
    stop: () => {
      const captured = recording ?? [];
      recording = null;
      return captured;
    },
  };
}

/**
 * Audit appends (`audit.*`, e.g. the `person.viewed` entry of a person's details) are not
 * replayed: an entry takes the next number of the hash chain, so running the captured statement
 * again would take a number that is already used. The raw side therefore leaves out work the API
 * side does, which makes the API / raw ratio err on the API's expense.
 */
export const replayable = (captured: CapturedTransaction) =>
  !captured.operation.startsWith('audit.');

/** Runs captured transactions again, in order, each as one managed transaction. */
export async function replay(
  driver: Driver,
  database: string,
  transactions: readonly CapturedTransaction[],
): Promise<number> {
  let records = 0;
  for (const captured of transactions.filter(replayable)) {
    const session = driver.session({
      database,
      defaultAccessMode: captured.mode === 'read' ? 'READ' : 'WRITE',
    });
    try {
      const work = async (tx: ManagedTransaction) => {
        let count = 0;
        for (const statement of captured.statements) {
          const result = await tx.run(statement.cypher, statement.params);
          count += result.records.length;
        }
        return count;
      };
      records +=
        captured.mode === 'read'
          ? await session.executeRead(work)
          : await session.executeWrite(work);
    } finally {
      await session.close();
    }
  }
  return records;
}
