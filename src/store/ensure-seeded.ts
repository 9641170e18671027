import { buildDataset } from '../../seed/build-dataset.js';
import type { Dataset } from '../domain/dataset.js';
import type { GraphStore } from './port/graph-store.port.js';
import { datasetCounts, loadIntoEmptyGraph, type GraphCounts } from './write-dataset.js';

/**
 * Loads the ILO knowledge base into an empty store (first start on a fresh machine, or the first
 * of several servers on an empty Neo4j). A store that already holds a graph is left as it is:
 * re-seeding is an explicit `npm run seed`. Returns what it loaded, or null when the graph was
 * there (loaded earlier, or by another server meanwhile).
 */
export async function ensureSeeded(store: GraphStore, knowledgeBase?: Dataset): Promise<GraphCounts | null> {
  const existing = await store.read('count-entities-by-kind');
  if (existing.length > 0) return null;
  const dataset = knowledgeBase ?? (await buildDataset());
  return (await loadIntoEmptyGraph(store, dataset)) ? datasetCounts(dataset) : null;
}
