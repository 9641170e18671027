import { acronymIndexText, foldForIndex } from '../search/fold-text.js';
import { searchText } from '../search/passage-text.js';
import { ENTITY_TABLE } from '../store/graph-schema.js';
import type {
  Citation,
  Confidence,
  EntityRecord,
  LinkRecord,
  PassageRecord,
  StatementRecord,
} from './dataset.js';

/** Weakest first: the order in which a fact's confidence is summarised. */
const CONFIDENCE_ORDER: readonly Confidence[] = ['unconfirmed', 'source-dated', 'editorial', 'confirmed'];

/** The weakest confidence among citations, or 'none' for a fact without any (a gap). */
export function weakestConfidence(sources: readonly Citation[]): Confidence | 'none' {
  if (sources.length === 0) return 'none';
  return CONFIDENCE_ORDER.find((c) => sources.some((s) => s.confidence === c)) ?? 'confirmed';
}

/** The `sourcePassages` column (graph-schema.ts): `|id|id|`, each passage once, or null. */
export function sourcePassages(sources: readonly Citation[]): string | null {
  const ids = [...new Set(sources.map((s) => s.passage))];
  return ids.length === 0 ? null : `|${ids.join('|')}|`;
}

/** A link's stable id: one link per (from, type, to). */
export const linkId = (link: Pick<LinkRecord, 'from' | 'type' | 'to'>): string =>
  `${link.from}|${link.type}|${link.to}`;

/** An entity as the row `upsert-entities.cypher` takes: every column present, lists and citations as JSON text. */
export function entityToRow(entity: EntityRecord): Record<string, unknown> {
  const source = entity as unknown as Record<string, unknown>;
  const row: Record<string, unknown> = {};
  for (const column of ENTITY_TABLE.columns) {
    const value = source[column.name];
    row[column.name] = column.json ? JSON.stringify(value ?? []) : (value ?? null);
  }
  row.aliasText = (entity.aliases ?? []).join(' | ') || null;
  row.nameFolded = foldForIndex(entity.name);
  row.acronymFolded = entity.acronym ? foldForIndex(acronymIndexText(entity.acronym)) : null;
  row.aliasesFolded = row.aliasText === null ? null : foldForIndex(String(row.aliasText));
  row.descriptionFolded = entity.description ? foldForIndex(entity.description) : null;
  row.confidence = weakestConfidence(entity.sources);
  row.sourcePassages = sourcePassages(entity.sources);
  return row;
}

/**
 * A link as the row `upsert-links.cypher` takes, on its own: no place in its endpoints' pages
 * (null ranks: every page reads it). A whole dataset's rows come with them: link-order.ts.
 */
export function linkToRow(link: LinkRecord): Record<string, unknown> {
  return {
    id: linkId(link),
    from: link.from,
    to: link.to,
    type: link.type,
    sources: JSON.stringify(link.sources),
    confidence: weakestConfidence(link.sources),
    sourcePassages: sourcePassages(link.sources),
    fromKind: null,
    toKind: null,
    outRank: null,
    inRank: null,
    viaRank: null,
  };
}

export function passageToRow(passage: PassageRecord): Record<string, unknown> {
  return { ...passage, searchText: searchText(passage.text) };
}

/** A statement as the row `upsert-statements.cypher` takes: its value spread over typed columns. */
export function statementToRow(statement: StatementRecord): Record<string, unknown> {
  const v = statement.value;
  const number =
    v.type === 'count' ? v.count : v.type === 'quantity' ? v.quantity : v.type === 'amount' ? v.amount : null;
  return {
    id: statement.id,
    subjectId: statement.subject,
    property: statement.property,
    label: statement.label,
    valueType: v.type,
    valueNumber: number,
    valueUnit: v.type === 'count' || v.type === 'quantity' ? v.unit : v.type === 'amount' ? v.currency : null,
    approximation: 'approximation' in v ? v.approximation : null,
    valueDate: v.type === 'date' ? v.date : null,
    valueText: v.type === 'condition' ? v.condition : null,
    validSince: statement.since ?? null,
    validUntil: statement.until ?? null,
    sources: JSON.stringify(statement.sources),
    confidence: weakestConfidence(statement.sources),
    sourcePassages: sourcePassages(statement.sources),
  };
}
