import type { Dataset } from '../domain/dataset.js';
import { entityToRow, linkToRow, passageToRow } from '../domain/records-to-rows.js';
import type { GraphStore, WriteStatement } from './port/graph-store.port.js';

/** Rows per statement: large UNWIND batches load fast on both engines without huge parameters. */
const BATCH = 5_000;

function batches(query: WriteStatement['query'], rows: Record<string, unknown>[]): WriteStatement[] {
  const statements: WriteStatement[] = [];
  for (let i = 0; i < rows.length; i += BATCH)
    statements.push({ query, params: { rows: rows.slice(i, i + BATCH) } });
  return statements;
}

/**
 * Replaces the whole graph with a dataset, in ONE transaction: either the new graph is there
 * entirely, or the old one is untouched (a failed import changes nothing).
 */
export async function replaceGraph(store: GraphStore, dataset: Dataset): Promise<void> {
  await store.write([
    { query: 'delete-all-links', params: {} },
    { query: 'delete-all-entities', params: {} },
    { query: 'delete-all-passages', params: {} },
    ...batches('upsert-passages', dataset.passages.map(passageToRow)),
    ...batches('upsert-entities', dataset.entities.map(entityToRow)),
    ...batches('upsert-links', dataset.links.map(linkToRow)),
  ]);
}
