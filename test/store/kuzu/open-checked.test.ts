import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import kuzu from 'kuzu';
import { afterAll, describe, expect, it } from 'vitest';

import { KuzuStore } from '../../../src/store/kuzu/kuzu-store.js';
import { datasetFingerprint, replaceGraph } from '../../../src/store/write-dataset.js';
import { TINY_DATASET } from '../../helpers/tiny-dataset.js';

const MiB = 1024 * 1024;
const dir = mkdtempSync(join(tmpdir(), 'ilo-graph-open-checked-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const store = (path: string) =>
  new KuzuStore({
    path,
    bufferPoolBytes: 64 * MiB,
    maxDatabaseBytes: 1024 * MiB,
    readConnections: 1,
    queryTimeoutMs: 10_000,
    deferOpen: true,
  });

/** A database at `path` loaded with the tiny dataset, closed. */
async function loaded(path: string): Promise<void> {
  const s = store(path);
  await s.openChecked({ repair: false });
  await s.applySchema();
  await replaceGraph(s, TINY_DATASET);
  await s.close();
}

const tiny = datasetFingerprint(TINY_DATASET);

describe('KuzuStore.openChecked: the database is checked in a child process before it is opened', () => {
  it('opens a new database (missing), then finds what was loaded sound', async () => {
    const path = join(dir, 'sound.kuzu');
    const first = store(path);
    expect(await first.openChecked({ repair: true })).toEqual({ found: 'missing' });
    await first.close();
    await loaded(path);
    const again = store(path);
    expect(await again.openChecked({ repair: true, expectedFingerprint: tiny })).toMatchObject({
      found: 'sound',
    });
    expect((await again.read('count-entities')).at(0)?.count).toBe(TINY_DATASET.entities.length);
    await again.close();
  }, 60_000);

  it('sets aside a graph that is not the knowledge base this version loads (repair), and keeps it otherwise', async () => {
    const path = join(dir, 'outdated.kuzu');
    await loaded(path);
    const kept = store(path);
    const found = await kept.openChecked({ repair: false, expectedFingerprint: 'another' });
    expect(found).toMatchObject({ found: 'outdated' });
    expect(found.movedTo).toBeUndefined();
    await kept.close();

    const repaired = store(path);
    const outcome = await repaired.openChecked({ repair: true, expectedFingerprint: 'another' });
    expect(outcome).toMatchObject({ found: 'outdated', movedTo: expect.stringContaining('outdated-') });
    expect(existsSync(join(outcome.movedTo!, 'outdated.kuzu'))).toBe(true);
    await repaired.applySchema();
    expect(await repaired.read('count-entities')).toEqual([{ count: 0 }]);
    await repaired.close();
  }, 60_000);

  it('finds a graph with no load record (an earlier version) unrecorded', async () => {
    const path = join(dir, 'unrecorded.kuzu');
    await loaded(path);
    // Remove the load record, as an earlier version never wrote one.
    const database = new kuzu.Database(path, 64 * MiB);
    const connection = new kuzu.Connection(database);
    const result = await connection.query('MATCH (m:GraphMeta) DELETE m');
    for (const r of Array.isArray(result) ? result : [result]) r.close();
    await connection.close();
    await database.close();
    const again = store(path);
    expect(await again.openChecked({ repair: false })).toMatchObject({ found: 'unrecorded' });
    await again.close();
  }, 60_000);
});
