import type { Loaders } from '../../loaders/create-loaders.js';
import type { GraphStore } from '../../store/port/graph-store.port.js';
import type { StatementWhere } from '../types/statement-where.input.js';
import { checkDocumentIds, passagePrefix } from './document-filter.js';
import { byCodeUnits } from '../../util/code-unit-order.js';

interface KeyRow {
  id: string;
  subjectId: string;
  property: string;
  valueType: string;
  since: number | null;
  sourcePassages: string | null;
}

/**
 * The ids of the statements matching a filter, ordered by subject, property, then period (undated
 * first): a list that reads as a table of what the documents state, entity by entity.
 */
export async function statementIds(
  store: GraphStore,
  loaders: Loaders,
  where: StatementWhere,
): Promise<string[]> {
  const documents = where.documents
    ? await checkDocumentIds(loaders, where.documents, 'where.documents')
    : null;
  const prefixes = documents?.map((d) => `|${passagePrefix(d)}`);
  const subjects = where.subjects ? new Set(where.subjects) : null;
  const properties = where.properties ? new Set(where.properties) : null;
  const valueTypes = where.valueTypes ? new Set<string>(where.valueTypes) : null;
  const rows = (await store.read('list-statement-keys')) as unknown as KeyRow[];
  return rows
    .filter(
      (r) =>
        (!subjects || subjects.has(r.subjectId)) &&
        (!properties || properties.has(r.property)) &&
        (!valueTypes || valueTypes.has(r.valueType)) &&
        (!prefixes || prefixes.some((p) => (r.sourcePassages ?? '').includes(p))),
    )
    .sort(
      (a, b) =>
        byCodeUnits(a.subjectId, b.subjectId) ||
        byCodeUnits(a.property, b.property) ||
        (a.since ?? -Infinity) - (b.since ?? -Infinity) ||
        byCodeUnits(a.id, b.id),
    )
    .map((r) => r.id);
}
