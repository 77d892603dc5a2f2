import type { Driver } from 'neo4j-driver';
import type { GraphQLAnswer, GraphQLHttp } from './graphqlHttp.js';
import {
  createLinkMutation,
  detailsQuery,
  globalId,
  networkQuery,
  recordContactMutation,
  searchQuery,
} from './queries.js';
import type { LoadPhase } from './results.js';
import { summarize } from './stats.js';

export interface LoadSubjects {
  /** People the reads and the contact moments are about (uuids). */
  readPool: string[];
  /** A small group linked to each other at random, so the same link is asked for concurrently. */
  linkPool: string[];
  searchTexts: string[];
}

/** A seeded generator, so two runs send the same mix. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const pick = <T>(list: readonly T[], next: () => number): T =>
  list[Math.floor(next() * list.length)] as T;

async function countLinks(driver: Driver, ids: readonly string[]) {
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    const total = await session.run(
      `MATCH (a:Person)-[r:KNOWS]->(b:Person) WHERE a.id IN $ids AND b.id IN $ids
       RETURN count(r) AS n`,
      { ids },
    );
    const duplicates = await session.run(
      `MATCH (a:Person)-[r:KNOWS]-(b:Person) WHERE a.id IN $ids AND b.id IN $ids AND a.id < b.id
       WITH a, b, count(r) AS n WHERE n > 1 RETURN count(*) AS n`,
      { ids },
    );
    return {
      links: Number(total.records[0]?.get('n') ?? 0),
      duplicates: Number(duplicates.records[0]?.get('n') ?? 0),
    };
  } finally {
    await session.close();
  }
}

async function countContacts(driver: Driver, marker: string): Promise<number> {
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    const result = await session.run(
      'MATCH (c:Contact) WHERE c.note STARTS WITH $marker RETURN count(c) AS n',
      { marker },
    );
    return Number(result.records[0]?.get('n') ?? 0);
  } finally {
    await session.close();
  }
}

/**
 * `clients` concurrent clients for `seconds`: 70 % reads (search, network, details) and 30 %
 * writes (recordContact, createLink within a small group, so identical links race). Afterwards the
 * database is checked: every recorded contact is there once, the links added equal the links the
 * API said it created, and no pair has two KNOWS links.
 */
export async function benchLoad(options: {
  /** One signed-in client per simulated user (each its own session and connections). */
  clients: GraphQLHttp[];
  driver: Driver;
  subjects: LoadSubjects;
  seconds: number;
  day: string;
}): Promise<LoadPhase> {
  const { subjects } = options;
  const marker = `bench-load-${Date.now().toString(36)}`;
  const before = await countLinks(options.driver, subjects.linkPool);
  const all: number[] = [];
  const reads: number[] = [];
  const writes: number[] = [];
  const errorSamples: string[] = [];
  let errors = 0;
  let contactsRecorded = 0;
  let linksCreated = 0;
  let sequence = 0;
  const deadline = performance.now() + options.seconds * 1000;
  const started = performance.now();

  const client = async (http: GraphQLHttp, index: number) => {
    const next = random(index + 1);
    while (performance.now() < deadline) {
      const roll = next();
      const person = globalId('Person', pick(subjects.readPool, next));
      let answer: GraphQLAnswer;
      let write = false;
      let kind: 'read' | 'contact' | 'link' = 'read';
      try {
        if (roll < 0.3) {
          answer = await http.post(searchQuery, {
            text: pick(subjects.searchTexts, next),
            first: 10,
          });
        } else if (roll < 0.5) {
          answer = await http.post(networkQuery, { center: person, depth: 1, limit: 500 });
        } else if (roll < 0.55) {
          answer = await http.post(networkQuery, { center: person, depth: 2, limit: 500 });
        } else if (roll < 0.7) {
          answer = await http.post(detailsQuery, { id: person });
        } else if (roll < 0.85) {
          write = true;
          kind = 'contact';
          sequence += 1;
          const other = globalId('Person', pick(subjects.readPool, next));
          answer = await http.post(recordContactMutation, {
            input: {
              channel: 'MEETING',
              date: options.day,
              note: `${marker} ${sequence}`,
              participantIds: person === other ? [person] : [person, other],
            },
          });
        } else {
          write = true;
          kind = 'link';
          const from = pick(subjects.linkPool, next);
          let to = pick(subjects.linkPool, next);
          if (to === from)
            to = subjects.linkPool[
              (subjects.linkPool.indexOf(from) + 1) % subjects.linkPool.length
            ] as string;
          answer = await http.post(createLinkMutation, {
            input: {
              type: 'KNOWS',
              fromId: globalId('Person', from),
              toId: globalId('Person', to),
              strength: 3,
            },
          });
        }
      } catch (error) {
        errors += 1;
        if (errorSamples.length < 5) errorSamples.push(String(error));
        continue;
      }
      all.push(answer.ms);
      (write ? writes : reads).push(answer.ms);
      if (answer.status !== 200 || answer.errors || !answer.data) {
        errors += 1;
        if (errorSamples.length < 5) {
          errorSamples.push(`${kind}: HTTP ${answer.status} ${JSON.stringify(answer.errors)}`);
        }
        continue;
      }
      if (kind === 'contact') contactsRecorded += 1;
      if (kind === 'link') {
        const payload = answer.data.createLink as { created?: boolean } | undefined;
        if (payload?.created) linksCreated += 1;
      }
    }
  };
  await Promise.all(options.clients.map((http, index) => client(http, index)));
  const elapsed = (performance.now() - started) / 1000;
  const after = await countLinks(options.driver, subjects.linkPool);
  const contactsFound = await countContacts(options.driver, marker);
  const linksFound = after.links - before.links;
  const duplicateLinks = after.duplicates - before.duplicates;
  return {
    clients: options.clients.length,
    seconds: Math.round(elapsed * 10) / 10,
    requests: all.length,
    errors,
    errorSamples,
    requestsPerSecond: Math.round(all.length / elapsed),
    latency: summarize(all),
    reads: summarize(reads),
    writes: summarize(writes),
    consistency: {
      contactsRecorded,
      contactsFound,
      linksCreated,
      linksFound,
      duplicateLinks,
      ok: contactsFound === contactsRecorded && linksFound === linksCreated && duplicateLinks <= 0,
    },
  };
}
