import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import kuzu from 'kuzu';
import { afterAll, describe, expect, it } from 'vitest';

import { entityToRow } from '../../../src/domain/records-to-rows.js';
import { KuzuStore } from '../../../src/store/kuzu/kuzu-store.js';
import type { StoreNode } from '../../../src/store/port/graph-store.port.js';

const MiB = 1024 * 1024;

describe('Kuzu schema upgrade', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ilo-graph-upgrade-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('adds the columns a database made by an earlier version lacks, keeping its data', async () => {
    const path = join(dir, 'graph.kuzu');
    // A database as an earlier version left it: an Entity table with fewer columns, one entity.
    const old = new kuzu.Database(path, 64 * MiB);
    const connection = new kuzu.Connection(old);
    for (const statement of [
      'CREATE NODE TABLE Entity(id STRING, kind STRING, name STRING, PRIMARY KEY(id))',
      "CREATE (:Entity {id: 'topic:old', kind: 'Topic', name: 'Old topic'})",
    ]) {
      // Results are closed while the database is open (a result collected after close crashes).
      const result = await connection.query(statement);
      for (const r of Array.isArray(result) ? result : [result]) r.close();
    }
    await connection.close();
    await old.close();

    const store = new KuzuStore({
      path,
      bufferPoolBytes: 64 * MiB,
      maxDatabaseBytes: 1024 * MiB,
      readConnections: 1,
      queryTimeoutMs: 10_000,
    });
    try {
      await store.applySchema();
      await store.write([
        {
          query: 'upsert-entities',
          params: { rows: [entityToRow({ id: 'topic:new', kind: 'Topic', name: 'Sécurité', sources: [] })] },
        },
      ]);
      const rows = await store.read('entities-by-ids', { ids: ['topic:old', 'topic:new'] });
      const byId = new Map(
        rows.map((r) => [(r.node as StoreNode).properties.id, (r.node as StoreNode).properties]),
      );
      expect(byId.get('topic:old')).toMatchObject({ name: 'Old topic' });
      expect(byId.get('topic:new')).toMatchObject({ name: 'Sécurité', nameFolded: 'securite' });
    } finally {
      await store.close();
    }
  });
});
