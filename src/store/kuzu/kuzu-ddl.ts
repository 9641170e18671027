import { NODE_TABLES, REL_TABLES, type Column } from '../graph-schema.js';

const columnDdl = (c: Column): string => `${c.name} ${c.type}`;

/**
 * Kuzu DDL for the graph schema: one statement per table, then one per column so that a
 * database made by an earlier version gains the columns added since (its rows get null there,
 * until the next seed). All idempotent (IF NOT EXISTS).
 */
export function kuzuSchemaStatements(): string[] {
  return [
    ...NODE_TABLES.map(
      (t) =>
        `CREATE NODE TABLE IF NOT EXISTS ${t.name}(${t.columns.map(columnDdl).join(', ')}, PRIMARY KEY(${t.primaryKey}))`,
    ),
    ...REL_TABLES.map(
      (t) =>
        `CREATE REL TABLE IF NOT EXISTS ${t.name}(FROM ${t.from} TO ${t.to}, ${t.columns.map(columnDdl).join(', ')})`,
    ),
    ...[...NODE_TABLES, ...REL_TABLES].flatMap((t) =>
      t.columns.map((c) => `ALTER TABLE ${t.name} ADD IF NOT EXISTS ${columnDdl(c)}`),
    ),
  ];
}
