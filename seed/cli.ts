import 'reflect-metadata';

import { loadConfig } from '../src/config.js';
import { createStore } from '../src/store/create-store.js';
import { replaceGraph } from '../src/store/write-dataset.js';
import { buildDataset } from './build-dataset.js';
import { SeedValidationError } from './problems.js';

/**
 * `npm run seed`: builds and validates the knowledge base, then replaces the configured store's
 * graph with it in one transaction (a failure leaves the old graph as it was).
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const started = Date.now();
  const dataset = await buildDataset();
  const store = await createStore(config.store);
  try {
    await store.applySchema();
    await replaceGraph(store, dataset);
  } finally {
    await store.close();
  }
  console.log(
    `seeded ${config.store.kind}: ${dataset.entities.length} entities, ${dataset.links.length} relationships, ${dataset.passages.length} passages in ${Date.now() - started} ms`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof SeedValidationError ? error.message : error);
  process.exit(1);
});
