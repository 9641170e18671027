import { afterAll, describe, expect, it } from 'vitest';

import { Neo4jStore } from '../../src/store/neo4j/neo4j-store.js';
import { entityToRow } from '../../src/domain/records-to-rows.js';
import { neo4jTestUri } from '../helpers/test-store.js';
import { TINY_DATASET } from '../helpers/tiny-dataset.js';
import { seedTestStore } from '../helpers/test-store.js';

/**
 * Production gives NEO4J_URI as `neo4j://` (routing: a cluster or Aura, reads spread over
 * secondaries) or `bolt://` (one server). Both must work against one server too: a routing
 * driver then asks that server for its routing table and is answered with itself.
 */
const uri = new URL(neo4jTestUri()!);
const host = uri.host;

describe.each(['bolt', 'neo4j'])('the Neo4j store over a %s:// URI', (scheme) => {
  const store = new Neo4jStore({
    uri: `${scheme}://${host}`,
    username: process.env.NEO4J_USERNAME ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? '',
    database: process.env.NEO4J_DATABASE || undefined,
    maxConnectionPoolSize: 5,
    connectionAcquisitionTimeoutMs: 5_000,
    queryTimeoutMs: 10_000,
  });
  afterAll(() => store.close());

  it('answers its health check, writes in a write transaction and reads it back in a read transaction', async () => {
    await store.health();
    await seedTestStore(store, TINY_DATASET);
    const topic = {
      id: `topic:${scheme}-scheme`,
      kind: 'Topic' as const,
      name: `${scheme} scheme`,
      sources: [],
    };
    await store.write([{ query: 'upsert-entities', params: { rows: [entityToRow(topic)] } }]);
    const rows = await store.read('entities-by-ids', { ids: [topic.id] });
    expect(rows).toHaveLength(1);
    expect(await store.search(`${scheme} scheme`, { limit: 1 })).toMatchObject([{ id: topic.id }]);
  });
});
