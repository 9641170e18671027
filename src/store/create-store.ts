import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

import type { Config, StoreConfig } from '../config.js';
import type { Metrics } from '../server/metrics.js';
import { CachedStore } from './cached-store.js';
import { InstrumentedStore } from './instrumented-store.js';
import { KuzuStore } from './kuzu/kuzu-store.js';
import { Neo4jStore } from './neo4j/neo4j-store.js';
import type { GraphStore } from './port/graph-store.port.js';
import { ResilientStore } from './resilient-store.js';

/** NEO4J_URI set → Neo4jStore, else the embedded KuzuStore (its data directory created if missing). */
export function createStore(config: StoreConfig): GraphStore {
  switch (config.kind) {
    case 'neo4j':
      return new Neo4jStore(config);
    case 'kuzu':
      if (config.path !== ':memory:') mkdirSync(dirname(config.path), { recursive: true });
      return new KuzuStore(config);
    default: {
      const unreachable: never = config;
      throw new Error(`Unknown store kind: ${JSON.stringify(unreachable)}`);
    }
  }
}

/**
 * The store the server runs on, from the inside out: the adapter; outage handling (fail fast
 * while down, reconnect by itself); metrics (so they count what really reaches the store); and,
 * when READ_CACHE is on, the read cache (so repeated reads never reach it).
 */
export function createServerStore(
  config: Config,
  metrics: Metrics,
  onStateChange?: (state: 'up' | 'down', reason?: string) => void,
): GraphStore {
  const resilient = new ResilientStore(createStore(config.store), { onStateChange });
  const instrumented = new InstrumentedStore(resilient, metrics);
  return config.readCache ? new CachedStore(instrumented) : instrumented;
}
