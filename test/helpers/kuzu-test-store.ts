import { KuzuStore } from '../../src/store/kuzu/kuzu-store.js';

const MiB = 1024 * 1024;

/**
 * An in-memory Kuzu store sized for tests. Why the small sizes: each Kuzu Database reserves its
 * maximum size in address space and its buffer pool in memory; tests open many of them.
 */
export function kuzuTestStore(): KuzuStore {
  return new KuzuStore({
    path: ':memory:',
    bufferPoolBytes: 64 * MiB,
    maxDatabaseBytes: 1024 * MiB,
    readConnections: 2,
    queryTimeoutMs: 10_000,
  });
}
