import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

import type { Config, StoreConfig } from '../config.js';
import type { Metrics } from '../server/metrics.js';
import { CachedStore } from './cached-store.js';
import { InstrumentedStore } from './instrumented-store.js';
import { Neo4jStore } from './neo4j/neo4j-store.js';
import type { GraphStore } from './port/graph-store.port.js';
import { StoreError } from './port/store-error.js';
import { ResilientStore } from './resilient-store.js';

/**
 * NEO4J_URI set → Neo4jStore, else the embedded KuzuStore (its data directory created if missing).
 * The embedded engine is an optional dependency, loaded only here and only when used: a Neo4j
 * deployment installs without it (`npm ci --omit=optional`, ~540 MB less).
 */
export async function createStore(config: StoreConfig): Promise<GraphStore> {
  switch (config.kind) {
    case 'neo4j':
      return new Neo4jStore(config);
    case 'kuzu': {
      const { KuzuStore } = await loadEmbeddedStore();
      if (config.path === ':memory:') return new KuzuStore(config);
      createDataDir(dirname(config.path));
      // Opened by openChecked once its files are checked (prepare-graph.ts, seed/cli.ts).
      return new KuzuStore({ ...config, deferOpen: true });
    }
    default: {
      const unreachable: never = config;
      throw new Error(`Unknown store kind: ${JSON.stringify(unreachable)}`);
    }
  }
}

/** DATA_DIR, created if missing; one line naming the variable when it cannot be. */
function createDataDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new StoreError(
      'STORE_MISCONFIGURED',
      `DATA_DIR ${dir} does not exist and cannot be created (${code ?? (error as Error).message}): create it, or set DATA_DIR to a writable directory.`,
      { cause: error },
    );
  }
}

/**
 * The embedded store's module, loaded only when used: its engine (kuzu) is an optional package,
 * absent from a Neo4j-only install, and no module on the Neo4j path may import it.
 */
export async function loadEmbeddedStore(): Promise<typeof import('./kuzu/kuzu-store.js')> {
  try {
    return await import('./kuzu/kuzu-store.js');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if ((code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') && /'kuzu'/.test(String(error))) {
      throw new StoreError(
        'STORE_MISCONFIGURED',
        'NEO4J_URI is not set, so the embedded store would be used, but its engine (the optional package kuzu) is not installed: set NEO4J_URI to run on Neo4j, or install it with `npm install kuzu`.',
        { cause: error },
      );
    }
    throw error;
  }
}

/**
 * The store the server runs on, from the inside out: the adapter; outage handling (fail fast
 * while down, reconnect by itself); metrics (so they count what really reaches the store); and,
 * when READ_CACHE is on, the read cache (so repeated reads never reach it).
 */
export async function createServerStore(
  config: Config,
  metrics: Metrics,
  onStateChange?: (state: 'up' | 'down', reason?: string) => void,
): Promise<GraphStore> {
  const resilient = new ResilientStore(await createStore(config.store), { onStateChange });
  const instrumented = new InstrumentedStore(resilient, metrics);
  return config.readCache ? new CachedStore(instrumented, { maxBytes: config.readCacheBytes }) : instrumented;
}
