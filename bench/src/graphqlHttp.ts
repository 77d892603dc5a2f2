import { Agent, request } from 'node:http';

export interface GraphQLAnswer {
  status: number;
  data: Record<string, unknown> | null;
  errors: { message: string; extensions?: Record<string, unknown> }[] | null;
  setCookies: string[];
  ms: number;
}

class StaleSocketError extends Error {
  constructor(cause: Error) {
    super(cause.message, { cause });
  }
}

/** A small keep-alive HTTP client for one GraphQL endpoint on loopback (no dependency). */
export class GraphQLHttp {
  private readonly agent: Agent;
  cookie: string | null = null;

  constructor(
    private readonly url: URL,
    sockets = 64,
  ) {
    this.agent = new Agent({ keepAlive: true, maxSockets: sockets });
  }

  /**
   * Sends one operation. A keep-alive socket the server closed while idle fails with ECONNRESET
   * before the request was read; that one case is retried once, as Node's documentation advises.
   */
  async post(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLAnswer> {
    try {
      return await this.send(query, variables);
    } catch (error) {
      if (error instanceof StaleSocketError) return this.send(query, variables);
      throw error;
    }
  }

  private send(query: string, variables: Record<string, unknown>): Promise<GraphQLAnswer> {
    const body = JSON.stringify({ query, variables });
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const req = request(
        this.url,
        {
          method: 'POST',
          agent: this.agent,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            ...(this.cookie ? { cookie: this.cookie } : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () => {
            const ms = performance.now() - started;
            let parsed: { data?: Record<string, unknown> | null; errors?: GraphQLAnswer['errors'] };
            try {
              parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as typeof parsed;
            } catch {
              parsed = { errors: [{ message: `not JSON (HTTP ${res.statusCode})` }] };
            }
            const setCookie = res.headers['set-cookie'];
            resolve({
              status: res.statusCode ?? 0,
              data: parsed.data ?? null,
              errors: parsed.errors ?? null,
              setCookies: Array.isArray(setCookie) ? setCookie : [],
              ms,
            });
          });
        },
      );
      req.on('error', (error: NodeJS.ErrnoException) =>
        reject(
          error.code === 'ECONNRESET' && req.reusedSocket ? new StaleSocketError(error) : error,
        ),
      );
      req.end(body);
    });
  }

  /** Signs in and keeps the session cookie for every later request. */
  async signIn(username: string, password: string): Promise<void> {
    const answer = await this.post(
      'mutation ($u: String!, $p: String!) { signIn(username: $u, password: $p) { id } }',
      { u: username, p: password },
    );
    const pair = answer.setCookies
      .find((cookie) => cookie.startsWith('antenne_session='))
      ?.split(';')[0];
    if (answer.errors || !pair) {
      throw new Error(`sign-in failed: ${JSON.stringify(answer.errors ?? answer.setCookies)}`);
    }
    this.cookie = pair;
  }

  close(): void {
    this.agent.destroy();
  }
}

/** Throws unless the answer is HTTP 200 without GraphQL errors. */
export function assertOk(answer: GraphQLAnswer, what: string): Record<string, unknown> {
  if (answer.status !== 200 || answer.errors || !answer.data) {
    throw new Error(`${what}: HTTP ${answer.status} ${JSON.stringify(answer.errors)}`);
  }
  return answer.data;
}
