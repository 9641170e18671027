import { buildDataset } from '../../seed/build-dataset.js';
import type { GraphStore } from './port/graph-store.port.js';
import { replaceGraph } from './write-dataset.js';

/**
 * Loads the ILO knowledge base into an empty store (first start on a fresh machine). A store that
 * already holds a graph is left as it is: re-seeding is an explicit `npm run seed`.
 * Returns whether it seeded.
 */
export async function ensureSeeded(store: GraphStore): Promise<boolean> {
  const counts = await store.read('count-entities-by-kind');
  if (counts.length > 0) return false;
  await replaceGraph(store, await buildDataset());
  return true;
}
