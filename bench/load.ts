/**
 * Load test (`npm run load`): the real server on the embedded store with the seed graph, on a
 * loopback port, under LOAD_CLIENTS concurrent clients (default 50) for LOAD_SECONDS (default
 * 60) over a mix of list, nested, search, collaborations and gaps queries. Prints requests,
 * errors (HTTP non-2xx or any GraphQL error), req/s, latency p50/p99, and the process's memory
 * sampled every LOAD_SAMPLE_SECONDS (default 5) after a full garbage collection. Exits 1 if any
 * request failed, or if memory is not flat: the live JS heap over the last quarter of the run
 * more than LOAD_HEAP_GROWTH (default 1.2) times that over the second quarter, plus 10 MB.
 * Run through `npm run load`, which gives node --expose-gc (without it, samples are taken
 * without collecting first and the check is not made).
 */
import 'reflect-metadata';

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus } from 'node:os';

import autocannon from 'autocannon';
import { pino } from 'pino';

import { buildDataset } from '../seed/build-dataset.js';
import { loadConfig } from '../src/config.js';
import { createApp } from '../src/server/app.js';
import { Metrics } from '../src/server/metrics.js';
import { createServerStore } from '../src/store/create-store.js';
import { replaceGraph } from '../src/store/write-dataset.js';

const seconds = Number(process.env.LOAD_SECONDS ?? 60);
const clients = Number(process.env.LOAD_CLIENTS ?? 50);
const sampleSeconds = Number(process.env.LOAD_SAMPLE_SECONDS ?? 5);
const allowedHeapGrowth = Number(process.env.LOAD_HEAP_GROWTH ?? 1.2);
const gc = (globalThis as { gc?: () => void }).gc;

const MIX: { name: string; query: string; variables?: Record<string, unknown> }[] = [
  {
    name: 'list',
    query:
      'query List { sectors(first: 30) { totalCount edges { cursor node { id name acronym } } pageInfo { hasNextPage endCursor } } }',
  },
  {
    name: 'nested',
    query: `query Nested { sectors(first: 10) { edges { node { id name
      instruments { id name sectors { id } }
      programmes { id name partners { __typename id } }
      sources { document { id } passage } } } } }`,
  },
  {
    name: 'search',
    query: 'query Search($q: String!) { search(query: $q, first: 10) { score entity { id name kind } } }',
    variables: { q: 'child labour' },
  },
  {
    name: 'search-acronym',
    query: 'query Search($q: String!) { search(query: $q, first: 5) { score entity { id name } } }',
    variables: { q: 'WHO' },
  },
  {
    name: 'collaborations',
    query: `query Collaborations { collaborations(first: 20) { totalCount edges { node { id name since
      partners { __typename id } sectors { id name } topics { id } } } } }`,
  },
  { name: 'gaps', query: 'query Gaps { gaps { kind explanation relationship entity { __typename id } } }' },
];

const mb = (bytes: number) => Math.round(bytes / (1024 * 1024));
interface MemorySample {
  second: number;
  rss: number;
  heap: number;
}
/** Memory now, after a full collection where node allows it: what is still live, not garbage. */
const sampleMemory = (second: number): MemorySample => {
  gc?.();
  const m = process.memoryUsage();
  return { second, rss: mb(m.rss), heap: mb(m.heapUsed) };
};
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);

/**
 * Whether memory is flat: the live heap over the run's last quarter against its second quarter
 * (the first is warm-up: caches, JIT, connection pools fill).
 */
function heapVerdict(samples: MemorySample[]): { flat: boolean; line: string } {
  const quarter = (q: number) =>
    samples
      .filter((s) => s.second > (seconds * q) / 4 && s.second <= (seconds * (q + 1)) / 4)
      .map((s) => s.heap);
  const second = mean(quarter(1));
  const last = mean(quarter(3));
  const limit = second * allowedHeapGrowth + 10;
  const flat = last <= limit;
  return {
    flat,
    line: `live heap: ${second.toFixed(0)} MB over the second quarter, ${last.toFixed(0)} MB over the last (limit ${limit.toFixed(0)} MB): ${flat ? 'flat' : 'GROWING'}`,
  };
}

async function main(): Promise<void> {
  const config = loadConfig({
    ...process.env,
    DATA_DIR: ':memory:',
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
  });
  const metrics = new Metrics();
  // The store exactly as the server builds it (read cache per READ_CACHE: on by default here).
  const store = await createServerStore(config, metrics);
  await store.applySchema();
  await replaceGraph(store, await buildDataset());
  const httpServer = createServer();
  const app = await createApp({ config, store, metrics, logger: pino({ level: 'silent' }), httpServer });
  httpServer.on('request', app.listener);
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}/graphql`;

  // Every query must answer without errors before the run: a broken mix is not a load result.
  for (const q of MIX) {
    const r = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(q),
    });
    const body = (await r.json()) as { errors?: unknown[] };
    if (r.status !== 200 || body.errors)
      throw new Error(`${q.name} fails before the run: ${r.status} ${JSON.stringify(body.errors)}`);
  }

  const started = Date.now();
  const samples = [sampleMemory(0)];
  const sampler = setInterval(
    () => samples.push(sampleMemory(Math.round((Date.now() - started) / 1000))),
    sampleSeconds * 1000,
  );
  let graphqlErrors = 0;
  const result = await autocannon({
    url,
    connections: clients,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: MIX.map((q) => ({
      method: 'POST' as const,
      body: JSON.stringify({ query: q.query, variables: q.variables }),
      onResponse: (status: number, body: string) => {
        if (status === 200 && body.includes('"errors"')) graphqlErrors++;
      },
    })),
  });
  clearInterval(sampler);
  samples.push(sampleMemory(seconds));
  const heap = gc ? heapVerdict(samples) : undefined;

  const errors = result.errors + result.timeouts + result.non2xx + graphqlErrors;
  const lines = [
    `machine: ${cpus().length} cpus, ${cpus()[0]?.model ?? 'unknown cpu'}, node ${process.version}`,
    `store: embedded (Kuzu), read cache ${config.readCache ? 'on' : 'off'}`,
    `load: ${clients} clients, ${seconds} s, mix of ${MIX.map((q) => q.name).join(', ')}`,
    `requests: ${result.requests.total}`,
    `errors: ${errors} (socket ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}, GraphQL ${graphqlErrors})`,
    `req/s: ${result.requests.average.toFixed(0)} (mean)`,
    `latency: p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
    `rss (MB) every ${sampleSeconds} s: ${samples.map((m) => m.rss).join(' ')}`,
    `live js heap (MB) every ${sampleSeconds} s${gc ? ', after gc' : ' (no --expose-gc: not collected first)'}: ${samples.map((m) => m.heap).join(' ')}`,
    heap?.line ?? 'live heap: not checked (run with node --expose-gc, as npm run load does)',
  ];
  console.log(lines.join('\n'));

  await app.apollo.stop();
  await store.close();
  process.exit(errors === 0 && heap?.flat !== false ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error('load test failed:', error);
  process.exit(1);
});
