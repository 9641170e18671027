import type { Dataset } from '../../src/domain/dataset.js';
import { rankedLinkRowChunks } from '../../src/domain/link-order.js';
import { entityToRow, passageToRow } from '../../src/domain/records-to-rows.js';
import type { GraphStore, WriteStatement } from '../../src/store/port/graph-store.port.js';

/** Rows per statement, as src/store/write-dataset.ts writes them. */
const ROWS_PER_STATEMENT = 5_000;

export interface LoadProgress {
  what: 'passages' | 'entities' | 'links';
  done: number;
  total: number;
}

/**
 * Bench-only loader for big synthetic graphs into an EMPTY store: the same upsert queries as
 * `replaceGraph`, but in several transactions of `rowsPerTransaction` rows (one transaction of
 * millions of rows is more than the scale run needs to prove, and holds it all in memory).
 */
export async function loadInTransactions(
  store: GraphStore,
  dataset: Dataset,
  rowsPerTransaction = 50_000,
  onProgress?: (p: LoadProgress) => void,
): Promise<void> {
  // Each part as chunks of rows, one transaction each; links as replaceGraph writes them (with
  // their place in their ends' pages), made a chunk at a time: 4.8M rows at once outgrow the heap.
  const chunksOf = function* <T>(records: readonly T[], toRow: (x: T) => Record<string, unknown>) {
    for (let start = 0; start < records.length; start += rowsPerTransaction)
      yield records.slice(start, start + rowsPerTransaction).map(toRow);
  };
  const parts: [
    LoadProgress['what'],
    WriteStatement['query'],
    number,
    Iterable<Record<string, unknown>[]>,
  ][] = [
    ['passages', 'upsert-passages', dataset.passages.length, chunksOf(dataset.passages, passageToRow)],
    ['entities', 'upsert-entities', dataset.entities.length, chunksOf(dataset.entities, entityToRow)],
    ['links', 'upsert-links', dataset.links.length, rankedLinkRowChunks(dataset, rowsPerTransaction)],
  ];
  for (const [what, query, total, chunks] of parts) {
    let done = 0;
    for (const chunk of chunks) {
      const statements: WriteStatement[] = [];
      for (let i = 0; i < chunk.length; i += ROWS_PER_STATEMENT) {
        statements.push({ query, params: { rows: chunk.slice(i, i + ROWS_PER_STATEMENT) } });
      }
      await store.write(statements);
      done += chunk.length;
      onProgress?.({ what, done, total });
    }
  }
}
