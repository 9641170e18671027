import type { EntityKind } from '../../domain/entity-kind.js';
import type { GraphStore } from '../../store/port/graph-store.port.js';
import { EntityOrderEnum } from '../shared/enums.js';
import { badUserInput } from '../shared/errors.js';
import type { EntityWhere } from '../types/list-inputs.js';

/** Kind-specific filter fields, each matched for equality against the property of the same name. */
const PROPERTY_FILTERS = [
  'instrumentType',
  'category',
  'status',
  'guidanceType',
  'unitType',
  'programmeType',
  'agencyType',
  'consultativeStatus',
  'side',
  'region',
  'level',
  'meetingType',
  'documentKind',
  'cluster',
  'registerType',
] as const;

type Where = EntityWhere &
  Partial<Record<(typeof PROPERTY_FILTERS)[number], string>> & { yearFrom?: number; yearTo?: number };

interface KeyRow {
  id: string;
  name: string;
  year: number | null;
}

/**
 * The ids of every entity of a kind that matches a filter, in the requested order (ties by id,
 * so pages are stable). The store filters; ordering is done here on the few columns returned.
 */
export async function listEntityIds(
  store: GraphStore,
  kind: EntityKind,
  where: Where | undefined,
  orderBy: EntityOrderEnum,
): Promise<string[]> {
  const w = where ?? {};
  if (w.yearFrom !== undefined && w.yearTo !== undefined && w.yearFrom > w.yearTo) {
    throw badUserInput(`yearFrom (${w.yearFrom}) is after yearTo (${w.yearTo}).`, 'where');
  }
  if (w.ids && w.ids.length === 0) return [];
  const params: Record<string, unknown> = {
    kind,
    nameContains: w.nameContains?.trim() || null,
    // Why a placeholder list: Kuzu crashes on an empty list parameter (see the query file).
    restrictIds: Boolean(w.ids),
    ids: w.ids ?? [''],
    yearFrom: w.yearFrom ?? null,
    yearTo: w.yearTo ?? null,
  };
  for (const field of PROPERTY_FILTERS) params[field] = w[field] ?? null;
  const rows = (await store.read('list-entity-keys', params)) as unknown as KeyRow[];
  // A copy: rows may be shared with other readers through the read cache.
  return [...rows].sort(comparator(orderBy)).map((r) => r.id);
}

/**
 * Names compare as an English reader orders them, case and accents aside. One collator for
 * every request: `localeCompare` with options builds a new one per call (a measured share of a
 * cached list request).
 */
const NAME_COLLATOR = new Intl.Collator('en', { sensitivity: 'base' });

function comparator(orderBy: EntityOrderEnum): (a: KeyRow, b: KeyRow) => number {
  const byId = (a: KeyRow, b: KeyRow) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const byName = (a: KeyRow, b: KeyRow) => NAME_COLLATOR.compare(a.name, b.name);
  // Entities without a year go last in both year orders.
  const byYear = (sign: 1 | -1) => (a: KeyRow, b: KeyRow) =>
    a.year === b.year ? 0 : a.year === null ? 1 : b.year === null ? -1 : sign * (a.year - b.year);
  switch (orderBy) {
    case EntityOrderEnum.NAME_ASC:
      return (a, b) => byName(a, b) || byId(a, b);
    case EntityOrderEnum.NAME_DESC:
      return (a, b) => byName(b, a) || byId(a, b);
    case EntityOrderEnum.YEAR_ASC:
      return (a, b) => byYear(1)(a, b) || byName(a, b) || byId(a, b);
    case EntityOrderEnum.YEAR_DESC:
      return (a, b) => byYear(-1)(a, b) || byName(a, b) || byId(a, b);
    case EntityOrderEnum.ID_ASC:
      return byId;
  }
}
