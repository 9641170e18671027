import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { describe, expect, it } from 'vitest';

import { freePort, startServerProcess } from '../helpers/server-process.js';

/** Whether something still accepts connections on the port. */
async function listening(port: number): Promise<boolean> {
  return fetch(`http://127.0.0.1:${port}/health`).then(
    () => true,
    () => false,
  );
}

describe('the server process', () => {
  it('refuses a bad configuration value with a message naming the variable and a non-zero exit', async () => {
    const server = startServerProcess({ PORT: 'abc', DATA_DIR: ':memory:' });
    const [code] = (await once(server.child, 'exit')) as [number];
    expect(code).not.toBe(0);
    expect(server.output()).toMatch(
      /^Invalid configuration: PORT must be a whole number from 0 to 65535, got "abc"\n$/m,
    );
    expect(server.output()).not.toMatch(/\n\s+at /); // a message, not a stack trace
  });

  it('starts on a fresh embedded store, seeds it, serves, and exits cleanly on SIGTERM', async () => {
    const port = await freePort();
    const server = startServerProcess({ PORT: String(port), DATA_DIR: ':memory:', HOST: '127.0.0.1' });
    await server.waitFor(/ilo-graph ready/);
    expect(server.output()).toMatch(/"Sector":\d+.*loaded the ILO knowledge base/);
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ sectors(first: 3) { totalCount edges { node { id name } } } }' }),
    });
    const body = (await response.json()) as { data: { sectors: { totalCount: number; edges: unknown[] } } };
    expect(body.data.sectors.edges).toHaveLength(3);
    expect(body.data.sectors.totalCount).toBeGreaterThanOrEqual(22);

    expect(await server.stop()).toBe(0);
    expect(server.output()).toContain('shutting down');
  }, 60_000);

  it('stops with one line and a non-zero exit when its port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = String((blocker.address() as AddressInfo).port);
    try {
      const server = startServerProcess({ PORT: port, DATA_DIR: ':memory:', HOST: '127.0.0.1' });
      const [code] = (await once(server.child, 'exit')) as [number];
      expect(code).toBe(1);
      expect(server.output()).toMatch(new RegExp(`cannot listen on 127\\.0\\.0\\.1:${port}: .*EADDRINUSE`));
      expect(server.output()).not.toMatch(/Unhandled 'error' event/);
    } finally {
      blocker.close();
    }
  }, 60_000);

  it('stops with one line naming DATA_DIR and what to do when the directory cannot be created', async () => {
    const server = startServerProcess({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: 'package.json/data' });
    const [code] = (await once(server.child, 'exit')) as [number];
    expect(code).toBe(1);
    const lines = server.output().trim().split('\n');
    expect(lines.at(-1)).toMatch(
      /^ilo-graph cannot start: DATA_DIR package\.json\/data does not exist and cannot be created \(\w+\): create it, or set DATA_DIR to a writable directory\.$/,
    );
    expect(server.output()).not.toMatch(/CREATE NODE TABLE|\n\s+at /);
  }, 60_000);

  it('stops a second server on the same DATA_DIR with one line saying the database is in use, and leaves the first serving', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ilo-graph-two-'));
    const first = startServerProcess({ PORT: String(await freePort()), HOST: '127.0.0.1', DATA_DIR: dir });
    try {
      await first.waitFor(/ilo-graph ready/, 90_000);
      const second = startServerProcess({ PORT: String(await freePort()), HOST: '127.0.0.1', DATA_DIR: dir });
      const [code] = (await once(second.child, 'exit')) as [number];
      expect(code).toBe(1);
      expect(second.output()).toMatch(
        /ilo-graph cannot start: The embedded database .*ilo-graph\.kuzu is in use by another process \(a server or `npm run seed` on the same DATA_DIR\): stop it first, or set DATA_DIR to another directory\./,
      );
      expect(second.output()).not.toMatch(/CREATE NODE TABLE/);
      // `npm run seed` says the same while the server runs.
      const seed = spawnSync(process.execPath, ['--import', 'tsx', 'seed/cli.ts'], {
        env: { ...process.env, NEO4J_URI: '', DATA_DIR: dir },
        encoding: 'utf8',
      });
      expect(seed.status).toBe(1);
      expect(seed.stderr.trim()).toMatch(
        /^npm run seed: The embedded database .* is in use by another process .*: stop it first/,
      );
    } finally {
      await first.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('serves /metrics on METRICS_PORT only, when set', async () => {
    const port = await freePort();
    const metricsPort = await freePort();
    const server = startServerProcess({
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: ':memory:',
      METRICS_PORT: String(metricsPort),
    });
    try {
      await server.waitFor(/ilo-graph ready/);
      const there = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
      expect(there.status).toBe(200);
      expect(await there.text()).toContain('ilo_graph_cache_bytes');
      expect((await fetch(`http://127.0.0.1:${port}/metrics`)).status).toBe(404);
      expect((await fetch(`http://127.0.0.1:${metricsPort}/graphql`)).status).toBe(404);
    } finally {
      await server.stop();
    }
  }, 60_000);

  it('is one process under `npm start`: SIGTERM to npm stops the server and frees the port', async () => {
    const port = await freePort();
    const npm = spawn('npm', ['start', '--silent'], {
      env: {
        ...process.env,
        NODE_ENV: 'development',
        NEO4J_URI: '',
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: ':memory:',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    npm.stdout.on('data', (c: Buffer) => (output += c.toString()));
    npm.stderr.on('data', (c: Buffer) => (output += c.toString()));
    const deadline = Date.now() + 45_000;
    while (!output.includes('ilo-graph ready') && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(output).toContain('ilo-graph ready');
    expect(await listening(port)).toBe(true);

    npm.kill('SIGTERM');
    const [code] = (await once(npm, 'exit')) as [number | null];
    expect(code).toBe(0);
    expect(output).toContain('shutting down');
    // Nothing is left behind holding the port.
    for (let waited = 0; waited < 5_000 && (await listening(port)); waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await listening(port)).toBe(false);
  }, 60_000);
});
