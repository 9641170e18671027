import { z } from 'zod';

import { distinctTargets } from '../api/services/linked-targets.js';
import type { EntityModel } from '../domain/entity-from-node.js';
import { isEntityKind, type EntityKind } from '../domain/entity-kind.js';
import type { Loaders } from '../loaders/create-loaders.js';
import {
  describeProperty,
  kindLabel,
  PLACES_SPEC,
  propertiesOf,
  reconcileProperty,
  type ReconcileProperty,
} from './properties.js';
import { badParameter } from './reconcile-error.js';

/** Most entities one extension request reads (the manifest's batchSize for queries). */
export const MAX_EXTEND_IDS = 100;
/** Most properties one extension request fetches. */
export const MAX_EXTEND_PROPERTIES = 50;

/** A data extension query, as the spec's schema (data-extension-query.json) describes it. */
const extendSchema = z.object({
  ids: z.array(z.string()),
  properties: z.array(z.object({ id: z.string(), settings: z.record(z.string(), z.unknown()).optional() })),
});

/** One value of a cell: text, a whole number, or an entity of the graph. */
type ExtendValue = { str: string } | { int: number } | { float: number } | { id: string; name: string };

/** `settings.limit`: most values per cell, 0 for all (a number or its text, as OpenRefine sends). */
function limitOf(settings: Record<string, unknown> | undefined, path: string): number {
  const raw = settings?.limit;
  if (raw === undefined || raw === '' || raw === null) return 0;
  const limit =
    typeof raw === 'number' ? raw : typeof raw === 'string' && /^\d+$/u.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(limit) || limit < 0)
    throw badParameter(
      `${path}.settings.limit: a whole number, 0 for every value; got ${String(raw)}`,
      `${path}.settings.limit`,
    );
  return limit;
}

function scalarValues(value: unknown): ExtendValue[] {
  const list = Array.isArray(value) ? value : [value];
  return list
    .filter((v) => v !== null && v !== undefined && v !== '')
    .map((v): ExtendValue => {
      if (typeof v === 'number') return Number.isInteger(v) ? { int: v } : { float: v };
      return { str: String(v) };
    });
}

const entityValue = (e: EntityModel): ExtendValue => ({ id: e.id, name: e.name });

/**
 * The values of one property for a batch of entities, read the way GraphQL reads them: fields
 * from the entity, relationships through the request's DataLoaders (one store query per link
 * spec for the whole batch).
 */
async function valuesOf(
  property: ReconcileProperty,
  entities: ReadonlyMap<string, EntityModel>,
  loaders: Loaders,
): Promise<Map<string, ExtendValue[]>> {
  const values = new Map<string, ExtendValue[]>();
  const known = [...entities.values()].filter((e) => property.kinds.includes(e.kind as EntityKind));
  const read = property.read;
  switch (read.from) {
    case 'kind':
      for (const e of known) values.set(e.id, [{ str: kindLabel(e.kind) }]);
      break;
    case 'field':
      for (const e of known)
        values.set(e.id, scalarValues((e as unknown as Record<string, unknown>)[read.field]));
      break;
    case 'aliases':
      for (const e of known)
        values.set(
          e.id,
          (e.aliases ?? []).map((a) => ({ str: a })),
        );
      break;
    case 'places': {
      const others = known.filter((e) => e.kind !== 'Country');
      const linked = await loaders.linked(PLACES_SPEC).loadMany(others.map((e) => e.id));
      others.forEach((e, i) => {
        const found = linked[i];
        values.set(e.id, found instanceof Error || !found ? [] : distinctTargets(found).map(entityValue));
      });
      for (const e of known) if (e.kind === 'Country') values.set(e.id, [entityValue(e)]);
      break;
    }
    case 'relationship': {
      // One loader per kind's spec; DataLoader batches each spec's ids into one store query.
      await Promise.all(
        known.map(async (e) => {
          const spec = read.specs.get(e.kind as EntityKind);
          const linked = spec ? await loaders.linked(spec).load(e.id) : [];
          values.set(e.id, distinctTargets(linked).map(entityValue));
        }),
      );
      break;
    }
  }
  return values;
}

/** A property of no kind: its column stays empty. */
const unknownProperty = (id: string): ReconcileProperty => ({
  id,
  name: id,
  description: 'Not a property of this service.',
  kinds: [],
  hint: null,
  read: { from: 'kind' },
});

/**
 * Answers a data extension query (the parsed `extend` parameter): for each id and each property,
 * its values, `[]` where the entity has none or is unknown. Entity-valued columns say the kind of
 * their values in `meta`. Refuses what the spec's schema refuses and more than MAX_EXTEND_IDS ids
 * or MAX_EXTEND_PROPERTIES properties, with a 400 naming the parameter.
 */
export async function extendData(loaders: Loaders, query: unknown) {
  const parsed = extendSchema.safeParse(query);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = ['extend', ...issue.path].join('.');
    throw badParameter(
      `${path}: ${issue.message} (an extension query is {"ids": [...], "properties": [{"id": ...}]})`,
      path,
    );
  }
  const { ids, properties } = parsed.data;
  if (ids.length > MAX_EXTEND_IDS)
    throw badParameter(`At most ${MAX_EXTEND_IDS} ids per request, got ${ids.length}.`, 'extend.ids');
  if (properties.length > MAX_EXTEND_PROPERTIES)
    throw badParameter(
      `At most ${MAX_EXTEND_PROPERTIES} properties per request, got ${properties.length}.`,
      'extend.properties',
    );
  // A property the service does not know (another service's, as in the spec's own examples) is
  // a column with no values: the client still gets one cell per id.
  const asked = properties.map((p, i) => ({
    property: reconcileProperty(p.id) ?? unknownProperty(p.id),
    limit: limitOf(p.settings, `extend.properties.${i}`),
  }));

  const loaded = await loaders.entity.loadMany([...new Set(ids)]);
  const entities = new Map<string, EntityModel>();
  for (const e of loaded) if (e && !(e instanceof Error)) entities.set(e.id, e);
  const columns = await Promise.all(asked.map(({ property }) => valuesOf(property, entities, loaders)));

  return {
    meta: asked.map(({ property }) => ({
      id: property.id,
      name: property.name,
      ...(property.entities?.length === 1
        ? { type: { id: property.entities[0]!, name: kindLabel(property.entities[0]!) } }
        : {}),
    })),
    rows: Object.fromEntries(
      ids.map((id) => [
        id,
        Object.fromEntries(
          asked.map(({ property, limit }, i) => {
            const cell = columns[i]!.get(id) ?? [];
            return [property.id, limit > 0 ? cell.slice(0, limit) : cell];
          }),
        ),
      ]),
    ),
  };
}

/** Property proposals for a type (`GET /reconcile/extend/propose?type=...&limit=...`). */
export function proposeProperties(query: Record<string, unknown>) {
  const type = query.type;
  if (typeof type !== 'string' || !type)
    throw badParameter('type is required: the type whose properties to propose, e.g. PartnerAgency.', 'type');
  let limit: number | undefined;
  if (query.limit !== undefined) {
    limit = typeof query.limit === 'string' && /^\d+$/u.test(query.limit) ? Number(query.limit) : NaN;
    if (!Number.isInteger(limit) || limit < 1)
      throw badParameter('limit must be a positive whole number.', 'limit');
  }
  const properties = isEntityKind(type) ? propertiesOf(type) : [];
  return {
    type,
    ...(limit !== undefined ? { limit } : {}),
    properties: properties
      .slice(0, limit)
      .map((p) => ({ id: p.id, name: p.name, description: describeProperty(p, type as EntityKind) })),
  };
}
