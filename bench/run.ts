/**
 * The benchmark (issue 7): ilo-graph vs the naive baseline vs the in-memory limit, six queries,
 * autocannon at 16 connections over loopback. See bench/README.md.
 *
 *   npm run bench                      full run (15 s per measurement), writes bench/results.json
 *   BENCH_QUICK=1 npm run bench        quick run (3 s per measurement, under 3 minutes)
 *   npm run bench -- --scale           the scale run instead (bench/scale.ts); or BENCH_SCALE=1
 */
import 'reflect-metadata';

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';

import { answerOnce, drive, type Measurement } from './lib/drive.js';
import { startIloTarget, type Target } from './lib/ilo-target.js';
import { checkQuery, sdlSchema, startLimitTarget } from './lib/limit-target.js';
import { machineInfo, round, table } from './lib/machine.js';
import { QUERIES, type BenchQuery } from './queries.js';
import { runPathSearch } from './path-search.js';
import { runScale, runScaleSize } from './scale.js';

export const RESULTS_PATH = 'bench/results.json';

const CONNECTIONS = 16;

interface Settings {
  mode: 'quick' | 'full';
  connections: number;
  /** Seconds of one round; each target is measured `rounds` times, interleaved with the others. */
  durationSec: number;
  rounds: number;
  warmupSec: number;
  /** autocannon worker threads (the load generator runs off the servers' event loop). */
  loadGeneratorWorkers: number;
}

interface QueryResult {
  description: string;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  storeQueriesPerRequest: number;
  expectedStoreQueriesPerRequest: number;
  levels: number;
  naiveRps: number;
  naiveP50Ms: number;
  naiveP99Ms: number;
  naiveStoreQueriesPerRequest: number;
  limitRps: number;
  limitP50Ms: number;
  limitP99Ms: number;
  /** ilo-graph req/s over naive req/s (null if naive answered nothing right). */
  timesNaive: number | null;
  percentOfLimit: number;
  /** ilo-graph with the read cache (src/store/cached-store.ts): store q/req counts cache misses. */
  cached: {
    rps: number;
    p50Ms: number;
    p99Ms: number;
    storeQueriesPerRequest: number;
    timesNaive: number | null;
    percentOfLimit: number;
  };
  /** Every response of every target that was not a 200 with the expected answer. */
  failedResponses: { ilo: FailureCounts; cached: FailureCounts; naive: FailureCounts; limit: FailureCounts };
  /** req/s of each round, per target (the reported numbers are the median round's). */
  roundsRps: { ilo: number[]; cached: number[]; naive: number[]; limit: number[] };
  /** 1-minute load average before this query's measurements (the machine is shared). */
  loadAverage: number;
}

interface FailureCounts {
  requests: number;
  non2xx: number;
  mismatches: number;
  errors: number;
  timeouts: number;
}

function settingsFromEnv(): Settings {
  const quick = process.env.BENCH_QUICK === '1';
  const duration = Number(process.env.BENCH_DURATION_SEC) || (quick ? 3 : 5);
  return {
    mode: quick ? 'quick' : 'full',
    connections: CONNECTIONS,
    durationSec: duration,
    rounds: Number(process.env.BENCH_ROUNDS) || (quick ? 1 : 3),
    warmupSec: quick ? 1 : 3,
    loadGeneratorWorkers: 1,
  };
}

const failures = (m: Measurement): FailureCounts => ({
  requests: m.requests,
  non2xx: m.non2xx,
  mismatches: m.mismatches,
  errors: m.errors,
  timeouts: m.timeouts,
});

/**
 * The round with the median req/s (its p50/p99 with it), with the failures of all rounds summed:
 * a failed response in any round is reported.
 */
function medianRound(rounds: Measurement[]): Measurement {
  const sorted = [...rounds].sort((a, b) => a.rps - b.rps);
  const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
  const sum = (key: 'requests' | 'non2xx' | 'mismatches' | 'errors' | 'timeouts') =>
    rounds.reduce((total, r) => total + r[key], 0);
  return {
    ...median,
    requests: sum('requests'),
    non2xx: sum('non2xx'),
    mismatches: sum('mismatches'),
    errors: sum('errors'),
    timeouts: sum('timeouts'),
  };
}

const failed = (f: FailureCounts) => f.non2xx + f.mismatches + f.errors + f.timeouts;

async function storeQueriesForOne(
  target: Target & { storeQueryCount: () => Promise<number> },
  query: BenchQuery,
) {
  const before = await target.storeQueryCount();
  await answerOnce(target.url, query);
  return (await target.storeQueryCount()) - before;
}

async function main(): Promise<void> {
  const sizeArg = process.argv.indexOf('--scale-size');
  if (sizeArg > 0) {
    await runScaleSize(
      Number(process.argv[sizeArg + 1]),
      process.argv[process.argv.indexOf('--out') + 1]!,
      process.argv.includes('--serial'),
    );
    return;
  }
  if (process.argv.includes('--paths')) {
    await runPathSearch(process.argv.includes('neo4j') ? 'neo4j' : 'kuzu');
    return;
  }
  if (process.argv.includes('--scale') || process.env.BENCH_SCALE === '1') {
    await runScale();
    return;
  }
  const settings = settingsFromEnv();
  const machine = machineInfo();
  const started = Date.now();
  console.log(
    `ilo-graph benchmark (${settings.mode}): ${settings.rounds} round(s) of ${settings.durationSec} s per target and query, ` +
      `targets interleaved, the median round reported, after ${settings.warmupSec} s warm-up, ` +
      `${settings.connections} connections, POST JSON over loopback`,
  );
  console.log(
    `machine: ${machine.cpus} x ${machine.cpuModel}, ${machine.totalMemGiB} GiB, node ${machine.node}, kuzu ${machine.kuzu}, ` +
      `load average ${machine.loadAverageAtStart}`,
  );

  // Every document must be answerable by the limit's default resolvers.
  const schema = sdlSchema();
  const problems = QUERIES.flatMap((q) => checkQuery(schema, q));
  if (problems.length > 0)
    throw new Error(`Bench queries do not fit the emitted schema:\n${problems.join('\n')}`);

  const ilo = await startIloTarget({ name: 'ilo-graph', batchLoads: true });
  const cached = await startIloTarget({ name: 'ilo+cache', batchLoads: true, readCache: true });
  const naive = await startIloTarget({ name: 'naive', batchLoads: false });

  // The limit answers with what ilo-graph answered; naive must answer the same.
  const answers = new Map<string, unknown>();
  const expected = new Map<string, string>();
  for (const q of QUERIES) {
    const a = await answerOnce(ilo.url, q);
    for (const other of [cached, naive]) {
      const o = await answerOnce(other.url, q);
      if (a.text !== o.text) throw new Error(`${q.name}: ${other.name} answered differently from ilo-graph`);
    }
    answers.set(q.operationName, a.data);
    expected.set(q.name, a.text);
  }
  const limit = await startLimitTarget(answers);
  for (const q of QUERIES) {
    const l = await answerOnce(limit.url, q);
    if (l.text !== expected.get(q.name))
      throw new Error(`${q.name}: the limit answered differently from ilo-graph`);
  }
  console.log('all four targets answer every query identically (checked byte for byte)\n');

  const results: Record<string, QueryResult> = {};
  try {
    for (const q of QUERIES) {
      const expectBody = expected.get(q.name)!;
      const targets = [ilo, cached, naive, limit];
      // The same warm-up for every target.
      for (const t of targets) {
        await drive(t.url, q, {
          connections: settings.connections,
          durationSec: settings.warmupSec,
          expectBody,
          workers: 1,
        });
      }
      const storeQ = await storeQueriesForOne(ilo, q);
      const cachedStoreQ = await storeQueriesForOne(cached, q);
      const naiveStoreQ = await storeQueriesForOne(naive, q);
      const loadAverage = round(os.loadavg()[0] ?? 0, 2);
      // Rounds interleave the targets, so a burst of load from elsewhere on the machine hits them alike.
      const rounds: Measurement[][] = targets.map(() => []);
      for (let round = 0; round < settings.rounds; round++) {
        for (const [i, t] of targets.entries()) {
          rounds[i]!.push(
            await drive(t.url, q, {
              connections: settings.connections,
              durationSec: settings.durationSec,
              expectBody,
              workers: settings.loadGeneratorWorkers,
            }),
          );
        }
      }
      const measured: Measurement[] = [];
      for (const [i, t] of targets.entries()) {
        const m = medianRound(rounds[i]!);
        measured.push(m);
        console.log(
          `  ${q.name.padEnd(14)} ${t.name.padEnd(9)} ${m.rps.toFixed(1).padStart(8)} req/s  p50 ${m.p50Ms} ms  p99 ${m.p99Ms} ms` +
            (settings.rounds > 1
              ? `  (rounds: ${rounds[i]!.map((x) => x.rps.toFixed(0)).join(', ')} req/s)`
              : '') +
            (failed(failures(m)) > 0 ? `  FAILED RESPONSES: ${JSON.stringify(failures(m))}` : ''),
        );
      }
      const [a, c, n, l] = measured as [Measurement, Measurement, Measurement, Measurement];
      const times = (x: Measurement) => (n.rps > 0 ? round(x.rps / n.rps, 2) : null);
      results[q.name] = {
        description: q.description,
        rps: round(a.rps),
        p50Ms: a.p50Ms,
        p99Ms: a.p99Ms,
        storeQueriesPerRequest: storeQ,
        expectedStoreQueriesPerRequest: q.expectedStoreQueries,
        levels: q.levels,
        naiveRps: round(n.rps),
        naiveP50Ms: n.p50Ms,
        naiveP99Ms: n.p99Ms,
        naiveStoreQueriesPerRequest: naiveStoreQ,
        limitRps: round(l.rps),
        limitP50Ms: l.p50Ms,
        limitP99Ms: l.p99Ms,
        timesNaive: times(a),
        percentOfLimit: round((100 * a.rps) / l.rps, 1),
        cached: {
          rps: round(c.rps),
          p50Ms: c.p50Ms,
          p99Ms: c.p99Ms,
          storeQueriesPerRequest: cachedStoreQ,
          timesNaive: times(c),
          percentOfLimit: round((100 * c.rps) / l.rps, 1),
        },
        failedResponses: { ilo: failures(a), cached: failures(c), naive: failures(n), limit: failures(l) },
        roundsRps: {
          ilo: rounds[0]!.map((x) => round(x.rps)),
          cached: rounds[1]!.map((x) => round(x.rps)),
          naive: rounds[2]!.map((x) => round(x.rps)),
          limit: rounds[3]!.map((x) => round(x.rps)),
        },
        loadAverage,
      };
    }
  } finally {
    await limit.close();
    await naive.close();
    await cached.close();
    await ilo.close();
  }

  console.log('');
  console.log(
    table(
      [
        'query',
        'ilo-graph req/s',
        'p50',
        'p99',
        'store q/req',
        'naive req/s',
        'naive q/req',
        'x naive',
        'limit req/s',
        '% of limit',
      ],
      QUERIES.map((q) => {
        const r = results[q.name]!;
        return [
          q.name,
          r.rps.toFixed(1),
          `${r.p50Ms} ms`,
          `${r.p99Ms} ms`,
          String(r.storeQueriesPerRequest),
          r.naiveRps.toFixed(1),
          String(r.naiveStoreQueriesPerRequest),
          timesLabel(r.timesNaive),
          r.limitRps.toFixed(1),
          `${r.percentOfLimit.toFixed(1)}%`,
        ];
      }),
    ),
  );
  console.log(
    '\nwith the read cache (src/store/cached-store.ts, as READ_CACHE=true): Kuzu q/req counts cache misses',
  );
  console.log(
    table(
      ['query', 'ilo+cache req/s', 'p50', 'p99', 'Kuzu q/req', 'x naive', '% of limit'],
      QUERIES.map((q) => {
        const r = results[q.name]!.cached;
        return [
          q.name,
          r.rps.toFixed(1),
          `${r.p50Ms} ms`,
          `${r.p99Ms} ms`,
          String(r.storeQueriesPerRequest),
          timesLabel(r.timesNaive),
          `${r.percentOfLimit.toFixed(1)}%`,
        ];
      }),
    ),
  );
  console.log(
    '\nlimit = graphql-js through Apollo over precomputed plain objects: it has NO store, no DataLoaders and no ' +
      "query-limit/observability plugins (store q/req does not apply). Latencies are autocannon's, in whole ms.",
  );
  const totalFailed = QUERIES.reduce((sum, q) => {
    const f = results[q.name]!.failedResponses;
    return sum + failed(f.ilo) + failed(f.cached) + failed(f.naive) + failed(f.limit);
  }, 0);
  console.log(
    totalFailed === 0
      ? 'every response of every target was a 200 with the expected answer (no errors)'
      : `FAILED RESPONSES: ${totalFailed} (see failedResponses in ${RESULTS_PATH})`,
  );

  const verdicts = targetVerdicts(results);
  console.log('\ntargets (reported, not asserted):');
  for (const v of verdicts) console.log(`  ${v.pass ? 'PASS' : 'MISS'}  ${v.target}: ${v.detail}`);

  // A scale section from an earlier `--scale` run is kept: the two runs are independent.
  const previous = existsSync(RESULTS_PATH)
    ? (JSON.parse(readFileSync(RESULTS_PATH, 'utf8')) as Record<string, unknown>)
    : {};
  const output = {
    ...results,
    generatedAt: new Date().toISOString(),
    wallTimeSec: Math.round((Date.now() - started) / 1000),
    settings,
    machine,
    loadAverageAtEnd: round(os.loadavg()[0] ?? 0, 2),
    notes: [
      'ilo-graph: the real app (createApp) over an in-memory Kuzu store seeded with the ILO knowledge base.',
      'ilo+cache: the same, with the read cache (src/store/cached-store.ts) in front of the store; store q/req = cache misses.',
      'naive: the same app with batchLoads: false (one store query per parent), over its own seeded store.',
      'limit: graphql-js via Apollo over precomputed plain objects (the data ilo-graph answered); no store.',
      'rps counts only 200 responses equal to the checked answer; p50/p99 from autocannon, whole milliseconds.',
      'Each target is measured in rounds interleaved with the other targets; the median round (by req/s) is reported, failures of all rounds are summed.',
      'Load generator (autocannon) in a worker thread of the same process; 2-core machines share CPU between it, the servers and Kuzu.',
    ],
    targets: verdicts,
    ...(previous.scale ? { scale: previous.scale } : {}),
  };
  writeFileSync(RESULTS_PATH, `${JSON.stringify(output, null, 2)}\n`);
  console.log(`\nwrote ${RESULTS_PATH} (${Math.round((Date.now() - started) / 1000)} s)`);
}

interface Verdict {
  target: string;
  pass: boolean;
  detail: string;
}

const timesLabel = (x: number | null) => (x === null ? 'n/a' : `${x.toFixed(1)}x`);

function targetVerdicts(results: Record<string, QueryResult>): Verdict[] {
  const verdicts: Verdict[] = [];
  const nested = results.nested!;
  for (const [label, r] of [
    ['', { rps: nested.rps, timesNaive: nested.timesNaive, percentOfLimit: nested.percentOfLimit }],
    [' (with read cache)', nested.cached],
  ] as const) {
    verdicts.push({
      target: `nested >= 10x naive req/s${label}`,
      pass: r.timesNaive !== null && r.timesNaive >= 10,
      detail:
        `${r.rps} vs ${nested.naiveRps} req/s = ${timesLabel(r.timesNaive)} ` +
        `(store queries per request: naive ${nested.naiveStoreQueriesPerRequest}, batched ${nested.storeQueriesPerRequest})`,
    });
    verdicts.push({
      target: `nested >= 50% of the in-memory limit${label}`,
      pass: r.percentOfLimit >= 50,
      detail: `${r.rps} vs ${nested.limitRps} req/s = ${r.percentOfLimit}%`,
    });
  }
  for (const q of QUERIES) {
    const r = results[q.name]!;
    verdicts.push({
      target: `${q.name}: store queries per request = one per relationship field per level`,
      pass: r.storeQueriesPerRequest <= r.expectedStoreQueriesPerRequest,
      detail:
        `${r.storeQueriesPerRequest} (expected ${r.expectedStoreQueriesPerRequest} for ${r.levels} level(s); ` +
        `naive ${r.naiveStoreQueriesPerRequest})` +
        (r.storeQueriesPerRequest === r.levels ? '' : `; literally = levels (${r.levels}): no`),
    });
  }
  for (const q of QUERIES.filter((x) => x.latencyTarget)) {
    const r = results[q.name]!;
    verdicts.push({
      target: `${q.name}: p99 < 50 ms at ${CONNECTIONS} clients`,
      pass: r.p99Ms < 50,
      detail: `p99 ${r.p99Ms} ms (p50 ${r.p50Ms} ms, ${r.rps} req/s)`,
    });
    verdicts.push({
      target: `${q.name}: p99 < 50 ms at ${CONNECTIONS} clients (with read cache)`,
      pass: r.cached.p99Ms < 50,
      detail: `p99 ${r.cached.p99Ms} ms (p50 ${r.cached.p50Ms} ms, ${r.cached.rps} req/s)`,
    });
  }
  return verdicts;
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
