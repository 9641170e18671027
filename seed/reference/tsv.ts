import { readFile } from 'node:fs/promises';
import type { Citation, Confidence, EntityRecord, PassageRecord } from '../../src/domain/dataset.js';

/**
 * Shared plumbing of the reference loaders: a TSV row becomes a passage whose text is the row as
 * `column: value` lines, and a fact is cited by quoting one of those lines, so reference facts are
 * checked by the same verbatim-quote rule as document facts.
 */

export type Row = Record<string, string>;

/** Parses a UTF-8 TSV with a header row. Empty trailing lines are ignored. */
export function parseTsv(text: string): Row[] {
  const [header, ...lines] = text.split(/\r?\n/u).filter((l) => l.trim() !== '');
  const columns = (header ?? '').split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(columns.map((c, i) => [c, (cells[i] ?? '').trim()]));
  });
}

export async function readTsv(file: string): Promise<Row[]> {
  return parseTsv(await readFile(file, 'utf8'));
}

/** One table's records as it is loaded: its Document entity, row passages, entities, links. */
export class TableBuilder {
  readonly passages: PassageRecord[] = [];
  readonly entities: EntityRecord[] = [];
  readonly documentId: string;

  constructor(
    readonly table: string,
    file: string,
    rows: Row[],
    title: string,
  ) {
    this.documentId = `document:ref-${table}`;
    const columns = Object.keys(rows[0] ?? {});
    const head = this.addPassage(
      'table',
      [`table: ${file}`, `title: ${title}`, `columns: ${columns.join(', ')}`, `rows: ${rows.length}`].join(
        '\n',
      ),
    );
    this.entities.push({
      id: this.documentId,
      kind: 'Document',
      name: `Reference table: ${title}`,
      description: `Reference table of ${title}, compiled for ilo-graph from public sources; each row names its source, or marks the fact unconfirmed where it has none.`,
      documentKind: 'reference table',
      sources: [{ passage: head.id, quote: `table: ${file}`, confidence: 'confirmed' }],
    });
  }

  addPassage(key: string, text: string): PassageRecord {
    const passage = {
      id: `ref-${this.table}#${key}`,
      documentId: this.documentId,
      label: key,
      ordinal: this.passages.length,
      text,
    };
    this.passages.push(passage);
    return passage;
  }

  /** The row as a passage: one `column: value` line per non-empty cell. */
  addRow(key: string, row: Row): PassageRecord {
    const text = Object.entries(row)
      .filter(([, v]) => v !== '')
      .map(([c, v]) => `${c}: ${v}`)
      .join('\n');
    return this.addPassage(key, text);
  }
}

/**
 * Cites the `column: value` line of a row passage; `field` names the entity field the cell gives
 * (`year` for `year_adopted`), so the API tells a value read from a table from one a document states.
 */
export function cite(
  passage: PassageRecord,
  column: string,
  value: string,
  confidence: Confidence,
  field?: string,
): Citation {
  const citation: Citation = { passage: passage.id, quote: `${column}: ${value}`, confidence };
  if (field) citation.field = field;
  return citation;
}

/** A `source` cell that says `unconfirmed` makes the row's facts `unconfirmed`. */
export function sourceConfidence(row: Row): Confidence {
  return row.source === 'unconfirmed' ? 'unconfirmed' : 'confirmed';
}

/** `a; b;c` → [`a`, `b`, `c`]. */
export function splitList(cell: string | undefined): string[] {
  return (cell ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export function toYear(cell: string | undefined): number | null {
  return cell && /^\d{4}$/u.test(cell) ? Number(cell) : null;
}
