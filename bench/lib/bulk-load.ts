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

/** One transaction's rows of one part of a dataset, and how far that part has come. */
export interface RowChunk extends LoadProgress {
  rows: Record<string, unknown>[];
}

/**
 * A dataset's rows as the store's upserts take them (links as replaceGraph writes them, with
 * their place in their ends' pages), part by part, `size` rows at a time: each chunk is made
 * when it is asked for, since a million-node graph's 4.8M link rows at once outgrow the heap.
 */
export function* datasetRowChunks(dataset: Dataset, size: number): Generator<RowChunk> {
  const chunksOf = function* <T>(records: readonly T[], toRow: (x: T) => Record<string, unknown>) {
    for (let start = 0; start < records.length; start += size)
      yield records.slice(start, start + size).map(toRow);
  };
  const parts: [LoadProgress['what'], number, Iterable<Record<string, unknown>[]>][] = [
    ['passages', dataset.passages.length, chunksOf(dataset.passages, passageToRow)],
    ['entities', dataset.entities.length, chunksOf(dataset.entities, entityToRow)],
    ['links', dataset.links.length, rankedLinkRowChunks(dataset, size)],
  ];
  for (const [what, total, chunks] of parts) {
    let done = 0;
    for (const rows of chunks) {
      done += rows.length;
      yield { what, done, total, rows };
    }
  }
}

/** The upsert each part of a dataset is written with. */
const UPSERT: Record<LoadProgress['what'], WriteStatement['query']> = {
  passages: 'upsert-passages',
  entities: 'upsert-entities',
  links: 'upsert-links',
};

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
  for (const { rows, ...progress } of datasetRowChunks(dataset, rowsPerTransaction)) {
    const statements: WriteStatement[] = [];
    for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
      statements.push({
        query: UPSERT[progress.what],
        params: { rows: rows.slice(i, i + ROWS_PER_STATEMENT) },
      });
    }
    await store.write(statements);
    onProgress?.(progress);
  }
}
