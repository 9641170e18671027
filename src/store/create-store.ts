import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

import type { StoreConfig } from '../config.js';
import type { GraphStore } from './port/graph-store.port.js';
import { KuzuStore } from './kuzu/kuzu-store.js';
import { Neo4jStore } from './neo4j/neo4j-store.js';

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
