/**
 * The scale run: the same application over synthetic graphs of 10k, 100k and 1M nodes
 * (bench/synthetic-graph.ts), measuring load time, memory, and p50/p99 of point lookups, 2-hop
 * expansions and search through the GraphQL API, a few hundred requests at 16 connections.
 *
 *   npm run bench -- --scale                  all sizes (1M only if it fits the time budget)
 *   BENCH_SCALE=1 npm run bench               the same
 *   BENCH_SCALE_SIZES=10000,100000 npm run bench -- --scale
 *
 * Adds a `scale` section to bench/results.json (the rest of the file is kept).
 */
import 'reflect-metadata';

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';

import { loadInTransactions, type LoadProgress } from './lib/bulk-load.js';
import { copyLoad } from './lib/copy-load.js';
import { driveBodies, type Measurement } from './lib/drive.js';
import { benchConfig, startIloTarget, type BenchStoreKind, type IloTarget } from './lib/ilo-target.js';
import { Neo4jAdmin, type Neo4jMemory } from './lib/neo4j-admin.js';
import { localNeo4jProcess } from './lib/neo4j-process.js';
import { machineInfo, round, rssMiB, table } from './lib/machine.js';
import { committedSection, writeResults } from './lib/results-file.js';
import { mulberry32, syntheticGraph, VOCABULARY } from './synthetic-graph.js';

const MiB = 1024 * 1024;
const CONNECTIONS = 16;
/** Wall-time budget for one size (generate + load + measure); a size estimated to exceed it is skipped. */
const SIZE_BUDGET_SEC = Number(process.env.BENCH_SCALE_BUDGET_SEC) || 600;
/** Seconds each measurement runs (requests rotate over a few hundred different ids or terms). */
const MEASURE_SEC = Number(process.env.BENCH_SCALE_SECONDS) || 30;
/** autocannon worker threads (0: the load generator runs on the server's event loop). */
const WORKERS = process.env.BENCH_SCALE_WORKERS === undefined ? 1 : Number(process.env.BENCH_SCALE_WORKERS);
/** Below this size the graph loads through the store port (store.write), above it with COPY FROM. */
const PORT_LOADER_MAX = 50_000;
/** Rows per transaction when loading Neo4j through the port (a million in one would not fit its heap). */
const NEO4J_ROWS_PER_TRANSACTION = 20_000;
/** Above this size Neo4j loads with CREATE into the emptied database (Neo4jAdmin.createGraph), not the port's MERGE. */
const NEO4J_PORT_LOADER_MAX = 100_000;

interface Latency {
  p50Ms: number;
  p99Ms: number;
  rps: number;
  requests: number;
  failed: number;
}

interface SerialSample {
  /** Latency of each request, one at a time (no concurrency), in ms. */
  ms: number[];
}

interface SizeResult {
  nodes: number;
  links?: number;
  /** partial: loaded and sampled one request at a time, the concurrent run would not fit the budget. */
  status: 'measured' | 'partial' | 'skipped' | 'failed';
  reason?: string;
  store?: string;
  loader?: string;
  generateSec?: number;
  loadSec?: number;
  loadRowsPerSec?: number;
  rssAfterLoadMiB?: number;
  searchIndexBuildSec?: number;
  rssAfterSearchIndexMiB?: number;
  point?: Latency;
  twoHop?: Latency;
  search?: Latency;
  serial?: { point: SerialSample; twoHop: SerialSample; search: SerialSample };
  /** The same requests one at a time (one connection), for the same duration. */
  oneAtATime?: Partial<Record<'point' | 'twoHop' | 'search', Latency>>;
  /** After the measurements: this process (the API and its loaders), and Neo4j as it reports itself. */
  memory?: { apiRssMiB: number; neo4j?: Neo4jMemory & { rssMiB?: number } };
  /** The child process crashed after the measurements were saved (e.g. SIGSEGV closing Kuzu). */
  crashedAfterMeasuring?: string;
  wallSec?: number;
}

const POINT = /* GraphQL */ `
  query ScalePoint($id: ID!) {
    entity(id: $id) {
      __typename
      id
      name
      kind
      sources {
        passage
        quote
      }
      neighbours(first: 20) {
        relation
        direction
        entity {
          __typename
          id
          name
          kind
        }
      }
    }
  }
`;

const TWO_HOP = /* GraphQL */ `
  query ScaleTwoHop($id: ID!) {
    entity(id: $id) {
      __typename
      id
      name
      neighbours(first: 10) {
        relation
        entity {
          __typename
          id
          name
          neighbours(first: 10) {
            relation
            entity {
              __typename
              id
              name
            }
          }
        }
      }
    }
  }
`;

const SEARCH = /* GraphQL */ `
  query ScaleSearch($q: String!) {
    search(query: $q, first: 10) {
      score
      entity {
        __typename
        id
        name
        kind
      }
    }
  }
`;

const body = (query: string, operationName: string, variables: Record<string, unknown>) =>
  JSON.stringify({ operationName, query, variables });

function sizesFromEnv(): number[] {
  const raw = process.env.BENCH_SCALE_SIZES;
  if (!raw) return [10_000, 100_000, 1_000_000];
  return raw
    .split(',')
    .map((s) => Number(s.trim()))
    .filter((n) => Number.isInteger(n) && n >= 1_000);
}

const latency = (m: Measurement): Latency => ({
  p50Ms: m.p50Ms,
  p99Ms: m.p99Ms,
  rps: round(m.rps),
  requests: m.requests,
  failed: m.non2xx + m.mismatches + m.errors + m.timeouts,
});

/**
 * `save` is called with the result before the store closes: closing Kuzu has crashed the process
 * (SIGSEGV) after heavy concurrent reads, and the measurements must survive that.
 */
async function measureSize(
  nodes: number,
  serialOnly: boolean,
  save: (r: SizeResult) => void,
  kind: BenchStoreKind,
): Promise<SizeResult> {
  const started = Date.now();
  const result: SizeResult = { nodes, status: serialOnly ? 'partial' : 'measured' };
  if (serialOnly) {
    result.reason =
      'the concurrent run would exceed the time budget (estimated from the previous size): ' +
      'loaded, then sampled one request at a time';
  }
  const random = mulberry32(nodes);

  let t = Date.now();
  const graph = syntheticGraph({ nodes });
  result.generateSec = round((Date.now() - t) / 1000, 1);
  result.links = graph.links.length;
  console.log(
    `  ${nodes} nodes: generated ${graph.entities.length} entities, ${graph.links.length} links in ${result.generateSec} s`,
  );

  let target: IloTarget | undefined;
  let admin: Neo4jAdmin | undefined;
  let dir: string | undefined;
  try {
    t = Date.now();
    let lastReport = Date.now();
    const progress = (p: LoadProgress) => {
      if (Date.now() - lastReport > 15_000) {
        lastReport = Date.now();
        console.log(
          `    loading ${p.what} ${p.done}/${p.total} (${Math.round((Date.now() - t) / 1000)} s, RSS ${rssMiB()} MiB)`,
        );
      }
    };
    if (kind === 'neo4j') {
      // The Neo4j NEO4J_URI names, emptied first (10k nodes per transaction), loaded through the
      // port's own upserts in batched transactions, read with the server's settings (cache off).
      const config = benchConfig('neo4j');
      if (config.store.kind !== 'neo4j') throw new Error('unreachable: benchConfig checked the store');
      admin = new Neo4jAdmin(config.store);
      await admin.empty();
      t = Date.now();
      result.store = `neo4j at ${config.store.uri}`;
      const bulk = nodes > NEO4J_PORT_LOADER_MAX;
      result.loader = bulk
        ? `CREATE into the emptied database (bench/lib/neo4j-admin.ts), ${NEO4J_ROWS_PER_TRANSACTION / 1000}k rows per transaction`
        : `store.write (the port's MERGE upserts), ${NEO4J_ROWS_PER_TRANSACTION / 1000}k rows per transaction`;
      const neo4jAdmin = admin;
      target = await startIloTarget({
        name: `scale-${nodes}`,
        batchLoads: true,
        dataset: graph,
        store: 'neo4j',
        env: { NODE_ENV: 'test', STORE_QUERY_TIMEOUT_MS: '60000' },
        load: bulk
          ? (_store, dataset) => neo4jAdmin.createGraph(dataset, NEO4J_ROWS_PER_TRANSACTION, progress)
          : (store, dataset) => loadInTransactions(store, dataset, NEO4J_ROWS_PER_TRANSACTION, progress),
      });
      // The full-text index fills in the background after a load: search is measured once it is online.
      await admin.awaitIndexes(SIZE_BUDGET_SEC);
    } else {
      // Small graphs load through the store port into memory; big ones with COPY FROM into an
      // on-disk database in a temporary directory (removed after).
      const onDisk = nodes > PORT_LOADER_MAX;
      // Under the parent's temp dir when there is one, so the parent removes it even after a crash.
      dir = onDisk
        ? mkdtempSync(join(process.env.BENCH_SCALE_TMP ?? os.tmpdir(), 'ilo-graph-scale-'))
        : undefined;
      const databasePath = dir ? join(dir, 'scale.kuzu') : ':memory:';
      // Large pools: at the server's default (256 MiB) 16 concurrent neighbour expansions on the 10k
      // graph already fail with "buffer pool is full" (and the process later segfaults).
      const bufferPoolBytes =
        (Number(process.env.BENCH_SCALE_POOL_MB) ||
          (nodes >= 1_000_000 ? 8192 : nodes >= 100_000 ? 4096 : 2048)) * MiB;
      const maxDatabaseBytes = (onDisk ? 64 * 1024 : 8 * 1024) * MiB;
      result.store = `kuzu ${onDisk ? 'on disk (temp dir)' : 'in memory'}, buffer pool ${bufferPoolBytes / MiB} MiB`;
      result.loader = onDisk
        ? 'COPY FROM CSV (bench/lib/copy-load.ts)'
        : 'store.write, 50k rows per transaction';
      if (onDisk) await copyLoad(databasePath, graph, bufferPoolBytes, maxDatabaseBytes);
      target = await startIloTarget({
        name: `scale-${nodes}`,
        batchLoads: true,
        dataset: graph,
        kuzu: { path: databasePath, bufferPoolBytes, maxDatabaseBytes, queryTimeoutMs: 60_000 },
        // Unmasked error messages: a failing size reports why.
        env: { NODE_ENV: 'test' },
        load: onDisk
          ? async () => undefined
          : (store, dataset) => loadInTransactions(store, dataset, 50_000, progress),
      });
    }
    result.loadSec = round((Date.now() - t) / 1000, 1);
    result.loadRowsPerSec = Math.round(
      (graph.entities.length + graph.links.length + graph.passages.length) / result.loadSec,
    );
    result.rssAfterLoadMiB = rssMiB();
    console.log(`    loaded in ${result.loadSec} s, RSS ${result.rssAfterLoadMiB} MiB`);

    // Lookup targets: entities of every kind but Collaboration (entity() does not answer those), uniform.
    const lookupIds: string[] = [];
    const kinds = [...graph.idsByKind.entries()].filter(([k]) => k !== 'Collaboration' && k !== 'Document');
    const pool = kinds.flatMap(([, ids]) => ids);
    for (let i = 0; i < 400; i++) lookupIds.push(pool[Math.floor(random() * pool.length)]!);
    // Search: a word, two words, a prefix, a typo, an exact name.
    const terms: string[] = [];
    for (let i = 0; i < 100; i++) {
      const w = VOCABULARY[Math.floor(random() * VOCABULARY.length)]!;
      const w2 = VOCABULARY[Math.floor(random() * VOCABULARY.length)]!;
      terms.push([w, `${w} ${w2}`, w.slice(0, 4), `${w.slice(0, -1)}x`][i % 4]!);
    }
    const someEntity = graph.entities[Math.floor(random() * graph.entities.length)]!;
    terms.push(someEntity.name);

    // The first search builds the in-process index from the store: timed on its own.
    t = Date.now();
    await fetch(target.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: body(SEARCH, 'ScaleSearch', { q: 'labour' }),
    }).then((r) => r.text());
    result.searchIndexBuildSec = round((Date.now() - t) / 1000, 1);
    result.rssAfterSearchIndexMiB = rssMiB();
    console.log(
      `    first search (builds the index) ${result.searchIndexBuildSec} s, RSS ${result.rssAfterSearchIndexMiB} MiB`,
    );

    if (serialOnly) {
      const sample = async (bodies: string[], n: number): Promise<SerialSample> => {
        const ms: number[] = [];
        for (const b of bodies.slice(0, n)) {
          const t0 = Date.now();
          const r = await fetch(target!.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: b,
          });
          const text = await r.text();
          if (r.status !== 200 || text.includes('"errors":'))
            throw new Error(`serial sample failed: ${text.slice(0, 300)}`);
          ms.push(Date.now() - t0);
        }
        console.log(`    serial ${n} requests: ${ms.join(', ')} ms`);
        return { ms };
      };
      result.serial = {
        point: await sample(
          lookupIds.map((id) => body(POINT, 'ScalePoint', { id })),
          5,
        ),
        twoHop: await sample(
          lookupIds.map((id) => body(TWO_HOP, 'ScaleTwoHop', { id })),
          3,
        ),
        search: await sample(
          terms.map((q) => body(SEARCH, 'ScaleSearch', { q })),
          5,
        ),
      };
      return result;
    }
    const runs: [keyof Pick<SizeResult, 'point' | 'twoHop' | 'search'>, string[]][] = [
      ['point', lookupIds.map((id) => body(POINT, 'ScalePoint', { id }))],
      ['twoHop', lookupIds.map((id) => body(TWO_HOP, 'ScaleTwoHop', { id }))],
      ['search', terms.map((q) => body(SEARCH, 'ScaleSearch', { q }))],
    ];
    result.oneAtATime = {};
    for (const [name, bodies] of runs) {
      // Warm-up: 32 requests, then the measured runs rotate over the whole list: one request at
      // a time (what the latency target is set for), then 16 clients.
      await driveBodies(target.url, bodies.slice(-32), {
        connections: CONNECTIONS,
        amount: 32,
        workers: WORKERS,
      });
      const one = await driveBodies(target.url, bodies, {
        connections: 1,
        durationSec: MEASURE_SEC,
        workers: WORKERS,
      });
      result.oneAtATime[name] = latency(one);
      console.log(
        `    ${name.padEnd(6)} one at a time: p50 ${one.p50Ms} ms  p99 ${one.p99Ms} ms over ${one.requests} requests` +
          (latency(one).failed > 0 ? `  FAILED ${latency(one).failed}` : ''),
      );
      const m = await driveBodies(target.url, bodies, {
        connections: CONNECTIONS,
        durationSec: MEASURE_SEC,
        workers: WORKERS,
      });
      result[name] = latency(m);
      console.log(
        `    ${name.padEnd(6)} p50 ${m.p50Ms} ms  p99 ${m.p99Ms} ms  ${m.rps.toFixed(1)} req/s over ${m.requests} requests` +
          (latency(m).failed > 0 ? `  FAILED ${latency(m).failed}` : ''),
      );
    }
    result.memory = { apiRssMiB: rssMiB() };
    if (admin) {
      const neo4jProcess = localNeo4jProcess(process.env.NEO4J_URI ?? '');
      result.memory.neo4j = {
        ...(await admin.memory()),
        ...(neo4jProcess ? { rssMiB: neo4jProcess.rssMiB() } : {}),
      };
    }
    console.log(`    memory: ${JSON.stringify(result.memory)}`);
  } catch (error) {
    result.status = 'failed';
    result.reason = error instanceof Error ? error.message : String(error);
    console.log(`    FAILED: ${result.reason}`);
  } finally {
    result.wallSec = Math.round((Date.now() - started) / 1000);
    save(result);
    await target?.close().catch(() => undefined);
    // The synthetic graph does not stay behind: a server or a test suite started on this database
    // next would otherwise face a graph too large to replace in one transaction.
    await admin
      ?.empty()
      .then(() => admin?.close())
      .catch(() => undefined);
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
  result.wallSec = Math.round((Date.now() - started) / 1000);
  return result;
}

/** Child-process entry: measure one size and write its result as JSON to `out`. */
export async function runScaleSize(
  nodes: number,
  out: string,
  serialOnly: boolean,
  kind: BenchStoreKind,
): Promise<void> {
  const save = (r: SizeResult) => writeFileSync(out, JSON.stringify(r));
  save(await measureSize(nodes, serialOnly, save, kind));
}

/**
 * Each size runs in a child process of its own: memory is returned between sizes, and a crash
 * of the embedded engine on one size is reported instead of ending the run.
 */
function measureInChild(nodes: number, serialOnly: boolean, kind: BenchStoreKind): SizeResult {
  const dir = mkdtempSync(join(os.tmpdir(), 'ilo-graph-scale-result-'));
  const out = join(dir, 'result.json');
  try {
    const child = spawnSync(
      process.execPath,
      [
        ...process.execArgv,
        'bench/run.ts',
        '--scale-size',
        String(nodes),
        '--size-out',
        out,
        ...(serialOnly ? ['--serial'] : []),
        '--store',
        kind,
      ],
      {
        stdio: 'inherit',
        env: { ...process.env, BENCH_SCALE_TMP: dir },
        timeout: SIZE_BUDGET_SEC * 2 * 1000,
      },
    );
    const how = child.signal ? `signal ${child.signal}` : `exit code ${child.status}`;
    if (existsSync(out)) {
      const saved = JSON.parse(readFileSync(out, 'utf8')) as SizeResult;
      if (child.status !== 0) {
        saved.crashedAfterMeasuring = `the measuring process ended with ${how} after saving its measurements (while closing the store)`;
        console.log(`  ${nodes} nodes: ${saved.crashedAfterMeasuring}`);
      }
      return saved;
    }
    return {
      nodes,
      status: 'failed',
      reason: child.error
        ? `${child.error.message}`
        : `the measuring process ended with ${how} (SIGSEGV: a crash in the embedded engine)`,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function runScale(options: {
  out: string;
  save: boolean;
  store: BenchStoreKind;
}): Promise<void> {
  const sizes = sizesFromEnv();
  const machine = machineInfo();
  console.log(
    `ilo-graph scale run: synthetic graphs of ${sizes.join(', ')} nodes; ${MEASURE_SEC} s per measurement ` +
      `at ${CONNECTIONS} connections, requests rotating over 400 ids / 101 search terms; budget ${SIZE_BUDGET_SEC} s per size`,
  );
  console.log(
    `machine: ${machine.cpus} x ${machine.cpuModel}, ${machine.totalMemGiB} GiB, node ${machine.node}, load average ${machine.loadAverageAtStart}`,
  );
  const results: SizeResult[] = [];
  let previous: SizeResult | undefined;
  for (const nodes of sizes) {
    // Estimate from the previous size: the three measurements run for a fixed time
    // (MEASURE_SEC each); the rest (generate, load, index, warm-ups) is taken to grow linearly.
    const fixedSec = 3 * MEASURE_SEC;
    const estimate =
      previous?.wallSec !== undefined && previous.status === 'measured'
        ? fixedSec + (Math.max(0, previous.wallSec - fixedSec) * nodes) / previous.nodes
        : undefined;
    // Once a size is sampled one request at a time, bigger ones are too (BENCH_SCALE_SERIAL=1 forces it).
    const overBudget =
      process.env.BENCH_SCALE_SERIAL === '1' ||
      results.some((x) => x.status === 'partial') ||
      (estimate !== undefined && estimate > SIZE_BUDGET_SEC);
    if (overBudget) {
      console.log(
        `  ${nodes} nodes: ` +
          (estimate !== undefined && estimate > SIZE_BUDGET_SEC
            ? `the concurrent run is estimated at ${Math.round(estimate)} s (linear from the previous size), over the ${SIZE_BUDGET_SEC} s budget`
            : 'sampled one request at a time (a smaller size was, or BENCH_SCALE_SERIAL=1)') +
          ': load and sample one request at a time instead',
      );
    }
    const r = measureInChild(nodes, overBudget, options.store);
    if (r.status === 'skipped') console.log(`  ${nodes} nodes: SKIPPED: ${r.reason}`);
    if (r.status === 'failed') console.log(`  ${nodes} nodes: FAILED: ${r.reason}`);
    results.push(r);
    if (r.status === 'measured') previous = r;
  }

  const ms = (l: Latency | undefined) => (l ? `${l.p50Ms} / ${l.p99Ms} (n=${l.requests})` : '-');
  console.log('');
  console.log(
    table(
      [
        'nodes',
        'links',
        'store',
        'load s',
        'RSS MiB',
        'point 1 client p50/p99 ms',
        '2-hop 1 client p50/p99 ms',
        `point ${CONNECTIONS} clients`,
        `2-hop ${CONNECTIONS} clients`,
        `search ${CONNECTIONS} clients`,
        'Neo4j heap used/max MiB, page cache, RSS MiB',
      ],
      results.map((r) => [
        r.nodes.toLocaleString('en'),
        r.links?.toLocaleString('en') ?? '-',
        r.status === 'measured' || r.status === 'partial' ? (r.store ?? '') : r.status,
        r.loadSec?.toString() ?? '-',
        String(r.memory?.apiRssMiB ?? r.rssAfterSearchIndexMiB ?? r.rssAfterLoadMiB ?? '-'),
        ms(r.oneAtATime?.point),
        ms(r.oneAtATime?.twoHop),
        ms(r.point),
        ms(r.twoHop),
        ms(r.search),
        r.memory?.neo4j
          ? `${r.memory.neo4j.heapUsedMiB}/${r.memory.neo4j.heapMaxMiB}, ${r.memory.neo4j.pageCache}, ${r.memory.neo4j.rssMiB ?? '-'}`
          : '-',
      ]),
    ),
  );
  for (const r of results.filter((x) => x.status !== 'measured'))
    console.log(`${r.nodes} nodes ${r.status}: ${r.reason}`);
  console.log(
    "RSS is the whole benchmark process (Node heap, the embedded store's buffer pool and search index when on Kuzu).",
  );

  const saved = committedSection(options.store === 'kuzu' ? 'scale' : 'scale-neo4j') as
    | { sizes?: SizeResult[] }
    | undefined;
  const section = {
    generatedAt: new Date().toISOString(),
    command: `npm run bench -- --scale${options.store === 'kuzu' ? '' : ' --store neo4j'}`,
    machine,
    connections: CONNECTIONS,
    secondsPerMeasurement: MEASURE_SEC,
    queries: {
      point: 'entity(id) with sources and neighbours(first: 20), ids uniform over entities',
      twoHop: 'entity(id) -> neighbours(first: 10) -> their neighbours(first: 10)',
      search: 'search(first: 10): a word, two words, a prefix, a typo, an exact name',
    },
    // Sizes measured by an earlier saved run and not by this one are kept (e.g. BENCH_SCALE_SIZES=1000000 alone).
    sizes: [
      ...(saved?.sizes ?? []).filter((p) => !results.some((r) => r.nodes === p.nodes)),
      ...results,
    ].sort((a, b) => a.nodes - b.nodes),
  };
  const written = writeResults(options.store === 'kuzu' ? 'scale' : 'scale-neo4j', section, options);
  console.log(`\nwrote ${written.join(' and ')}`);
}
