import 'reflect-metadata';

import { loadConfig } from '../src/config.js';
import { createStore } from '../src/store/create-store.js';
import { describeOutcome } from '../src/store/graph-integrity.js';
import { rebuildDatabase } from '../src/store/kuzu/rebuild-database.js';
import { StoreError } from '../src/store/port/store-error.js';
import { replaceGraph } from '../src/store/write-dataset.js';
import { buildDataset } from './build-dataset.js';
import { SeedValidationError } from './problems.js';

/**
 * `npm run seed`: builds and validates the knowledge base, then replaces the configured store's
 * graph with it: on Neo4j in one transaction (a failure leaves the old graph as it was); on the
 * embedded store as a new database file that takes the old one's place (rebuild-database.ts).
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const started = Date.now();
  const dataset = await buildDataset();
  if (config.store.kind === 'kuzu' && config.store.path !== ':memory:') {
    const outcome = await rebuildDatabase(config.store, dataset);
    const line = describeOutcome(outcome, true);
    if (line?.level === 'warn') console.warn(line.message);
  } else {
    const store = await createStore(config.store);
    try {
      await store.applySchema();
      await replaceGraph(store, dataset);
    } finally {
      await store.close();
    }
  }
  console.log(
    `seeded ${config.store.kind}: ${dataset.entities.length} entities, ${dataset.links.length} relationships, ${dataset.passages.length} passages in ${Date.now() - started} ms`,
  );
}

main().catch((error: unknown) => {
  // One line leading with the cause; a validation report as it is; the detail only when debugging.
  if (error instanceof SeedValidationError) console.error(error.message);
  else console.error(`npm run seed: ${error instanceof Error ? error.message : String(error)}`);
  const detail = error instanceof StoreError ? error.detail : undefined;
  if (detail && /^(debug|trace)$/.test(process.env.LOG_LEVEL ?? '')) console.error(`detail: ${detail}`);
  process.exit(1);
});
