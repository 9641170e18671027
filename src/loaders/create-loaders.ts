import DataLoader from 'dataloader';

import type { Citation, PassageRecord } from '../domain/dataset.js';
import { ENTITY_KINDS } from '../domain/entity-kind.js';
import { COLLABORATION_ROLES } from '../domain/relation-type.js';
import {
  citationsFromJson,
  entityFromNode,
  passageFromNode,
  statementFromNode,
  type EntityModel,
  type StatementModel,
} from '../domain/entity-from-node.js';
import type { GraphStore, Row, StoreNode, StoreRelationship } from '../store/port/graph-store.port.js';
import { deriveOnce } from './derive-once.js';
import { linkSpecKey, type LinkSpec } from './link-spec.js';
import { byCodeUnits } from '../util/code-unit-order.js';

/** One neighbour reached through a relationship field, with the evidence of the link. */
export interface LinkedEntity {
  entity: EntityModel;
  /** The relationship type, or for a via-collaboration link the role linking the collaboration to `entity` (e.g. HAS_PARTNER). */
  relation: string;
  direction: 'OUT' | 'IN' | 'VIA_COLLABORATION';
  sources: Citation[];
  /** For via-collaboration links: the collaboration's id (its sources are `sources`). */
  via: string | null;
}

/**
 * One citation of a passage by a fact: an entity's own (`field` set when it supports one value),
 * a relationship's (`relation` set), or a statement's (`statementId` set).
 */
export interface CitingFactModel {
  subjectId: string;
  relation: string | null;
  objectId: string | null;
  statementId: string | null;
  field: string | null;
  quote: string;
  confidence: Citation['confidence'];
}

export interface Loaders {
  /** Entity by id; null for an unknown id. */
  entity: DataLoader<string, EntityModel | null>;
  /** Passage by id; null for an unknown id. */
  passage: DataLoader<string, PassageRecord | null>;
  /** A document's passages in reading order. */
  passagesOf: DataLoader<string, PassageRecord[]>;
  /** The facts citing a passage, by passage id: subject, relation, object, statement, then quote. */
  citingFacts: DataLoader<string, CitingFactModel[]>;
  /** Statement by id; null for an unknown id. */
  statement: DataLoader<string, StatementModel | null>;
  /** The statements about an entity, by property then period. */
  statementsOf: DataLoader<string, StatementModel[]>;
  /** The loader for one relationship spec (created on first use in this request). */
  linked(spec: LinkSpec): DataLoader<string, LinkedEntity[]>;
}

/** Called with each batch's size, for the DataLoader batch-size histogram. */
export type BatchObserver = (loader: string, size: number) => void;

export interface LoaderOptions {
  observe?: BatchObserver;
  /**
   * false: one store query per key, as naive resolvers would do. Only for the benchmark's
   * baseline (bench/), never in production.
   */
  batch?: boolean;
}

const byName = (a: LinkedEntity, b: LinkedEntity) =>
  a.entity.name.localeCompare(b.entity.name) ||
  a.entity.id.localeCompare(b.entity.id) ||
  a.relation.localeCompare(b.relation) ||
  (a.via ?? '').localeCompare(b.via ?? '');

/**
 * The request's DataLoaders. Created per request and never shared: a loader caches what it
 * loaded, and one shared across requests would serve stale or another caller's data
 * (graphql/dataloader#56). Every batch function returns results in key order, one per key:
 * `null` (or `[]` for lists) where the store has nothing for that key.
 */
export function createLoaders(store: GraphStore, options: LoaderOptions = {}): Loaders {
  const observe = options.observe ?? (() => undefined);
  const batch = {
    batch: options.batch ?? true,
    // Why setImmediate, not DataLoader's default (the next tick after promise jobs): answered from
    // the read cache, a whole nested operation otherwise runs in one turn of the event loop, and
    // a few large ones at once kept /health waiting for a second. Each level of batches now
    // yields to I/O first; it batches every key the level asked for all the same.
    batchScheduleFn: (dispatch: () => void) => void setImmediate(dispatch),
  };
  const entity = new DataLoader<string, EntityModel | null>(async (ids) => {
    observe('entity', ids.length);
    const rows = await store.read('entities-by-ids', { ids: [...new Set(ids)] });
    const found = deriveOnce(rows, 'entities-by-id', byNodeId(entityFromNode));
    return ids.map((id) => found.get(id) ?? null);
  }, batch);

  const passage = new DataLoader<string, PassageRecord | null>(async (ids) => {
    observe('passage', ids.length);
    const rows = await store.read('passages-by-ids', { ids: [...new Set(ids)] });
    const found = deriveOnce(rows, 'passages-by-id', byNodeId(passageFromNode));
    return ids.map((id) => found.get(id) ?? null);
  }, batch);

  const passagesOf = new DataLoader<string, PassageRecord[]>(async (ids) => {
    observe('passagesOf', ids.length);
    const rows = await store.read('passages-of-documents', { ids: [...new Set(ids)] });
    const grouped = deriveOnce(rows, 'passages-by-document', (passageRows) => {
      const groups = group(
        passageRows.map((r) => [String(r.key), passageFromNode(r.node as StoreNode)] as const),
      );
      for (const list of groups.values()) list.sort((a, b) => a.ordinal - b.ordinal);
      return groups;
    });
    return ids.map((id) => grouped.get(id) ?? []);
  }, batch);

  const citingFacts = new DataLoader<string, CitingFactModel[]>(async (ids) => {
    observe('citingFacts', ids.length);
    const unique = [...new Set(ids)];
    const rows = await store.read('facts-citing-passages', { markers: unique.map((id) => `|${id}|`) });
    const grouped = deriveOnce(rows, 'facts-by-passage', citingFactsByPassage);
    return ids.map((id) => grouped.get(id) ?? []);
  }, batch);

  const statement = new DataLoader<string, StatementModel | null>(async (ids) => {
    observe('statement', ids.length);
    const rows = await store.read('statements-by-ids', { ids: [...new Set(ids)] });
    const found = deriveOnce(rows, 'statements-by-id', byNodeId(statementFromNode));
    return ids.map((id) => found.get(id) ?? null);
  }, batch);

  const statementsOf = new DataLoader<string, StatementModel[]>(async (ids) => {
    observe('statementsOf', ids.length);
    const rows = await store.read('statements-of-subjects', { ids: [...new Set(ids)] });
    const grouped = deriveOnce(rows, 'statements-by-subject', (statementRows) => {
      const groups = group(
        statementRows.map((r) => [String(r.key), statementFromNode(r.node as StoreNode)] as const),
      );
      for (const list of groups.values()) list.sort(byStatementOrder);
      return groups;
    });
    return ids.map((id) => grouped.get(id) ?? []);
  }, batch);

  const linkedLoaders = new Map<string, DataLoader<string, LinkedEntity[]>>();
  const linked = (spec: LinkSpec): DataLoader<string, LinkedEntity[]> => {
    const key = linkSpecKey(spec);
    let loader = linkedLoaders.get(key);
    if (!loader) {
      loader = new DataLoader<string, LinkedEntity[]>(async (ids) => {
        observe('linked', ids.length);
        const grouped = await loadLinked(store, spec, [...new Set(ids)]);
        return ids.map((id) => grouped.get(id) ?? []);
      }, batch);
      linkedLoaders.set(key, loader);
    }
    return loader;
  };

  return { entity, passage, passagesOf, citingFacts, statement, statementsOf, linked };
}

/** Statements of one subject: by property, then period (undated first), then id. */
export const byStatementOrder = (a: StatementModel, b: StatementModel): number =>
  byCodeUnits(a.property, b.property) ||
  (a.since ?? -Infinity) - (b.since ?? -Infinity) ||
  byCodeUnits(a.id, b.id);

/** Rows of `facts-citing-passages` → each passage's citations, one per quote, in a stable order. */
function citingFactsByPassage(rows: readonly Row[]): Map<string, CitingFactModel[]> {
  const grouped = new Map<string, CitingFactModel[]>();
  for (const row of rows) {
    const passage = String(row.marker).slice(1, -1);
    const list = grouped.get(passage) ?? [];
    grouped.set(passage, list);
    for (const citation of citationsFromJson(row.sources)) {
      if (citation.passage !== passage) continue;
      list.push({
        subjectId: String(row.subjectId),
        relation: row.relation ? String(row.relation) : null,
        objectId: row.objectId ? String(row.objectId) : null,
        statementId: row.statementId ? String(row.statementId) : null,
        field: citation.field ?? null,
        quote: citation.quote,
        confidence: citation.confidence,
      });
    }
  }
  for (const list of grouped.values()) {
    list.sort(
      (a, b) =>
        byCodeUnits(a.subjectId, b.subjectId) ||
        byCodeUnits(a.relation ?? '', b.relation ?? '') ||
        byCodeUnits(a.objectId ?? '', b.objectId ?? '') ||
        byCodeUnits(a.statementId ?? '', b.statementId ?? '') ||
        byCodeUnits(a.quote, b.quote) ||
        byCodeUnits(a.field ?? '', b.field ?? ''),
    );
  }
  return grouped;
}

/** The `limit` of a link query whose caller wants every link of each id. */
const ALL_LINKS = 2 ** 31 - 1;

/**
 * A spec's limit as the `limit` parameter the store applies per entity (see LinkSpec.limit), so a
 * page of a hub's links reads a page: always given, since Neo4j refuses a statement missing one
 * (the embedded store's batch text drops it, its per-id lookups use it).
 */
const limitParam = (spec: LinkSpec): { limit: number } => ({ limit: spec.limit ?? ALL_LINKS });

/**
 * Whether a via-collaboration spec asks for every row (every role both ways, every kind of entity:
 * `neighbours`' default), the selection whose order each collaboration's `viaRank` keeps
 * (domain/link-order.ts), so the store may stop at a hub's first `limit` collaborations.
 */
function asksEveryCollaborationRow(spec: Extract<LinkSpec, { direction: 'via-collaboration' }>): boolean {
  const covers = (asked: readonly string[], all: readonly string[]) => all.every((x) => asked.includes(x));
  return (
    covers(spec.roles, COLLABORATION_ROLES) &&
    covers(spec.targetRoles, COLLABORATION_ROLES) &&
    covers(spec.kinds, ENTITY_KINDS)
  );
}

/** Each key's linked entities, sorted by name (shared and frozen when the rows are cached). */
async function loadLinked(
  store: GraphStore,
  spec: LinkSpec,
  ids: string[],
): Promise<Map<string, LinkedEntity[]>> {
  if (spec.direction === 'via-collaboration') {
    const rows = await store.read('linked-via-collaboration', {
      ids,
      roles: spec.roles,
      targetRoles: spec.targetRoles,
      kinds: spec.kinds,
      ...limitParam(spec),
      viaRanked: asksEveryCollaborationRow(spec),
    });
    return deriveOnce(rows, 'linked-via-collaboration', (r) => groupSorted(viaCollaborationPairs(r)));
  }
  const rows = await store.read(spec.direction === 'out' ? 'linked-out' : 'linked-in', {
    ids,
    types: spec.types,
    kinds: spec.kinds,
    ...limitParam(spec),
  });
  const direction = spec.direction === 'out' ? 'OUT' : 'IN';
  return deriveOnce(rows, `linked-${direction}`, (r) => groupSorted(directPairs(direction, r)));
}

/**
 * One entry per (key, collaboration, role, target): each is a distinct fact with the
 * collaboration's evidence. Fields that list targets (Sector.partners) keep one per target.
 */
function viaCollaborationPairs(rows: readonly Row[]): (readonly [string, LinkedEntity])[] {
  const seen = new Set<string>();
  const result: (readonly [string, LinkedEntity])[] = [];
  for (const r of rows) {
    const entity = entityFromNode(r.node as StoreNode);
    const fact = `${String(r.key)}>${String(r.via)}>${String(r.role)}>${entity.id}`;
    if (seen.has(fact)) continue;
    seen.add(fact);
    result.push([
      String(r.key),
      {
        entity,
        relation: String(r.role),
        direction: 'VIA_COLLABORATION',
        sources: citationsFromJson(r.sources),
        via: String(r.via),
      },
    ]);
  }
  return result;
}

function directPairs(direction: 'OUT' | 'IN', rows: readonly Row[]): (readonly [string, LinkedEntity])[] {
  return rows.map((r) => {
    const link = r.link as StoreRelationship;
    return [
      String(r.key),
      {
        entity: entityFromNode(r.node as StoreNode),
        relation: String(link.properties.type),
        direction,
        sources: citationsFromJson(link.properties.sources),
        via: null,
      },
    ] as const;
  });
}

function groupSorted(pairs: Iterable<readonly [string, LinkedEntity]>): Map<string, LinkedEntity[]> {
  const groups = group(pairs);
  for (const list of groups.values()) list.sort(byName);
  return groups;
}

/** Rows of `node` → a map from each node's id to its model. */
function byNodeId<T>(fromNode: (node: StoreNode) => T): (rows: readonly Row[]) => Map<string, T> {
  return (rows) =>
    new Map(rows.map((r) => [String((r.node as StoreNode).properties.id), fromNode(r.node as StoreNode)]));
}

function group<V>(pairs: Iterable<readonly [string, V]>): Map<string, V[]> {
  const map = new Map<string, V[]>();
  for (const [key, value] of pairs) {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  }
  return map;
}
