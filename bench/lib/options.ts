import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import type { BenchStoreKind } from './ilo-target.js';

/** What `npm run bench -- ...` was asked to do. */
export interface BenchOptions {
  help: boolean;
  run: 'main' | 'scale' | 'paths';
  store: BenchStoreKind;
  /** Also measure @neo4j/graphql over the same Neo4j (needs --store neo4j). */
  peer: boolean;
  quick: boolean;
  /** Where this run's results go. */
  out: string;
  /** Also update the committed bench/results.json. */
  save: boolean;
  /** Overrides of the mode's rounds and seconds per round (main run). */
  rounds?: number;
  durationSec?: number;
}

export const HELP = `npm run bench -- [options]

The benchmark of the GraphQL API (bench/README.md). Nothing leaves the machine: every server
listens on 127.0.0.1.

runs (one of):
  (default)          the six bench queries: ilo-graph, and its references, in interleaved rounds
  --scale            synthetic graphs of 10k-1M nodes (BENCH_SCALE_SIZES, BENCH_SCALE_SECONDS,
                     BENCH_SCALE_BUDGET_SEC); 1M only when it fits the budget
  --paths            a connections path search by hop bound: time (and Neo4j database hits)
                     beside its complexity price (BENCH_PATH_PAIRS entity pairs, 150)

options:
  --store kuzu|neo4j the store: kuzu (embedded, in memory; default) or the Neo4j that NEO4J_URI
                     and NEO4J_PASSWORD name (npm run neo4j:local starts one). ITS GRAPH IS
                     REPLACED by the knowledge base (or the synthetic graph) the run measures
  --peer             with --store neo4j: also @neo4j/graphql 7 over the same Neo4j and data
  --quick            3 rounds of 3 s per target and query, 1 s warm-up (full: 5 rounds of 5 s, 3 s)
  --rounds N         rounds per target and query (overrides the mode)
  --duration S       seconds per round (overrides the mode)
  --out FILE         where this run's results are written (default: a new file under
                     ${join(os.tmpdir(), 'ilo-graph-bench')})
  --save             also update the committed bench/results.json (its other sections are kept)
  --help             print this and exit

environment: BENCH_QUICK=1 is --quick; BENCH_SCALE=1 is --scale.`;

/** Reads the command line (and the BENCH_QUICK / BENCH_SCALE variables); throws naming a bad option. */
export function benchOptions(argv: string[] = process.argv.slice(2), env = process.env): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      help: { type: 'boolean', short: 'h', default: false },
      scale: { type: 'boolean', default: false },
      paths: { type: 'boolean', default: false },
      store: { type: 'string', default: 'kuzu' },
      peer: { type: 'boolean', default: false },
      quick: { type: 'boolean', default: false },
      rounds: { type: 'string' },
      duration: { type: 'string' },
      out: { type: 'string' },
      save: { type: 'boolean', default: false },
    },
  });
  const store = values.store;
  if (store !== 'kuzu' && store !== 'neo4j') throw new Error(`--store must be kuzu or neo4j, not ${store}`);
  if (values.peer && store !== 'neo4j')
    throw new Error('--peer needs --store neo4j (@neo4j/graphql runs on Neo4j)');
  const run = values.scale || env.BENCH_SCALE === '1' ? 'scale' : values.paths ? 'paths' : 'main';
  const positive = (name: string, value: string | undefined) => {
    if (value === undefined) return undefined;
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number, not ${value}`);
    return n;
  };
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  return {
    help: values.help,
    run,
    store,
    peer: values.peer,
    quick: values.quick || env.BENCH_QUICK === '1',
    out: values.out ?? join(os.tmpdir(), 'ilo-graph-bench', `${run}-${store}-${stamp}.json`),
    save: values.save,
    rounds: positive('rounds', values.rounds),
    durationSec: positive('duration', values.duration),
  };
}
