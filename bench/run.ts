/**
 * The benchmark: ilo-graph against its references on the six bench queries, autocannon at 16
 * connections over loopback, targets interleaved round by round. `npm run bench -- --help` lists
 * the runs and options; bench/README.md says what each figure means.
 */
import 'reflect-metadata';

import os from 'node:os';

import { buildDataset } from '../seed/build-dataset.js';
import { answerIds } from './lib/answer-ids.js';
import { answerOnce, LoadGenerator, type Measurement } from './lib/drive.js';
import { benchConfig, startIloTarget, type IloTarget, type Target } from './lib/ilo-target.js';
import { checkQuery, sdlSchema, startLimitTarget } from './lib/limit-target.js';
import { machineInfo, round, table } from './lib/machine.js';
import { localNeo4jProcess, type Neo4jProcess } from './lib/neo4j-process.js';
import { Neo4jProfiler } from './lib/neo4j-profile.js';
import { benchOptions, HELP, type BenchOptions } from './lib/options.js';
import { writeResults } from './lib/results-file.js';
import { runPathSearch } from './path-search.js';
import { loadPeerCopy } from './peer/peer-copy.js';
import { PEER_QUERIES } from './peer/peer-queries.js';
import { startPeerTarget, type PeerTarget } from './peer/peer-target.js';
import { QUERIES, type BenchQuery } from './queries.js';
import { runScale, runScaleSize } from './scale.js';

const CONNECTIONS = 16;
/** The longest a round runs for a target slower than the round's duration. */
const LONG_ROUND_SEC = 30;

/** What each target is to the comparison. */
type Role = 'ilo' | 'cached' | 'naive' | 'peer' | 'limit';

const LABEL: Record<Role, string> = {
  ilo: 'ilo-graph',
  cached: 'ilo+cache',
  naive: 'naive',
  peer: '@neo4j/graphql',
  limit: 'ceiling',
};

interface Settings {
  mode: 'quick' | 'full';
  store: 'kuzu' | 'neo4j';
  connections: number;
  /** Seconds of one round; each target is measured `rounds` times, interleaved with the others. */
  durationSec: number;
  rounds: number;
  warmupSec: number;
}

/** A target in the run, with what it can tell beyond its answers. */
interface Contender {
  role: Role;
  target: Target;
  /** The document it is asked a bench question with, or why it has none. */
  document(q: BenchQuery): BenchQuery | { notExpressible: string };
  /** Store queries one request costs (ilo-graph's own counter). */
  storeQueries?(q: BenchQuery): Promise<number>;
  /** Neo4j database hits one request costs, from PROFILE of the statements it sent. */
  dbHits?(q: BenchQuery): Promise<number>;
}

interface FailureCounts {
  requests: number;
  non2xx: number;
  mismatches: number;
  errors: number;
  timeouts: number;
}

interface RoundResult extends Measurement {
  /** This process's CPU time (the servers; the load generator runs in a child) per request. */
  cpuMsPerRequest: number;
  /** The local Neo4j process's CPU time per request, where it is one we can read. */
  dbCpuMsPerRequest?: number;
}

interface TargetResult {
  /** The median round by req/s, with its latencies. */
  rps: number;
  p50Ms: number;
  p99Ms: number;
  /** Medians over the rounds. */
  cpuMsPerRequest: number;
  dbCpuMsPerRequest?: number;
  storeQueriesPerRequest?: number;
  dbHitsPerRequest?: number;
  roundsRps: number[];
  failed: FailureCounts;
}

interface Ratio {
  median: number;
  min: number;
  max: number;
}

interface QueryResult {
  description: string;
  levels: number;
  expectedStoreQueries: number;
  targets: Partial<Record<Role, TargetResult>>;
  /** Targets that cannot ask this question, and why. */
  notExpressible: Partial<Record<Role, string>>;
  /** Per-round ratios of req/s (`ilo/peer`...): their median and spread. */
  ratios: Record<string, Ratio>;
  loadAverage: number;
}

function settingsFrom(options: BenchOptions): Settings {
  return {
    mode: options.quick ? 'quick' : 'full',
    store: options.store,
    connections: CONNECTIONS,
    durationSec: options.durationSec ?? (options.quick ? 3 : 5),
    rounds: options.rounds ?? (options.quick ? 3 : 5),
    warmupSec: options.quick ? 1 : 3,
  };
}

const failedCount = (f: FailureCounts) => f.non2xx + f.mismatches + f.errors + f.timeouts;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** The round with the median req/s (its latencies with it); medians of CPU; failures summed over rounds. */
function summarise(rounds: RoundResult[]): TargetResult {
  const sorted = [...rounds].sort((a, b) => a.rps - b.rps);
  const mid = sorted[Math.floor((sorted.length - 1) / 2)]!;
  const dbCpu = rounds.map((r) => r.dbCpuMsPerRequest).filter((x): x is number => x !== undefined);
  const sum = (key: keyof FailureCounts) => rounds.reduce((total, r) => total + r[key], 0);
  return {
    rps: round(mid.rps),
    p50Ms: mid.p50Ms,
    p99Ms: mid.p99Ms,
    cpuMsPerRequest: round(median(rounds.map((r) => r.cpuMsPerRequest)), 2),
    ...(dbCpu.length > 0 ? { dbCpuMsPerRequest: round(median(dbCpu), 2) } : {}),
    roundsRps: rounds.map((r) => round(r.rps)),
    failed: {
      requests: sum('requests'),
      non2xx: sum('non2xx'),
      mismatches: sum('mismatches'),
      errors: sum('errors'),
      timeouts: sum('timeouts'),
    },
  };
}

/** Ratios of req/s round by round (a burst of load elsewhere hits both sides of one round alike). */
function roundRatio(a: RoundResult[] | undefined, b: RoundResult[] | undefined): Ratio | undefined {
  if (!a || !b) return undefined;
  // A round where the reference answered nothing has no ratio (the quick mode's rounds last long
  // enough that none should).
  const ratios = a.flatMap((x, i) => (b[i]!.rps > 0 ? [x.rps / b[i]!.rps] : []));
  if (ratios.length === 0) return undefined;
  return {
    median: round(median(ratios), 2),
    min: round(Math.min(...ratios), 2),
    max: round(Math.max(...ratios), 2),
  };
}

const RATIOS: [string, Role, Role][] = [
  ['ilo/peer', 'ilo', 'peer'],
  ['ilo/ceiling', 'ilo', 'limit'],
  ['peer/ceiling', 'peer', 'limit'],
  ['cache/ceiling', 'cached', 'limit'],
  ['ilo/naive', 'ilo', 'naive'],
  ['cache/naive', 'cached', 'naive'],
];

async function main(): Promise<void> {
  // The scale run measures each size in a child process of its own, started with these arguments.
  const sizeArg = process.argv.indexOf('--scale-size');
  if (sizeArg > 0) {
    await runScaleSize(
      Number(process.argv[sizeArg + 1]),
      process.argv[process.argv.indexOf('--size-out') + 1]!,
      process.argv.includes('--serial'),
      process.argv.includes('neo4j') ? 'neo4j' : 'kuzu',
    );
    return;
  }
  let options: BenchOptions;
  try {
    options = benchOptions();
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${HELP}`);
    process.exit(2);
  }
  if (options.help) {
    console.log(HELP);
    return;
  }
  if (options.run === 'paths') {
    const rows = await runPathSearch(options.store);
    const written = writeResults(
      `paths-${options.store}`,
      { generatedAt: new Date().toISOString(), machine: machineInfo(), rows },
      options,
    );
    console.log(`\nwrote ${written.join(' and ')}`);
    return;
  }
  if (options.run === 'scale') {
    await runScale(options);
    return;
  }
  await runMain(options);
}

async function runMain(options: BenchOptions): Promise<void> {
  const settings = settingsFrom(options);
  const machine = machineInfo();
  const started = Date.now();
  console.log(
    `ilo-graph benchmark on ${settings.store} (${settings.mode}): ${settings.rounds} round(s) of ${settings.durationSec} s per target and query, ` +
      `targets interleaved, after ${settings.warmupSec} s warm-up, ${settings.connections} connections, POST JSON over loopback`,
  );
  console.log(
    `machine: ${machine.cpus} x ${machine.cpuModel}, ${machine.totalMemGiB} GiB, node ${machine.node}, kuzu ${machine.kuzu}, ` +
      `commit ${machine.commit}${machine.srcUncommittedChanges ? ' (+ uncommitted changes in src/)' : ''}, load average ${machine.loadAverageAtStart}`,
  );

  // Every document must be answerable by the ceiling's default resolvers.
  const problems = QUERIES.flatMap((q) => checkQuery(sdlSchema(), q));
  if (problems.length > 0)
    throw new Error(`Bench queries do not fit the emitted schema:\n${problems.join('\n')}`);

  const { contenders, answers, close, neo4jProcess } = await startContenders(options);
  const generator = LoadGenerator.start();
  const results: Record<string, QueryResult> = {};
  try {
    const expected = await checkAnswers(contenders, answers);
    for (const q of QUERIES)
      results[q.name] = await measureQuery(q, contenders, expected, settings, generator, neo4jProcess);
  } finally {
    generator.close();
    await close();
  }

  printSummary(results, settings);
  const output = {
    generatedAt: new Date().toISOString(),
    command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
    wallTimeSec: Math.round((Date.now() - started) / 1000),
    settings,
    machine,
    ...(neo4jProcess ? { neo4j: { pid: neo4jProcess.pid, rssMiBAtEnd: neo4jProcess.rssMiB() } } : {}),
    loadAverageAtEnd: round(os.loadavg()[0] ?? 0, 2),
    targets: Object.fromEntries(contenders.map((c) => [c.role, LABEL[c.role]])),
    queries: results,
    verdicts: verdicts(results, settings),
  };
  const written = writeResults(settings.store, output, options);
  console.log(`\nwrote ${written.join(' and ')} (${Math.round((Date.now() - started) / 1000)} s)`);
}

/** The targets for the store asked for, each on its own loopback port, the graph loaded once. */
async function startContenders(options: BenchOptions): Promise<{
  contenders: Contender[];
  /** The data the ceiling serves per operation: ilo-graph's answers, set by checkAnswers. */
  answers: Map<string, unknown>;
  close: () => Promise<void>;
  neo4jProcess?: Neo4jProcess;
}> {
  const dataset = await buildDataset();
  const own = (q: BenchQuery) => q;
  const closers: (() => Promise<void>)[] = [];
  const contenders: Contender[] = [];
  const counted = (role: Role, t: IloTarget, profiler?: Neo4jProfiler): Contender => ({
    role,
    target: t,
    document: own,
    storeQueries: async (q) => {
      const before = await t.storeQueryCount();
      await answerOnce(t.url, q);
      return (await t.storeQueryCount()) - before;
    },
    ...(profiler
      ? {
          dbHits: async (q: BenchQuery) => {
            const reads = await t.readsOf(() => answerOnce(t.url, q));
            return profiler.dbHits(reads.map((r) => profiler.named(r.query, r.params)));
          },
        }
      : {}),
  });

  if (options.store === 'kuzu') {
    const ilo = await startIloTarget({ name: LABEL.ilo, batchLoads: true, dataset });
    const cached = await startIloTarget({ name: LABEL.cached, batchLoads: true, readCache: true, dataset });
    const naive = await startIloTarget({ name: LABEL.naive, batchLoads: false, dataset });
    closers.push(
      () => ilo.close(),
      () => cached.close(),
      () => naive.close(),
    );
    contenders.push(counted('ilo', ilo), counted('cached', cached), counted('naive', naive));
  } else {
    const config = benchConfig('neo4j');
    if (config.store.kind !== 'neo4j') throw new Error('unreachable: benchConfig checked the store');
    const profiler = new Neo4jProfiler(config.store);
    closers.push(() => profiler.close());
    console.log(`loading the knowledge base into ${config.store.uri} (its graph is replaced)`);
    // One graph for both: the second target reads what the first loaded.
    const ilo = await startIloTarget({ name: LABEL.ilo, batchLoads: true, dataset, store: 'neo4j' });
    const naive = await startIloTarget({
      name: LABEL.naive,
      batchLoads: false,
      dataset,
      store: 'neo4j',
      load: async () => {},
    });
    closers.push(
      () => ilo.close(),
      () => naive.close(),
    );
    contenders.push(counted('ilo', ilo, profiler), counted('naive', naive));
    if (options.peer) {
      const peer: PeerTarget = await startPeerTarget(config.store);
      closers.push(() => peer.close());
      const loadSec = await loadPeerCopy(peer.driver, dataset, config.store.database);
      console.log(
        `loaded @neo4j/graphql's copy beside it (a label per kind, a relationship type per relation) in ${loadSec.toFixed(1)} s`,
      );
      contenders.push({
        role: 'peer',
        target: peer,
        document: (q) => {
          const own = PEER_QUERIES[q.name];
          return 'notExpressible' in own ? own : { ...q, query: own.query, variables: own.variables };
        },
        dbHits: async (q) => {
          const own = PEER_QUERIES[q.name];
          if ('notExpressible' in own) return 0;
          const statements = await peer.statementsOf(() =>
            answerOnce(peer.url, { ...q, query: own.query, variables: own.variables }),
          );
          return profiler.dbHits(statements);
        },
      });
    }
  }
  const neo4jProcess = options.store === 'neo4j' ? localNeo4jProcess(process.env.NEO4J_URI ?? '') : undefined;
  // The ceiling answers with what ilo-graph answered (filled in by checkAnswers).
  const answers = new Map<string, unknown>();
  const limit = await startLimitTarget(answers);
  closers.push(() => limit.close());
  contenders.push({ role: 'limit', target: limit, document: own });
  return {
    contenders,
    answers,
    neo4jProcess,
    close: async () => {
      for (const close of closers.reverse()) await close();
    },
  };
}

/**
 * What every target must answer, per target and query: ilo-graph's answer, byte for byte, for its
 * own variants and the ceiling; for the peer, its own answer once it holds the same ids in the
 * same order as ilo-graph's.
 */
async function checkAnswers(
  contenders: Contender[],
  answers: Map<string, unknown>,
): Promise<Map<string, string>> {
  const expected = new Map<string, string>();
  const ilo = contenders.find((c) => c.role === 'ilo')!;
  for (const q of QUERIES) {
    const ours = await answerOnce(ilo.target.url, q);
    answers.set(q.operationName, ours.data);
    for (const c of contenders) {
      const document = c.document(q);
      if ('notExpressible' in document) continue;
      const theirs = c === ilo ? ours : await answerOnce(c.target.url, document);
      if (c.role === 'peer') {
        const [a, b] = [answerIds(ours.data), answerIds(theirs.data)];
        if (JSON.stringify(a) !== JSON.stringify(b))
          throw new Error(
            `${q.name}: ${LABEL.peer} answered other ids or another order:\n ours ${a.join(' ')}\n peer ${b.join(' ')}`,
          );
      } else if (theirs.text.trimEnd() !== ours.text.trimEnd()) {
        // (Apollo's own HTTP layer ends a body with a newline; the application's may not.)
        throw new Error(`${q.name}: ${LABEL[c.role]} answered differently from ilo-graph`);
      }
      expected.set(`${c.role}:${q.name}`, theirs.text);
    }
  }
  const peer = contenders.some((c) => c.role === 'peer');
  console.log(
    'every target answers every query it can ask identically (checked byte for byte' +
      (peer ? `; ${LABEL.peer}: the same ids in the same order` : '') +
      ')\n',
  );
  return expected;
}

async function measureQuery(
  q: BenchQuery,
  contenders: Contender[],
  expected: Map<string, string>,
  settings: Settings,
  generator: LoadGenerator,
  neo4jProcess: Neo4jProcess | undefined,
): Promise<QueryResult> {
  const notExpressible: Partial<Record<Role, string>> = {};
  const active = contenders.filter((c) => {
    const document = c.document(q);
    if ('notExpressible' in document) notExpressible[c.role] = document.notExpressible;
    return !('notExpressible' in document);
  });
  const run = (c: Contender, durationSec: number) =>
    generator.drive(c.target.url, c.document(q) as BenchQuery, {
      connections: settings.connections,
      durationSec,
      expectBody: expected.get(`${c.role}:${q.name}`)!,
    });
  for (const c of active) await run(c, settings.warmupSec);
  const storeQueries = new Map<Role, number>();
  const dbHits = new Map<Role, number>();
  for (const c of active) {
    if (c.storeQueries) storeQueries.set(c.role, await c.storeQueries(q));
    if (c.dbHits) dbHits.set(c.role, await c.dbHits(q));
  }
  const loadAverage = round(os.loadavg()[0] ?? 0, 2);
  // Rounds interleave the targets, so a burst of load from elsewhere on the machine hits them alike.
  const rounds = new Map<Role, RoundResult[]>(active.map((c) => [c.role, []]));
  for (let r = 0; r < settings.rounds; r++) {
    for (const c of active) {
      let cpu = process.cpuUsage();
      let dbCpu = neo4jProcess?.cpuMs();
      let m = await run(c, settings.durationSec);
      if (m.requests < settings.connections) {
        // Slower than a round: measured again for long enough that each client gets answers
        // (a request still running when a round ends is not counted, so it would report 0 req/s).
        cpu = process.cpuUsage();
        dbCpu = neo4jProcess?.cpuMs();
        m = await run(c, Math.min(LONG_ROUND_SEC, settings.durationSec * 6));
      }
      const used = process.cpuUsage(cpu);
      const requests = Math.max(1, m.requests);
      rounds.get(c.role)!.push({
        ...m,
        cpuMsPerRequest: (used.user + used.system) / 1000 / requests,
        ...(dbCpu !== undefined && c.role !== 'limit'
          ? { dbCpuMsPerRequest: (neo4jProcess!.cpuMs() - dbCpu) / requests }
          : {}),
      });
    }
  }
  const targets: Partial<Record<Role, TargetResult>> = {};
  for (const c of active) {
    const t = summarise(rounds.get(c.role)!);
    if (storeQueries.has(c.role)) t.storeQueriesPerRequest = storeQueries.get(c.role);
    if (dbHits.has(c.role)) t.dbHitsPerRequest = dbHits.get(c.role);
    targets[c.role] = t;
    console.log(
      `  ${q.name.padEnd(14)} ${LABEL[c.role].padEnd(14)} ${t.rps.toFixed(1).padStart(8)} req/s  p50 ${t.p50Ms} ms  p99 ${t.p99Ms} ms  ` +
        `CPU ${t.cpuMsPerRequest} ms/req` +
        (t.dbCpuMsPerRequest !== undefined ? `  Neo4j CPU ${t.dbCpuMsPerRequest} ms/req` : '') +
        `  (rounds: ${t.roundsRps.map((x) => x.toFixed(0)).join(', ')})` +
        (failedCount(t.failed) > 0 ? `  FAILED RESPONSES: ${JSON.stringify(t.failed)}` : ''),
    );
  }
  const ratios: Record<string, Ratio> = {};
  for (const [name, a, b] of RATIOS) {
    const ratio = roundRatio(rounds.get(a), rounds.get(b));
    if (ratio) ratios[name] = ratio;
  }
  return {
    description: q.description,
    levels: q.levels,
    expectedStoreQueries: q.expectedStoreQueries,
    targets,
    notExpressible,
    ratios,
    loadAverage,
  };
}

const ratioLabel = (r: Ratio | undefined, asPercent = false) => {
  if (!r) return '-';
  const f = (x: number) => (asPercent ? `${Math.round(x * 100)}%` : `${x.toFixed(2)}x`);
  return `${f(r.median)} (${f(r.min)}-${f(r.max)})`;
};
const rps = (t: TargetResult | undefined) => (t ? t.rps.toFixed(1) : 'n/a');

function printSummary(results: Record<string, QueryResult>, settings: Settings): void {
  const rows = QUERIES.map((q) => [q.name, results[q.name]!] as const);
  const peer = rows.some(([, r]) => r.targets.peer || r.notExpressible.peer);
  const ours: Role = settings.store === 'kuzu' ? 'cached' : 'ilo';
  console.log('');
  if (peer) {
    console.log(
      `ilo-graph vs @neo4j/graphql vs the ceiling on ${settings.store}: req/s of the median round; ratios are the median of the per-round ratios (min-max over ${settings.rounds} rounds)`,
    );
    console.log(
      table(
        [
          'query',
          'ilo-graph',
          '@neo4j/graphql',
          'ceiling',
          'ilo / peer',
          'ilo / ceiling',
          'db hits ilo / peer',
          'CPU ms/req API ilo / peer',
          'Neo4j CPU ms/req ilo / peer',
        ],
        rows.map(([name, r]) => [
          name,
          rps(r.targets.ilo),
          r.targets.peer ? rps(r.targets.peer) : 'n/a',
          rps(r.targets.limit),
          ratioLabel(r.ratios['ilo/peer']),
          ratioLabel(r.ratios['ilo/ceiling'], true),
          `${r.targets.ilo?.dbHitsPerRequest ?? '-'} / ${r.targets.peer?.dbHitsPerRequest ?? '-'}`,
          `${r.targets.ilo?.cpuMsPerRequest ?? '-'} / ${r.targets.peer?.cpuMsPerRequest ?? '-'}`,
          `${r.targets.ilo?.dbCpuMsPerRequest ?? '-'} / ${r.targets.peer?.dbCpuMsPerRequest ?? '-'}`,
        ]),
      ),
    );
    for (const [name, r] of rows)
      if (r.notExpressible.peer) console.log(`  ${name}: n/a for @neo4j/graphql: ${r.notExpressible.peer}`);
  } else {
    console.log(
      `${LABEL[ours]} vs the ceiling on ${settings.store}: req/s of the median round; ratios are the median of the per-round ratios (min-max over ${settings.rounds} rounds)`,
    );
    console.log(
      table(
        [
          'query',
          LABEL[ours],
          'ceiling',
          `${ours === 'cached' ? 'cache' : 'ilo'} / ceiling`,
          `${ours === 'cached' ? 'cache' : 'ilo'} / naive`,
          'CPU ms/req',
        ],
        rows.map(([name, r]) => [
          name,
          rps(r.targets[ours]),
          rps(r.targets.limit),
          ratioLabel(r.ratios[ours === 'cached' ? 'cache/ceiling' : 'ilo/ceiling'], true),
          ratioLabel(r.ratios[ours === 'cached' ? 'cache/naive' : 'ilo/naive']),
          String(r.targets[ours]?.cpuMsPerRequest ?? '-'),
        ]),
      ),
    );
  }
  console.log(
    "\nevery target (median round; CPU ms/req = this process, the servers only; store q/req from ilo-graph's own counter)",
  );
  const roles = (['ilo', 'cached', 'naive', 'peer', 'limit'] as Role[]).filter((role) =>
    rows.some(([, r]) => r.targets[role]),
  );
  console.log(
    table(
      [
        'query',
        'target',
        'req/s',
        'p50',
        'p99',
        'CPU ms/req',
        'Neo4j CPU ms/req',
        'store q/req',
        'db hits',
        'rounds req/s',
      ],
      rows.flatMap(([name, r]) =>
        roles
          .filter((role) => r.targets[role])
          .map((role) => {
            const t = r.targets[role]!;
            return [
              name,
              LABEL[role],
              t.rps.toFixed(1),
              `${t.p50Ms} ms`,
              `${t.p99Ms} ms`,
              String(t.cpuMsPerRequest),
              t.dbCpuMsPerRequest === undefined ? '-' : String(t.dbCpuMsPerRequest),
              t.storeQueriesPerRequest === undefined ? '-' : String(t.storeQueriesPerRequest),
              t.dbHitsPerRequest === undefined ? '-' : String(t.dbHitsPerRequest),
              t.roundsRps.map((x) => x.toFixed(0)).join(' '),
            ];
          }),
      ),
    ),
  );
  const totalFailed = rows.reduce(
    (sum, [, r]) => sum + Object.values(r.targets).reduce((s, t) => s + failedCount(t.failed), 0),
    0,
  );
  console.log(
    totalFailed === 0
      ? 'every response of every target was a 200 with the expected answer'
      : `FAILED RESPONSES: ${totalFailed} (see failed in the results file)`,
  );
  console.log('\ntargets (reported, not asserted):');
  for (const v of verdicts(results, settings))
    console.log(`  ${v.pass ? 'PASS' : 'MISS'}  ${v.target}: ${v.detail}`);
}

interface Verdict {
  target: string;
  pass: boolean;
  detail: string;
}

function verdicts(results: Record<string, QueryResult>, settings: Settings): Verdict[] {
  const out: Verdict[] = [];
  const entries = QUERIES.map((q) => [q, results[q.name]!] as const);
  const ours: Role = settings.store === 'kuzu' ? 'cached' : 'ilo';
  const withPeer = entries.filter(([, r]) => r.targets.peer);
  if (withPeer.length > 0) {
    const behind = withPeer.filter(([, r]) => (r.ratios['ilo/peer']?.median ?? 0) < 1);
    out.push({
      target: 'ilo-graph req/s >= @neo4j/graphql on every query both can ask',
      pass: behind.length === 0,
      detail: withPeer.map(([q, r]) => `${q.name} ${ratioLabel(r.ratios['ilo/peer'])}`).join(', '),
    });
    const nested = results.nested!.targets;
    if (nested.ilo?.dbHitsPerRequest !== undefined && nested.peer?.dbHitsPerRequest !== undefined)
      out.push({
        target: 'nested: fewer database hits than @neo4j/graphql',
        pass: nested.ilo.dbHitsPerRequest < nested.peer.dbHitsPerRequest,
        detail: `${nested.ilo.dbHitsPerRequest} vs ${nested.peer.dbHitsPerRequest}`,
      });
  }
  const nested = results.nested!;
  if (nested.ratios[ours === 'cached' ? 'cache/naive' : 'ilo/naive'])
    out.push({
      target: `nested >= 10x naive req/s (${LABEL[ours]})`,
      pass: nested.ratios[ours === 'cached' ? 'cache/naive' : 'ilo/naive']!.median >= 10,
      detail: ratioLabel(nested.ratios[ours === 'cached' ? 'cache/naive' : 'ilo/naive']),
    });
  if (settings.store === 'kuzu')
    out.push({
      target: `nested >= 50% of the ceiling (${LABEL[ours]})`,
      pass: (nested.ratios['cache/ceiling']?.median ?? 0) >= 0.5,
      detail: ratioLabel(nested.ratios['cache/ceiling'], true),
    });
  const extra = entries.filter(
    ([, r]) => (r.targets.ilo?.storeQueriesPerRequest ?? 0) > r.expectedStoreQueries,
  );
  out.push({
    target: 'store queries per request = one per relationship field per level',
    pass: extra.length === 0,
    detail:
      extra.length === 0
        ? entries.map(([q, r]) => `${q.name} ${r.targets.ilo?.storeQueriesPerRequest}`).join(', ')
        : extra
            .map(([q, r]) => `${q.name} ${r.targets.ilo?.storeQueriesPerRequest} > ${r.expectedStoreQueries}`)
            .join(', '),
  });
  const slow = entries.filter(([q, r]) => q.latencyTarget && (r.targets[ours]?.p99Ms ?? Infinity) >= 50);
  out.push({
    target: `p99 < 50 ms at ${CONNECTIONS} clients for point, nested, collaborations (${LABEL[ours]})`,
    pass: slow.length === 0,
    detail: entries
      .filter(([q]) => q.latencyTarget)
      .map(([q, r]) => `${q.name} ${r.targets[ours]?.p99Ms} ms`)
      .join(', '),
  });
  return out;
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
