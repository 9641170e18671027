import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createConnection, createServer, type Server } from 'node:net';

import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { freePort, startServerProcess, type ServerProcess } from '../helpers/server-process.js';
import { neo4jTestUri, testDataset } from '../helpers/test-store.js';

/**
 * How the server comes up on Neo4j in production: before the database, several at once on an
 * empty database, and with read-only duties (SEED_ON_START=false) beside a one-off `npm run seed`.
 * Real server processes, the suite's real Neo4j.
 */
const neo4jUrl = new URL(neo4jTestUri()!);
const password = process.env.NEO4J_PASSWORD ?? '';
const SECTORS = '{ sectors(first: 1) { totalCount } }';
const TOTAL = '{ stats { totalEntities } }';

let admin: Driver;
beforeAll(() => {
  admin = neo4j.driver(
    `bolt://${neo4jUrl.host}`,
    neo4j.auth.basic(process.env.NEO4J_USERNAME ?? 'neo4j', password),
  );
});
afterAll(() => admin.close());

/** The whole database emptied, GraphMeta included, as a fresh Neo4j would be (its schema stays). */
async function emptyDatabase(): Promise<void> {
  await admin.executeQuery('MATCH (n) DETACH DELETE n');
}

async function gql(port: number, query: string) {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as {
    data?: Record<string, { totalCount?: number; totalEntities?: number }> | null;
    errors?: { extensions?: { code?: string } }[];
  };
}

function neo4jServer(port: number, uri: string, env: Record<string, string> = {}): ServerProcess {
  return startServerProcess({
    PORT: String(port),
    HOST: '127.0.0.1',
    NEO4J_URI: uri,
    NEO4J_PASSWORD: password,
    ...env,
  });
}

/** A TCP relay to the suite's Neo4j on `port`: Neo4j "comes up" there when it starts. */
async function relayToNeo4j(port: number): Promise<Server> {
  const relay = createServer((client) => {
    const upstream = createConnection(Number(neo4jUrl.port || 7687), neo4jUrl.hostname);
    client.pipe(upstream).pipe(client);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((resolve) => relay.listen(port, '127.0.0.1', resolve));
  return relay;
}

describe('starting on Neo4j', () => {
  it('starts before Neo4j is reachable, answers 503 and STORE_UNAVAILABLE meanwhile, then serves once it comes', async () => {
    await emptyDatabase();
    const [port, neo4jPort] = await Promise.all([freePort(), freePort()]);
    const server = neo4jServer(port, `bolt://127.0.0.1:${neo4jPort}`);
    let relay: Server | undefined;
    try {
      await server.waitFor(/graph not ready yet/);
      expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);
      const ready = await fetch(`http://127.0.0.1:${port}/ready`);
      expect(ready.status).toBe(503);
      expect(((await ready.json()) as { reason: string }).reason).toMatch(/cannot be reached/);
      const early = await gql(port, SECTORS);
      expect(early.errors?.[0]?.extensions?.code).toBe('STORE_UNAVAILABLE');

      relay = await relayToNeo4j(neo4jPort);
      await server.waitFor(/ilo-graph ready/, 60_000);
      expect(server.output()).toMatch(/loaded the ILO knowledge base/);
      expect((await fetch(`http://127.0.0.1:${port}/ready`)).status).toBe(200);
      const dataset = await testDataset();
      const sectors = dataset.entities.filter((e) => e.kind === 'Sector').length;
      expect((await gql(port, SECTORS)).data?.sectors?.totalCount).toBe(sectors);
    } finally {
      expect(await server.stop()).toBe(0);
      relay?.close();
    }
  }, 120_000);

  it('loads an empty database exactly once when three servers start together, and none serves a half-loaded graph', async () => {
    await emptyDatabase();
    const dataset = await testDataset();
    const ports = await Promise.all([freePort(), freePort(), freePort()]);
    const servers = ports.map((port) => neo4jServer(port, `bolt://${neo4jUrl.host}`));
    try {
      // Ask each server for its total until it is ready: an answer is either "not yet" or the whole graph.
      const answers: (number | string)[] = [];
      await Promise.all(
        ports.map(async (port, i) => {
          const server = servers[i]!;
          await server.waitFor(/listening/);
          for (;;) {
            const r = await gql(port, TOTAL);
            if (r.errors) answers.push(String(r.errors[0]?.extensions?.code));
            else {
              answers.push(Number(r.data?.stats?.totalEntities));
              break;
            }
            await new Promise((resolve) => setTimeout(resolve, 50));
          }
        }),
      );
      for (const answer of answers) {
        if (typeof answer === 'number') expect(answer).toBe(dataset.entities.length);
        else expect(answer).toBe('STORE_UNAVAILABLE');
      }
      const loaders = servers.filter((s) => /loaded the ILO knowledge base/.test(s.output()));
      expect(loaders).toHaveLength(1);
      const { records } = await admin.executeQuery(
        'MATCH (e:Entity) RETURN count(e) AS n, count(DISTINCT e.id) AS ids',
      );
      expect(records[0]!.get('n').toNumber()).toBe(dataset.entities.length);
      expect(records[0]!.get('ids').toNumber()).toBe(dataset.entities.length);
    } finally {
      for (const code of await Promise.all(servers.map((s) => s.stop()))) expect(code).toBe(0);
    }
  }, 120_000);

  it('with SEED_ON_START=false runs no write, waits for `npm run seed`, then serves without a restart', async () => {
    await emptyDatabase();
    const port = await freePort();
    const server = neo4jServer(port, `bolt://${neo4jUrl.host}`, { SEED_ON_START: 'false' });
    try {
      await server.waitFor(/graph not ready yet/);
      const ready = await fetch(`http://127.0.0.1:${port}/ready`);
      expect(ready.status).toBe(503);
      expect(((await ready.json()) as { reason: string }).reason).toMatch(/npm run seed/);

      // The one-off job, as a deployment runs it.
      const seed = spawn(process.execPath, ['--import', 'tsx', 'seed/cli.ts'], {
        env: {
          ...process.env,
          NEO4J_URI: `bolt://${neo4jUrl.host}`,
          NEO4J_PASSWORD: password,
          LOG_LEVEL: 'info',
        },
        stdio: 'pipe',
      });
      let seedOutput = '';
      seed.stdout.on('data', (c: Buffer) => (seedOutput += c.toString()));
      seed.stderr.on('data', (c: Buffer) => (seedOutput += c.toString()));
      const [seedCode] = (await once(seed, 'exit')) as [number];
      expect(seedCode, seedOutput).toBe(0);

      await server.waitFor(/ilo-graph ready/, 60_000);
      const dataset = await testDataset();
      expect((await gql(port, TOTAL)).data?.stats?.totalEntities).toBe(dataset.entities.length);
      // What reached the store from this server: reads only, no schema statement and no write.
      const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
      const queries = [...metrics.matchAll(/^ilo_graph_store_queries_total\{query="([^"]+)"/gm)].map(
        (m) => m[1],
      );
      expect(queries).toContain('count-entities-by-kind');
      expect(queries).not.toContain('write');
      expect(queries).not.toContain('schema');
    } finally {
      expect(await server.stop()).toBe(0);
    }
  }, 120_000);
});
