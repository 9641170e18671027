import kuzu from 'kuzu';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { readAll } from '../../../src/store/kuzu/kuzu-values.js';

/**
 * Kuzu's own values, read as the port promises (the same as the Neo4j adapter gives, see
 * test/store/neo4j/neo4j-values.test.ts): asked of a real in-memory Kuzu database.
 */
describe('Kuzu values in the port form', () => {
  const database = new kuzu.Database(':memory:', 64 * 1024 * 1024);
  const connection = new kuzu.Connection(database);
  const rows = async (statement: string) => readAll([await connection.query(statement)]);

  beforeAll(async () => {
    await rows('CREATE NODE TABLE E(id STRING, n INT64, PRIMARY KEY(id))');
    await rows("CREATE (:E {id: 'a', n: 1})");
  });
  afterAll(async () => {
    await connection.close();
    await database.close();
  });

  it('gives collect() of nothing as [], as Neo4j does (Kuzu says null)', async () => {
    expect(await rows("MATCH (e:E) WHERE e.id = 'none' RETURN collect(e.id) AS ids")).toEqual([{ ids: [] }]);
    expect(
      await rows("UNWIND ['x'] AS k OPTIONAL MATCH (e:E {id: 'none'}) RETURN k, collect(e) AS nodes"),
    ).toEqual([{ k: 'x', nodes: [] }]);
  });

  it('keeps a list that has items, and a null that is not a list', async () => {
    expect(await rows('MATCH (e:E) RETURN collect(e.id) AS ids, NULL AS nothing')).toEqual([
      { ids: ['a'], nothing: null },
    ]);
  });

  it('gives a DATE as YYYY-MM-DD, as Neo4j gives a Date; a TIMESTAMP as an ISO instant', async () => {
    expect(await rows("RETURN date('2024-02-29') AS d, timestamp('2024-02-29 10:30:00') AS t")).toEqual([
      { d: '2024-02-29', t: '2024-02-29T10:30:00.000Z' },
    ]);
  });

  it('gives integers exactly, and refuses one beyond 2^53 instead of rounding it', async () => {
    expect(await rows('RETURN 9007199254740991 AS max, -42 AS neg')).toEqual([
      { max: 9007199254740991, neg: -42 },
    ]);
    await expect(rows('RETURN 9007199254740993 AS beyond')).rejects.toThrow(/beyond exact JS numbers/);
  });

  it('gives nodes as plain objects with their label and set properties', async () => {
    const [row] = await rows("MATCH (e:E {id: 'a'}) RETURN e");
    expect(row?.e).toMatchObject({ $type: 'node', label: 'E', properties: { id: 'a', n: 1 } });
  });
});
