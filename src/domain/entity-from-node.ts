import { ENTITY_TABLE, PASSAGE_TABLE } from '../store/graph-schema.js';
import type { StoreNode, StoreValue } from '../store/port/graph-store.port.js';
import type {
  Approximation,
  Citation,
  Confidence,
  EntityRecord,
  PassageRecord,
  StatementValue,
} from './dataset.js';
import { statementValueText } from './statement-text.js';

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

/** A statement's value as the API serves it: the typed value, its words, and a date's parts. */
export type StatementValueModel = StatementValue & {
  text: string;
  year?: number;
  month?: number | null;
  day?: number | null;
};

/** A statement as the API works with it (src/api/types/statement.type.ts). */
export interface StatementModel {
  id: string;
  subjectId: string;
  property: string;
  label: string;
  valueType: StatementValue['type'];
  value: StatementValueModel;
  since: number | null;
  until: number | null;
  sources: Citation[];
  confidence: Confidence | 'none';
}

/** A stored Statement node → the API's model: its typed columns back into one typed value. */
export function statementFromNode(node: StoreNode): StatementModel {
  const p = node.properties;
  const str = (key: string) => (typeof p[key] === 'string' ? (p[key] as string) : '');
  const num = Number(p.valueNumber ?? 0);
  const approximation = (str('approximation') || 'exact') as Approximation;
  const type = str('valueType') as StatementValue['type'];
  const value: StatementValue =
    type === 'count'
      ? { type, count: num, unit: str('valueUnit'), approximation }
      : type === 'quantity'
        ? { type, quantity: num, unit: str('valueUnit'), approximation }
        : type === 'amount'
          ? { type, amount: num, currency: str('valueUnit'), approximation }
          : type === 'date'
            ? { type, date: str('valueDate') }
            : { type: 'condition', condition: str('valueText') };
  const model: StatementValueModel = { ...value, text: statementValueText(value) };
  if (value.type === 'date') {
    const [year, month, day] = value.date.split('-').map(Number);
    Object.assign(model, { year, month: month ?? null, day: day ?? null });
  }
  return {
    id: str('id'),
    subjectId: str('subjectId'),
    property: str('property'),
    label: str('label'),
    valueType: value.type,
    value: model,
    since: typeof p.validSince === 'number' ? p.validSince : null,
    until: typeof p.validUntil === 'number' ? p.validUntil : null,
    sources: parseJson(p.sources) as Citation[],
    confidence: (str('confidence') || 'none') as Confidence | 'none',
  };
}

export function citationsFromJson(value: StoreValue | undefined): Citation[] {
  return parseJson(value) as Citation[];
}
