import type { Dataset } from '../../src/domain/dataset.js';
import { rankedLinkRows } from '../../src/domain/link-order.js';
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
  const parts: [
    LoadProgress['what'],
    WriteStatement['query'],
    readonly unknown[],
    (x: never) => Record<string, unknown>,
  ][] = [
    ['passages', 'upsert-passages', dataset.passages, passageToRow as (x: never) => Record<string, unknown>],
    ['entities', 'upsert-entities', dataset.entities, entityToRow as (x: never) => Record<string, unknown>],
    // Links as replaceGraph writes them: with their place in their ends' pages.
    ['links', 'upsert-links', rankedLinkRows(dataset), (row: Record<string, unknown>) => row as never],
  ];
  for (const [what, query, records, toRow] of parts) {
    for (let start = 0; start < records.length; start += rowsPerTransaction) {
      const chunk = records.slice(start, start + rowsPerTransaction) as never[];
      const statements: WriteStatement[] = [];
      for (let i = 0; i < chunk.length; i += ROWS_PER_STATEMENT) {
        statements.push({ query, params: { rows: chunk.slice(i, i + ROWS_PER_STATEMENT).map(toRow) } });
      }
      await store.write(statements);
      onProgress?.({
        what,
        done: Math.min(start + rowsPerTransaction, records.length),
        total: records.length,
      });
    }
  }
}
