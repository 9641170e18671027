import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { testDataset } from '../../helpers/test-store.js';
import { graphSnapshot, startTarget } from '../target.js';

const FILE = 'ilo-graph.kuzu';
const dir = mkdtempSync(join(tmpdir(), 'ilo-graph-seed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const seedEnv = { ...process.env, NEO4J_URI: '', DATA_DIR: dir, KUZU_BUFFER_POOL_MB: '64' };

describe('npm run seed on the embedded store', () => {
  it('leaves the database served as it was when killed (-9) while loading, and a later seed completes', async () => {
    const first = spawnSync(process.execPath, ['--import', 'tsx', 'seed/cli.ts'], {
      env: seedEnv,
      encoding: 'utf8',
    });
    expect(first.status, first.stderr).toBe(0);

    const seed = spawn(process.execPath, ['--import', 'tsx', 'seed/cli.ts'], {
      env: seedEnv,
      stdio: 'ignore',
    });
    // Killed while it writes the new file beside the served one.
    for (let waited = 0; waited < 60_000 && !existsSync(join(dir, `${FILE}.next`)); waited += 50)
      await new Promise((resolve) => setTimeout(resolve, 50));
    await new Promise((resolve) => setTimeout(resolve, 300));
    seed.kill('SIGKILL');
    await once(seed, 'exit');

    const server = await startTarget({ dataDir: dir });
    try {
      const snapshot = await graphSnapshot(server.url);
      expect(snapshot.totalEntities).toBe((await testDataset()).entities.length);
      expect(snapshot.firstHit).toBe('agency:WHO');
      expect(server.server.output()).not.toMatch(/loaded the ILO knowledge base/);
    } finally {
      await server.stop();
    }
  }, 180_000);

  it('keeps the file the size of the graph however often it is re-seeded', async () => {
    const size = () => statSync(join(dir, FILE)).size;
    const seedOnce = () => {
      const r = spawnSync(process.execPath, ['--import', 'tsx', 'seed/cli.ts'], {
        env: seedEnv,
        encoding: 'utf8',
      });
      expect(r.status, r.stderr).toBe(0);
    };
    seedOnce();
    const after1 = size();
    for (let i = 0; i < 3; i++) seedOnce();
    // Before: each re-seed added its deleted pages (12.6 MB → 42.5 MB after 14).
    expect(size()).toBeLessThanOrEqual(after1 * 1.05);
    expect(existsSync(join(dir, `${FILE}.next`))).toBe(false);
  }, 180_000);
});
