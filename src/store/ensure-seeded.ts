import { buildDataset } from '../../seed/build-dataset.js';
import type { GraphStore } from './port/graph-store.port.js';
import { replaceGraph } from './write-dataset.js';

/**
 * Loads the ILO knowledge base into an empty store (first start on a fresh machine). A store that
 * already holds a graph is left as it is: re-seeding is an explicit `npm run seed`.
 * Returns the counts by kind it loaded, or null when the store already held a graph.
 */
export async function ensureSeeded(store: GraphStore): Promise<Record<string, number> | null> {
  const existing = await store.read('count-entities-by-kind');
  if (existing.length > 0) return null;
  const dataset = await buildDataset();
  await replaceGraph(store, dataset);
  const counts: Record<string, number> = {};
  for (const entity of dataset.entities) counts[entity.kind] = (counts[entity.kind] ?? 0) + 1;
  counts.relationships = dataset.links.length;
  counts.passages = dataset.passages.length;
  return counts;
}
