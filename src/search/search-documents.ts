import type { Row } from '../store/port/graph-store.port.js';
import type { SearchDocument } from './entity-search-index.js';

const text = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);

/** Rows of `search-documents.cypher` → the index's documents (aliases arrive as JSON text). */
export function searchDocumentsFromRows(rows: readonly Row[]): SearchDocument[] {
  return rows.map((row) => ({
    id: String(row.id),
    kind: String(row.kind),
    name: String(row.name ?? ''),
    acronym: text(row.acronym),
    aliases: parseAliases(row.aliases),
    description: text(row.description),
  }));
}

function parseAliases(value: unknown): string[] {
  if (typeof value !== 'string' || value === '') return [];
  const parsed: unknown = JSON.parse(value);
  return Array.isArray(parsed) ? parsed.map(String) : [];
}
