import { KuzuStore } from '../../src/store/kuzu/kuzu-store.js';
import { Neo4jStore } from '../../src/store/neo4j/neo4j-store.js';
import type { GraphStore } from '../../src/store/port/graph-store.port.js';
import { replaceGraph } from '../../src/store/write-dataset.js';
import type { Dataset } from '../../src/domain/dataset.js';
import { Mutex } from '../../src/util/mutex.js';
import { buildDataset } from '../../seed/build-dataset.js';

const MiB = 1024 * 1024;

export type StoreKind = 'kuzu' | 'neo4j';

/**
 * The store this test file runs on. vitest.config.ts runs every file that reads the graph once per
 * store, as a project of its own (`kuzu`, `neo4j`) that sets TEST_STORE; a file run by hand
 * outside a project runs on Kuzu.
 */
export const STORE_UNDER_TEST: StoreKind = process.env.TEST_STORE === 'neo4j' ? 'neo4j' : 'kuzu';

/** The Neo4j the suite runs on (NEO4J_URI, as the server reads it), or undefined when none is set. */
export function neo4jTestUri(): string | undefined {
  return process.env.NEO4J_URI || undefined;
}

export interface TestStoreOptions {
  kind?: StoreKind;
  queryTimeoutMs?: number;
}

/**
 * A fresh store of the given kind (default: the store under test). Kuzu: a new in-memory database,
 * private to the caller. Neo4j: a new driver on the one database the suite shares, which is why
 * the `neo4j` project runs its files one at a time.
 */
export function createTestStore(options: TestStoreOptions = {}): GraphStore {
  const kind = options.kind ?? STORE_UNDER_TEST;
  const queryTimeoutMs = options.queryTimeoutMs ?? 10_000;
  if (kind === 'kuzu') return kuzuTestStore({ queryTimeoutMs });
  const uri = neo4jTestUri();
  if (!uri) throw new Error('TEST_STORE=neo4j needs NEO4J_URI (npm run neo4j:local starts one)');
  return new Neo4jStore({
    uri,
    username: process.env.NEO4J_USERNAME ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? '',
    database: process.env.NEO4J_DATABASE || undefined,
    maxConnectionPoolSize: 10,
    connectionAcquisitionTimeoutMs: 5_000,
    queryTimeoutMs,
  });
}

/**
 * An in-memory Kuzu store sized for tests. Why the small sizes: each Kuzu Database reserves its
 * maximum size in address space and its buffer pool in memory; tests open many of them.
 */
export function kuzuTestStore(options: { queryTimeoutMs?: number } = {}): KuzuStore {
  return new KuzuStore({
    path: ':memory:',
    bufferPoolBytes: 64 * MiB,
    maxDatabaseBytes: 1024 * MiB,
    readConnections: 2,
    queryTimeoutMs: options.queryTimeoutMs ?? 10_000,
  });
}

/**
 * Why one at a time: on Neo4j, stores of one test file share a database, and two transactions
 * replacing the whole graph at once would lock each other out.
 */
const seeding = new Mutex();
let knowledgeBase: Promise<Dataset> | undefined;

/** The real ILO knowledge base, built once per test file. */
export function testDataset(): Promise<Dataset> {
  knowledgeBase ??= buildDataset();
  return knowledgeBase;
}

/** Applies the schema and replaces the store's graph with a dataset (default: the knowledge base). */
export async function seedTestStore(store: GraphStore, dataset?: Dataset): Promise<void> {
  const data = dataset ?? (await testDataset());
  await seeding.run(async () => {
    await store.applySchema();
    await replaceGraph(store, data);
  });
}
