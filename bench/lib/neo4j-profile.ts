import neo4j, { type Driver } from 'neo4j-driver';

import type { Config } from '../../src/config.js';
import { toDriverParams } from '../../src/store/neo4j/neo4j-values.js';
import type { Params } from '../../src/store/port/graph-store.port.js';
import { DIALECT_ONLY_QUERIES, QUERY_NAMES } from '../../src/store/query-names.js';
import { QueryRegistry } from '../../src/store/query-registry.js';

/** One Cypher statement as a request sent it: its text and its parameters (driver values). */
export interface CypherStatement {
  text: string;
  params: Record<string, unknown>;
}

interface ProfileNode {
  dbHits?: number;
  children?: ProfileNode[];
}

/** The statement under PROFILE, after any `CYPHER 5` version line it starts with (the peer sends one). */
export function profiled(text: string): string {
  const version = /^CYPHER[^\n]*\n/.exec(text)?.[0] ?? '';
  return `${version}PROFILE ${text.slice(version.length)}`;
}

/** Database hits of a PROFILE plan: the sum over its operators. */
export function planDbHits(plan: ProfileNode | false | undefined): number {
  if (!plan) return 0;
  return (plan.dbHits ?? 0) + (plan.children ?? []).reduce((sum, child) => sum + planDbHits(child), 0);
}

/**
 * Runs statements again under PROFILE, in read transactions, and returns their database hits:
 * Neo4j's own count of the storage reads a statement costs, which neither the client's CPU nor a
 * neighbour's load changes.
 */
export class Neo4jProfiler {
  private readonly driver: Driver;
  /** Our statements' texts by query name (the bounded path searches included). */
  readonly registry = new QueryRegistry('neo4j', [...QUERY_NAMES, ...DIALECT_ONLY_QUERIES.neo4j]);

  constructor(private readonly config: Extract<Config['store'], { kind: 'neo4j' }>) {
    this.driver = neo4j.driver(config.uri, neo4j.auth.basic(config.username, config.password));
  }

  /** Our named query as the Neo4j store sends it. */
  named(name: string, params: Params): CypherStatement {
    return { text: this.registry.text(name), params: toDriverParams(params) as Record<string, unknown> };
  }

  async dbHits(statements: readonly CypherStatement[]): Promise<number> {
    const session = this.driver.session({
      database: this.config.database,
      defaultAccessMode: neo4j.session.READ,
    });
    try {
      let total = 0;
      for (const s of statements) {
        const result = await session.executeRead((tx) => tx.run(profiled(s.text), s.params));
        total += planDbHits(result.summary.profile as ProfileNode | false);
      }
      return total;
    } finally {
      await session.close();
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}
