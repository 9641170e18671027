import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';

import kuzu from 'kuzu';

import type { Dataset } from '../../src/domain/dataset.js';
import { rankedLinkRowChunks } from '../../src/domain/link-order.js';
import { entityToRow, passageToRow } from '../../src/domain/records-to-rows.js';
import { ENTITY_TABLE, LINK_TABLE, PASSAGE_TABLE } from '../../src/store/graph-schema.js';
import { kuzuSchemaStatements } from '../../src/store/kuzu/kuzu-ddl.js';

/** A CSV field as Kuzu's COPY reads it: null as an empty field, text quoted with "" escapes. */
function field(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = String(value).replace(/[\r\n]+/g, ' ');
  return `"${text.replace(/"/g, '""')}"`;
}

async function writeCsv(path: string, rows: Iterable<unknown[]>): Promise<void> {
  const out = createWriteStream(path);
  let buffer = '';
  for (const row of rows) {
    buffer += `${row.map(field).join(',')}\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
}

/**
 * Bench-only bulk loader for big synthetic graphs: writes the graph as CSV (the same rows the
 * store's upserts take) and loads it into a NEW on-disk Kuzu database with COPY FROM, then
 * closes it; the KuzuStore under test opens the file afterwards. Why: loading through the store
 * port's MERGE upserts runs at a few thousand rows a second here, hours for 1M nodes.
 */
export async function copyLoad(
  databasePath: string,
  dataset: Dataset,
  bufferPoolBytes: number,
  maxDatabaseBytes: number,
): Promise<void> {
  const dir = mkdtempSync(join(os.tmpdir(), 'ilo-graph-csv-'));
  try {
    const entityColumns = [...ENTITY_TABLE.columns.map((c) => c.name)];
    const passageColumns = PASSAGE_TABLE.columns.map((c) => c.name);
    const linkColumns = LINK_TABLE.columns.map((c) => c.name);
    await writeCsv(
      join(dir, 'entities.csv'),
      (function* () {
        for (const e of dataset.entities) {
          const row = entityToRow(e);
          yield entityColumns.map((c) => row[c]);
        }
      })(),
    );
    await writeCsv(
      join(dir, 'passages.csv'),
      (function* () {
        for (const p of dataset.passages) {
          const row = passageToRow(p);
          yield passageColumns.map((c) => row[c]);
        }
      })(),
    );
    await writeCsv(
      join(dir, 'links.csv'),
      (function* () {
        // The rows the store's loads write: each link with its kinds and its place in its ends' pages.
        for (const chunk of rankedLinkRowChunks(dataset, 50_000))
          for (const row of chunk) yield [row.from, row.to, ...linkColumns.map((c) => row[c])];
      })(),
    );
    const database = new kuzu.Database(databasePath, bufferPoolBytes, true, false, maxDatabaseBytes);
    const connection = new kuzu.Connection(database);
    try {
      const run = async (statement: string) => {
        const result = await connection.query(statement);
        for (const r of Array.isArray(result) ? result : [result]) r.close();
      };
      for (const statement of kuzuSchemaStatements()) await run(statement);
      const options = "(HEADER=false, DELIM=',', QUOTE='\"', ESCAPE='\"', PARALLEL=false)";
      await run(`COPY ${ENTITY_TABLE.name} FROM '${join(dir, 'entities.csv')}' ${options}`);
      await run(`COPY ${PASSAGE_TABLE.name} FROM '${join(dir, 'passages.csv')}' ${options}`);
      await run(`COPY ${LINK_TABLE.name} FROM '${join(dir, 'links.csv')}' ${options}`);
    } finally {
      await connection.close();
      await database.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
