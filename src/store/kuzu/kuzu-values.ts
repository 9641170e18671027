import type { QueryResult } from 'kuzu';

import type { Row, StoreNode, StoreRelationship, StoreValue } from '../port/graph-store.port.js';
import { columnType, type ColumnType } from '../graph-schema.js';

interface KuzuInternalId {
  offset: number;
  table: number;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isInternalId = (v: unknown): v is KuzuInternalId => isObject(v) && 'offset' in v && 'table' in v;
const elementId = (id: KuzuInternalId): string => `${id.table}:${id.offset}`;

/** Properties of a Kuzu node/rel value without its internal keys (`_id`, `_label`, `_src`, `_dst`); unset (null) ones dropped, as Neo4j does. */
function properties(value: Record<string, unknown>): Record<string, StoreValue> {
  const props: Record<string, StoreValue> = {};
  for (const [key, v] of Object.entries(value)) {
    if (key.startsWith('_') || v === null || v === undefined) continue;
    props[key] = toStoreValue(v);
  }
  return props;
}

/**
 * Converts one value from the Kuzu driver to the port's plain form: nodes and relationships
 * become `StoreNode`/`StoreRelationship`, BigInts (Kuzu's INT128 aggregates) numbers.
 */
export function toStoreValue(value: unknown): StoreValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(toStoreValue);
  if (isObject(value)) {
    if (isInternalId(value._src) && isInternalId(value._dst) && typeof value._label === 'string') {
      const rel: StoreRelationship = {
        $type: 'relationship',
        label: value._label,
        start: elementId(value._src),
        end: elementId(value._dst),
        properties: properties(value),
      };
      return rel;
    }
    if (isInternalId(value._id) && typeof value._label === 'string') {
      const node: StoreNode = {
        $type: 'node',
        label: value._label,
        elementId: elementId(value._id),
        properties: properties(value),
      };
      return node;
    }
    const record: Record<string, StoreValue> = {};
    for (const [key, v] of Object.entries(value)) record[key] = toStoreValue(v);
    return record;
  }
  return String(value);
}

/** Kuzu's integer column types: values the driver hands over as JS numbers. */
const INTEGER_TYPES = new Set([
  'INT64',
  'INT32',
  'INT16',
  'INT8',
  'UINT64',
  'UINT32',
  'UINT16',
  'UINT8',
  'SERIAL',
]);

/**
 * One result row in the port's plain form, given each column's Kuzu data type, so that it reads
 * as the Neo4j adapter's row does:
 * - a list column that is null is `[]`: Kuzu's `collect()` of nothing is null, Neo4j's is `[]`;
 * - a DATE is `YYYY-MM-DD` (Neo4j's Date), not a midnight timestamp;
 * - an integer beyond 2^53 is refused, as the Neo4j adapter does: the Kuzu driver has already
 *   rounded it, and a silently wrong id or count is worse than an error.
 */
export function toRow(
  record: Record<string, unknown>,
  columnTypes: Readonly<Record<string, string>> = {},
): Row {
  const row: Row = {};
  for (const [key, v] of Object.entries(record)) {
    const type = columnTypes[key];
    if (type?.endsWith('[]') && (v === null || v === undefined)) row[key] = [];
    else if (type === 'DATE' && v instanceof Date) row[key] = v.toISOString().slice(0, 10);
    else if (type && INTEGER_TYPES.has(type) && typeof v === 'number' && !Number.isSafeInteger(v)) {
      throw new RangeError(`Integer ${v} in column ${key} is beyond exact JS numbers`);
    } else row[key] = toStoreValue(v);
  }
  return row;
}

const WITNESS_DEFAULTS: Record<ColumnType, unknown> = { STRING: '~', INT64: 0, DOUBLE: 0.5, BOOLEAN: false };

/**
 * Prepares a list-of-maps parameter (a `$rows` batch) for Kuzu: a type-witness first row, and
 * every row with the same keys in the same order.
 *
 * Why: Kuzu 0.11.3 types a list-of-maps parameter from its FIRST element (a null `year` there
 * leaves the column untyped and the statement fails) and reads the other elements' fields by
 * POSITION, not by name (rows whose keys come in another order get their values shifted into the
 * wrong properties: seen here as an acronym stored in `aliases`). The witness has every key, with
 * the first non-null value seen or a default of the column's type, and id '' — which the batch
 * query files filter out (`WITH row WHERE row.id <> ''`).
 */
export function kuzuRowBatch(rows: readonly Record<string, unknown>[]): Record<string, unknown>[] {
  const keys = new Set<string>(['id']);
  for (const row of rows) for (const key of Object.keys(row)) keys.add(key);
  const witness: Record<string, unknown> = {};
  for (const key of keys) {
    const sample = rows.find((row) => row[key] !== null && row[key] !== undefined)?.[key];
    witness[key] = sample ?? WITNESS_DEFAULTS[columnType(key) ?? 'STRING'];
  }
  witness.id = '';
  const ordered = rows.map((row) => {
    const copy: Record<string, unknown> = {};
    for (const key of keys) copy[key] = row[key] ?? null;
    return copy;
  });
  return [witness, ...ordered];
}

/**
 * All rows of the results, each result closed at once. Why: a QueryResult left to the garbage
 * collector may be freed after its database was closed (`close()`, `reopen()`), which
 * segfaulted the process here (3 of 3 runs of a close-then-reopen, 0 of 6 once closed).
 */
export async function readAll(results: readonly (QueryResult | QueryResult[])[]): Promise<Row[]> {
  const rows: Row[] = [];
  try {
    for (const r of results.flat()) {
      const [names, types] = await Promise.all([r.getColumnNames(), r.getColumnDataTypes()]);
      const columnTypes = Object.fromEntries(names.map((name, i) => [name, types[i] ?? '']));
      for (const record of await r.getAll()) rows.push(toRow(record, columnTypes));
    }
    return rows;
  } finally {
    for (const r of results.flat()) r.close();
  }
}
