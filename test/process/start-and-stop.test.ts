import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { once } from 'node:events';

import { describe, expect, it } from 'vitest';

const TSX = ['--import', 'tsx', 'src/index.ts'];

/**
 * Starts `src/index.ts` as `npm start` does, with the given environment. Why NODE_ENV and
 * NEO4J_URI are reset: vitest sets NODE_ENV=test, under which Apollo leaves signals alone, and a
 * developer's NEO4J_URI (for the Neo4j contract suite) would send the server to that database.
 */
function startServer(env: Record<string, string>) {
  const child = spawn(process.execPath, TSX, {
    env: { ...process.env, NODE_ENV: 'development', NEO4J_URI: '', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

describe('the server process', () => {
  it('refuses a bad configuration value with a message naming the variable and a non-zero exit', async () => {
    const { child, output } = startServer({ PORT: 'abc', DATA_DIR: ':memory:' });
    const [code] = (await once(child, 'exit')) as [number];
    expect(code).not.toBe(0);
    expect(output()).toMatch(
      /^Invalid configuration: PORT must be a whole number from 0 to 65535, got "abc"\n$/m,
    );
    expect(output()).not.toMatch(/\n\s+at /); // a message, not a stack trace
  });

  it('starts on a fresh embedded store, seeds it, serves, and exits cleanly on SIGTERM', async () => {
    const port = String(41000 + Math.floor(Math.random() * 1000));
    const { child, output } = startServer({ PORT: port, DATA_DIR: ':memory:', HOST: '127.0.0.1' });
    const deadline = Date.now() + 45_000;
    while (!output().includes('ilo-graph ready') && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(output()).toMatch(/"Sector":\d+.*loaded the ILO knowledge base/);
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ sectors(first: 3) { totalCount edges { node { id name } } } }' }),
    });
    const body = (await response.json()) as { data: { sectors: { totalCount: number; edges: unknown[] } } };
    expect(body.data.sectors.edges).toHaveLength(3);
    expect(body.data.sectors.totalCount).toBeGreaterThanOrEqual(22);

    child.kill('SIGTERM');
    const [code] = (await once(child, 'exit')) as [number];
    expect(code).toBe(0);
    expect(output()).toContain('shutting down');
  }, 60_000);

  it('stops with one line and a non-zero exit when its port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = String((blocker.address() as AddressInfo).port);
    try {
      const { child, output } = startServer({ PORT: port, DATA_DIR: ':memory:', HOST: '127.0.0.1' });
      const [code] = (await once(child, 'exit')) as [number];
      expect(code).toBe(1);
      expect(output()).toMatch(new RegExp(`cannot listen on 127\\.0\\.0\\.1:${port}: .*EADDRINUSE`));
      expect(output()).not.toMatch(/Unhandled 'error' event/);
    } finally {
      blocker.close();
    }
  }, 60_000);
});
