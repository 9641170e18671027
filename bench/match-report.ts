/**
 * `npm run match:report`: runs the labelled set (bench/matching/labelled-set.tsv) through the
 * matching service on a store seeded with the knowledge base, and prints top-1 precision, the
 * matches claimed and how many are wrong, by category, then every miss. The embedded store by
 * default; Neo4j when NEO4J_URI is set (its database is replaced by the knowledge base).
 * Exits 1 when a target is missed.
 */
import { loadConfig } from '../src/config.js';
import { buildDataset } from '../seed/build-dataset.js';
import { MatchService } from '../src/matching/match.service.js';
import { createStore } from '../src/store/create-store.js';
import { replaceGraph } from '../src/store/write-dataset.js';
import { machineInfo } from './lib/machine.js';
import {
  evaluate,
  formatReport,
  readLabelledSet,
  TARGETS,
  topOnePrecision,
} from './matching/labelled-set.js';

// The server's own store, from the same variables; the embedded one always in memory, so that a
// store under DATA_DIR is never replaced.
const config = loadConfig({ ...process.env, DATA_DIR: ':memory:', LOG_LEVEL: 'silent' });
const store = await createStore(config.store);
const label =
  config.store.kind === 'neo4j' ? `Neo4j at ${config.store.uri}` : 'embedded store (Kuzu, in memory)';
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
