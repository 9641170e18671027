/**
 * Run in a child process by probeDatabase (kuzu-probe.ts): opens the embedded database given on
 * the command line, applies the schema (idempotent) and checks its graph against its load record,
 * then prints the verdict as one JSON line. Why a child: a damaged database file can crash the
 * engine (a segmentation fault on the first query), which must not take the server with it.
 */
import { checkGraph } from '../graph-integrity.js';
import { KuzuStore, type KuzuStoreOptions } from './kuzu-store.js';

const [optionsJson = '{}', expected = ''] = process.argv.slice(2);
const options = JSON.parse(optionsJson) as KuzuStoreOptions;
let line: unknown;
try {
  const store = new KuzuStore({ ...options, readConnections: 1 });
  try {
    await store.applySchema();
    line = { verdict: await checkGraph(store, expected || undefined) };
  } finally {
    await store.close();
  }
} catch (error) {
  line = { error: error instanceof Error ? error.message : String(error) };
}
process.stdout.write(`\n${JSON.stringify(line)}\n`);
