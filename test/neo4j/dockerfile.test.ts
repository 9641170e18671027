import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildOnHost, type BuiltImage } from '../helpers/dockerfile.js';
import { freePort } from '../helpers/server-process.js';
import { neo4jTestUri } from '../helpers/test-store.js';

/**
 * The API image's steps, run on this machine (Docker cannot run everywhere the suite does): the
 * Dockerfile's install and build stages in temporary directories, then its CMD against the suite's
 * Neo4j, its HEALTHCHECK, and its stop signal. The default image is the Neo4j-only one: production
 * dependencies without the optional embedded engine.
 */
describe('the Dockerfile, built on the host', () => {
  let work: string;
  let image: BuiltImage;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'ilo-graph-image-'));
    image = buildOnHost(join(process.cwd(), 'Dockerfile'), work);
  }, 600_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }), 180_000);

  /** The image's CMD, or another command, in the built image's directory. */
  const run = (env: Record<string, string>, cmd = image.cmd) => {
    const [command, ...args] = cmd;
    const child = spawn(command === 'node' ? process.execPath : command!, args, {
      cwd: image.dir,
      // The image's ENV, the container paths swapped for temporary ones, and no variable of the suite's.
      env: { PATH: process.env.PATH ?? '', ...image.env, DATA_DIR: join(work, 'data'), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    return { child, output: () => output };
  };

  it('installs production dependencies only, without the embedded engine, runs as a non-root user', () => {
    const modules = join(image.dir, 'node_modules');
    expect(existsSync(join(modules, 'neo4j-driver'))).toBe(true);
    expect(existsSync(join(modules, 'kuzu'))).toBe(false);
    expect(existsSync(join(modules, 'vitest'))).toBe(false);
    expect(existsSync(join(image.dir, 'dist', 'src', 'index.js'))).toBe(true);
    expect(existsSync(join(image.dir, 'src'))).toBe(false);
    expect(image.user).toBe('node');
    expect(image.env.NODE_ENV).toBe('production');
    expect(image.stopSignal).toBe('SIGTERM');
  });

  it('says in one line what to do when started without NEO4J_URI', async () => {
    const server = run({});
    const [code] = (await once(server.child, 'exit')) as [number];
    expect(code).toBe(1);
    const lines = server.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/NEO4J_URI is not set.*optional package kuzu\) is not installed: set NEO4J_URI/);
  });

  it("runs the compose file's seed job: the knowledge base loaded into Neo4j, exit 0", async () => {
    const job = run(
      {
        NEO4J_URI: neo4jTestUri()!,
        NEO4J_USERNAME: process.env.NEO4J_USERNAME ?? 'neo4j',
        NEO4J_PASSWORD: process.env.NEO4J_PASSWORD ?? '',
      },
      ['node', 'dist/seed/cli.js'],
    );
    const [code] = (await once(job.child, 'exit')) as [number];
    expect(code, job.output()).toBe(0);
    expect(job.output()).toMatch(/^seeded neo4j: \d+ entities/m);
  }, 120_000);

  it('starts on Neo4j, passes its HEALTHCHECK, serves the graph and the explorer, and stops cleanly on its stop signal', async () => {
    const port = await freePort();
    const server = run({
      PORT: String(port),
      HOST: '127.0.0.1',
      NEO4J_URI: neo4jTestUri()!,
      NEO4J_USERNAME: process.env.NEO4J_USERNAME ?? 'neo4j',
      NEO4J_PASSWORD: process.env.NEO4J_PASSWORD ?? '',
    });
    try {
      const deadline = Date.now() + 60_000;
      while (!server.output().includes('ilo-graph ready') && Date.now() < deadline) {
        if (server.child.exitCode !== null) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(server.output()).toContain('ilo-graph ready');
      const [command, ...args] = image.healthcheck!;
      expect(command).toBe('node');
      execFileSync(process.execPath, args, { env: { ...process.env, PORT: String(port) }, timeout: 3_000 });

      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ entity(id: "agency:WHO") { name } }' }),
      });
      expect(await response.json()).toEqual({ data: { entity: { name: 'World Health Organization' } } });

      // The explorer's page and its assets, built into the image (GraphiQL is off in production).
      const page = await fetch(`http://127.0.0.1:${port}/explore/entity/agency%3AWHO`, {
        headers: { accept: 'text/html' },
      });
      expect(page.status).toBe(200);
      const script = /src="(\/assets\/explore-[^"]+\.js)"/.exec(await page.text())?.[1];
      expect(script).toBeDefined();
      expect((await fetch(`http://127.0.0.1:${port}${script}`)).status).toBe(200);
    } finally {
      server.child.kill(image.stopSignal as NodeJS.Signals);
      const [code] = (await once(server.child, 'exit')) as [number];
      expect(code).toBe(0);
    }
  }, 90_000);
});
