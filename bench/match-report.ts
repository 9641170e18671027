/**
 * `npm run match:report`: runs the labelled set (bench/matching/labelled-set.tsv) through the
 * matching service on a store seeded with the knowledge base, and prints top-1 precision, the
 * matches claimed and how many are wrong, by category, then every miss. The embedded store by
 * default; Neo4j when NEO4J_URI is set (its database is replaced by the knowledge base).
 * Exits 1 when a target is missed.
 */
import { buildDataset } from '../seed/build-dataset.js';
import { MatchService } from '../src/matching/match.service.js';
import { KuzuStore } from '../src/store/kuzu/kuzu-store.js';
import { Neo4jStore } from '../src/store/neo4j/neo4j-store.js';
import type { GraphStore } from '../src/store/port/graph-store.port.js';
import { replaceGraph } from '../src/store/write-dataset.js';
import { machineInfo } from './lib/machine.js';
import {
  evaluate,
  formatReport,
  readLabelledSet,
  TARGETS,
  topOnePrecision,
} from './matching/labelled-set.js';

const MiB = 1024 * 1024;

function openStore(): { store: GraphStore; label: string } {
  const uri = process.env.NEO4J_URI;
  if (uri)
    return {
      label: `Neo4j at ${uri}`,
      store: new Neo4jStore({
        uri,
        username: process.env.NEO4J_USERNAME ?? 'neo4j',
        password: process.env.NEO4J_PASSWORD ?? '',
        database: process.env.NEO4J_DATABASE || undefined,
        maxConnectionPoolSize: 5,
        connectionAcquisitionTimeoutMs: 10_000,
        queryTimeoutMs: 30_000,
      }),
    };
  return {
    label: 'embedded store (Kuzu, in memory)',
    store: new KuzuStore({
      path: ':memory:',
      bufferPoolBytes: 128 * MiB,
      maxDatabaseBytes: 1024 * MiB,
      readConnections: 1,
      queryTimeoutMs: 30_000,
    }),
  };
}

const { store, label } = openStore();
try {
  await store.applySchema();
  await replaceGraph(store, await buildDataset());
  const items = await readLabelledSet();
  const started = process.hrtime.bigint();
  const evaluation = await evaluate(new MatchService(store), items);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const machine = machineInfo();
  console.log(
    `Matching on the labelled set: ${items.length} names, ${label}, commit ${machine.commit}, ` +
      `${machine.cpus} x ${machine.cpuModel}, Node ${machine.node} (${Math.round(ms)} ms for ${Math.ceil(items.length / 100)} batches)\n`,
  );
  console.log(formatReport(evaluation));
  const missed =
    topOnePrecision(evaluation.total) < TARGETS.topOnePrecision ||
    evaluation.total.wrongMatches > TARGETS.wrongMatches;
  if (missed) process.exitCode = 1;
} finally {
  await store.close();
}
