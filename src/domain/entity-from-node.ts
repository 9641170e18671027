import { ENTITY_TABLE, PASSAGE_TABLE } from '../store/graph-schema.js';
import type { StoreNode, StoreValue } from '../store/port/graph-store.port.js';
import type { Citation, Confidence, EntityRecord, PassageRecord } from './dataset.js';

/** An entity as the API works with it: the stored record plus its summarised confidence. */
export type EntityModel = EntityRecord & { confidence: Confidence | 'none' };

const JSON_COLUMNS = new Set(ENTITY_TABLE.columns.filter((c) => c.json).map((c) => c.name));

function parseJson(value: StoreValue | undefined): unknown[] {
  if (typeof value !== 'string' || value === '') return [];
  const parsed: unknown = JSON.parse(value);
  return Array.isArray(parsed) ? parsed : [];
}

/** A stored Entity node → the API's model (JSON columns parsed; unset fields null or []). */
export function entityFromNode(node: StoreNode): EntityModel {
  const p = node.properties;
  const model: Record<string, unknown> = {};
  for (const column of ENTITY_TABLE.columns) {
    const value = p[column.name];
    model[column.name] = JSON_COLUMNS.has(column.name) ? parseJson(value) : (value ?? null);
  }
  model.sources = parseJson(p.sources) as Citation[];
  return model as unknown as EntityModel;
}

export function passageFromNode(node: StoreNode): PassageRecord {
  const p = node.properties;
  const record: Record<string, unknown> = {};
  for (const column of PASSAGE_TABLE.columns) record[column.name] = p[column.name] ?? null;
  return record as unknown as PassageRecord;
}

export function citationsFromJson(value: StoreValue | undefined): Citation[] {
  return parseJson(value) as Citation[];
}
