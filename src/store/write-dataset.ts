import { createHash } from 'node:crypto';

import type { Dataset } from '../domain/dataset.js';
import { rankedLinkRows } from '../domain/link-order.js';
import { entityToRow, linkId, passageToRow, statementToRow } from '../domain/records-to-rows.js';
import type { GraphStore, WriteStatement } from './port/graph-store.port.js';

/** Rows per statement: large UNWIND batches load fast on both engines without huge parameters. */
const BATCH = 5_000;

function batches(query: WriteStatement['query'], rows: Record<string, unknown>[]): WriteStatement[] {
  const statements: WriteStatement[] = [];
  for (let i = 0; i < rows.length; i += BATCH)
    statements.push({ query, params: { rows: rows.slice(i, i + BATCH) } });
  return statements;
}

/** What a loaded graph should hold: counts by kind, relationships, passages and statements. */
export interface GraphCounts {
  entitiesByKind: Record<string, number>;
  relationships: number;
  passages: number;
  statements: number;
}

export function datasetCounts(dataset: Dataset): GraphCounts {
  const entitiesByKind: Record<string, number> = {};
  for (const entity of dataset.entities) entitiesByKind[entity.kind] = (entitiesByKind[entity.kind] ?? 0) + 1;
  return {
    entitiesByKind,
    relationships: dataset.links.length,
    passages: dataset.passages.length,
    statements: dataset.statements.length,
  };
}

/** SHA-256 of every id the dataset writes (entities, relationships, passages, statements), sorted: what was loaded. */
export function datasetFingerprint(dataset: Dataset): string {
  return idsFingerprint({
    entities: dataset.entities.map((e) => e.id),
    links: dataset.links.map(linkId),
    passages: dataset.passages.map((p) => p.id),
    statements: dataset.statements.map((st) => st.id),
  });
}

/** The ids of a graph by part, as datasetFingerprint reads them from a dataset and graph-ids from a store. */
export interface GraphIds {
  entities: string[];
  links: string[];
  passages: string[];
  statements: string[];
}

/** The fingerprint of a graph's ids, as datasetFingerprint computes it for a dataset. */
export function idsFingerprint(ids: GraphIds): string {
  const all = [
    ...ids.entities.map((id) => `e:${id}`),
    ...ids.links.map((id) => `l:${id}`),
    ...ids.passages.map((id) => `p:${id}`),
    ...ids.statements.map((id) => `s:${id}`),
  ].sort();
  return createHash('sha256').update(all.join('\n')).digest('hex');
}

/**
 * The statements that replace the whole graph with a dataset, ending with the GraphMeta record of
 * what was loaded (graph-schema.ts).
 */
function replaceStatements(dataset: Dataset): WriteStatement[] {
  return [
    { query: 'delete-all-links', params: {} },
    { query: 'delete-all-entities', params: {} },
    { query: 'delete-all-passages', params: {} },
    { query: 'delete-all-statements', params: {} },
    ...batches('upsert-passages', dataset.passages.map(passageToRow)),
    ...batches('upsert-entities', dataset.entities.map(entityToRow)),
    ...batches('upsert-links', rankedLinkRows(dataset)),
    ...batches('upsert-statements', dataset.statements.map(statementToRow)),
    {
      query: 'mark-graph-loaded',
      params: {
        loadedAt: new Date().toISOString(),
        fingerprint: datasetFingerprint(dataset),
        counts: JSON.stringify(datasetCounts(dataset)),
      },
    },
  ];
}

/**
 * Replaces the whole graph with a dataset, in ONE transaction: either the new graph is there
 * entirely, or the old one is untouched (a failed import changes nothing).
 */
export async function replaceGraph(store: GraphStore, dataset: Dataset): Promise<void> {
  await store.write(replaceStatements(dataset));
}

/**
 * Loads a dataset into an empty graph, in one transaction, unless the graph holds one already.
 * Safe when several servers start at once on one empty database: the guard (claim-graph.cypher)
 * makes the others wait for the first load and then find it done. Resolves whether it loaded.
 */
export async function loadIntoEmptyGraph(store: GraphStore, dataset: Dataset): Promise<boolean> {
  return store.write(replaceStatements(dataset), { unless: { query: 'claim-graph', params: {} } });
}
