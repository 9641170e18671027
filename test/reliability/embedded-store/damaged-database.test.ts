import {
  existsSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
  openSync,
  writeSync,
  closeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { testDataset } from '../../helpers/test-store.js';
import { graphSnapshot, startTarget, type GraphSnapshot } from '../target.js';

/**
 * Attacks on the embedded store's files (Kuzu only, so outside the folders both stores run):
 * random bytes in its data pages, a corrupt or deleted write-ahead log. What a user checks
 * after restarting the server: it serves the knowledge base, correctly, and said what it did.
 */
const FILE = 'ilo-graph.kuzu';

/** A deterministic generator, so that every run damages the same bytes. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function scribble(path: string, writes: number, bytes: number, seed: number): void {
  const size = statSync(path).size;
  const next = random(seed);
  const fd = openSync(path, 'r+');
  try {
    for (let i = 0; i < writes; i++) {
      const offset = 4096 + Math.floor(next() * (size - 8192));
      const junk = Buffer.from(Array.from({ length: bytes }, () => Math.floor(next() * 256)));
      writeSync(fd, junk, 0, junk.length, offset);
    }
  } finally {
    closeSync(fd);
  }
}

describe('a damaged embedded database is never served', () => {
  let dir: string;
  let expected: GraphSnapshot;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ilo-graph-damaged-'));
    const dataset = await testDataset();
    // What a fresh server serves: the reference every case must come back to.
    const fresh = await startTarget({ dataDir: join(dir, 'reference') });
    expected = await graphSnapshot(fresh.url);
    await fresh.stop();
    expect(expected.totalEntities).toBe(dataset.entities.length);
    expect(expected.firstHit).toBe('agency:WHO');
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** A server that loaded the knowledge base into `dataDir`, then was stopped (cleanly or killed). */
  async function loaded(name: string, stop: 'SIGTERM' | 'SIGKILL'): Promise<string> {
    const dataDir = join(dir, name);
    const server = await startTarget({ dataDir });
    if (stop === 'SIGKILL') {
      server.server.child.kill('SIGKILL');
      await new Promise((resolve) => server.server.child.once('exit', resolve));
    } else await server.stop();
    return dataDir;
  }

  async function restartAndCheck(dataDir: string): Promise<string> {
    const server = await startTarget({ dataDir });
    try {
      expect(await graphSnapshot(server.url)).toEqual(expected);
      const ready = await fetch(`${server.url}/ready`);
      expect(ready.status).toBe(200);
      return server.server.output();
    } finally {
      await server.stop();
    }
  }

  it('sets aside a database with random bytes in its data pages (it crashed or served wrong data) and serves the knowledge base', async () => {
    const dataDir = await loaded('pages', 'SIGTERM');
    scribble(join(dataDir, FILE), 40, 512, 7);
    const output = await restartAndCheck(dataDir);
    expect(output).toMatch(/"level":40,.*The embedded database is damaged: .*set aside in .*damaged-/);
    // Set aside, not deleted, and the start-up did not loop: one check, one load.
    const aside = readdirSync(dataDir).filter((f) => f.startsWith('damaged-'));
    expect(aside).toHaveLength(1);
    expect(existsSync(join(dataDir, aside[0]!, FILE))).toBe(true);
    expect(output.match(/loaded the ILO knowledge base/g)).toHaveLength(1);
  }, 180_000);

  it('sets aside a database whose ids were damaged but whose file still opens, and says why', async () => {
    const dataDir = await loaded('ids', 'SIGTERM');
    // Many small writes: some land in the id columns, which the load record's fingerprint covers.
    scribble(join(dataDir, FILE), 400, 16, 11);
    const output = await restartAndCheck(dataDir);
    expect(output).toMatch(/The embedded database is damaged: (its graph is not what was loaded|the engine)/);
  }, 180_000);

  it('recovers from a corrupt write-ahead log, saying so', async () => {
    const dataDir = await loaded('corrupt-wal', 'SIGKILL');
    const wal = join(dataDir, `${FILE}.wal`);
    // A killed server leaves its last load in the log (or, if it checkpointed, none: write one).
    const size = existsSync(wal) ? statSync(wal).size : 0;
    if (size > 8192) scribble(wal, 200, 64, 3);
    else writeFileSync(wal, Buffer.alloc(64 * 1024, 0xa5));
    const output = await restartAndCheck(dataDir);
    expect(output).toMatch(
      /"level":40,.*The embedded database (is damaged|file holds no graph|was not closed cleanly)/,
    );
  }, 180_000);

  it('reloads the knowledge base when the write-ahead log that held it was deleted, saying so', async () => {
    const dataDir = await loaded('deleted-wal', 'SIGKILL');
    rmSync(join(dataDir, `${FILE}.wal`), { force: true });
    const output = await restartAndCheck(dataDir);
    // Either the log held the load (lost: said so, and loaded again) or the file had it already.
    if (/loaded the ILO knowledge base/.test(output))
      expect(output).toMatch(/"level":40,.*The embedded database file holds no graph: no write-ahead log/);
  }, 180_000);
});
