import { readFileSync } from 'node:fs';

import { ApolloServer } from '@apollo/server';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';

import type { Config } from '../../src/config.js';
import type { Target } from '../lib/ilo-target.js';
import { serveApollo } from '../lib/limit-target.js';
import type { CypherStatement } from '../lib/neo4j-profile.js';

const TYPE_DEFS = new URL('./type-defs.graphql', import.meta.url);

export interface PeerTarget extends Target {
  /** The Cypher the peer sends while `during` runs (to PROFILE it). */
  statementsOf(during: () => Promise<unknown>): Promise<CypherStatement[]>;
  driver: Driver;
}

/**
 * @neo4j/graphql 7 over the same Neo4j, with the type definitions of bench/peer/type-defs.graphql,
 * served through the same HTTP stack as the limit (Apollo, express). Its reads go through a driver
 * of its own whose transactions can record the Cypher it sends.
 */
export async function startPeerTarget(
  store: Extract<Config['store'], { kind: 'neo4j' }>,
): Promise<PeerTarget> {
  const driver = neo4j.driver(store.uri, neo4j.auth.basic(store.username, store.password), {
    maxConnectionPoolSize: store.maxConnectionPoolSize,
  });
  let recording: CypherStatement[] | undefined;
  const recorded = recordingDriver(driver, (statement) => recording?.push(statement));
  const graphql = new Neo4jGraphQL({ typeDefs: readFileSync(TYPE_DEFS, 'utf8'), driver: recorded });
  const apollo = new ApolloServer({
    schema: await graphql.getSchema(),
    csrfPrevention: true,
    introspection: false,
  });
  const target = await serveApollo('@neo4j/graphql', apollo);
  return {
    ...target,
    driver,
    async statementsOf(during) {
      recording = [];
      try {
        await during();
        return recording;
      } finally {
        recording = undefined;
      }
    },
    async close() {
      await target.close();
      await driver.close();
    },
  };
}

/**
 * The driver as the peer uses it (sessions, read and write transaction functions), with each
 * statement a transaction runs passed to `record` first.
 */
function recordingDriver(driver: Driver, record: (statement: CypherStatement) => void): Driver {
  const wrapTx = (tx: ManagedTransaction): ManagedTransaction =>
    new Proxy(tx, {
      get(target, key, receiver) {
        if (key !== 'run') return Reflect.get(target, key, receiver) as unknown;
        return (text: string, params: Record<string, unknown>) => {
          record({ text, params });
          return target.run(text, params);
        };
      },
    });
  const wrapSession = (session: Session): Session =>
    new Proxy(session, {
      get(target, key, receiver) {
        if (key === 'executeRead' || key === 'executeWrite')
          return <T>(work: (tx: ManagedTransaction) => Promise<T>, config?: unknown) =>
            (target[key] as (w: typeof work, c?: unknown) => Promise<T>).call(
              target,
              (tx) => work(wrapTx(tx)),
              config,
            );
        const value = Reflect.get(target, key, receiver) as unknown;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  return new Proxy(driver, {
    get(target, key, receiver) {
      if (key === 'session')
        return (...args: Parameters<Driver['session']>) => wrapSession(target.session(...args));
      const value = Reflect.get(target, key, receiver) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
