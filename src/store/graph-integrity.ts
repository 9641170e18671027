import type { GraphStore, IntegrityOutcome } from './port/graph-store.port.js';
import { idsFingerprint, type GraphCounts, type GraphIds } from './write-dataset.js';

/**
 * What a stored graph is, compared with what its last load recorded in GraphMeta (the counts by
 * kind and the fingerprint of its ids, written in the load's own transaction):
 * - `empty`: nothing loaded (a new database);
 * - `sound`: it holds exactly what was loaded;
 * - `damaged`: it does not (ids lost or changed, counts off): never served;
 * - `unrecorded`: it holds a graph but no record of it (loaded by an earlier version, before
 *   GraphMeta, so its rows also lack the columns added since);
 * - `outdated`: sound, but not the knowledge base this version would load.
 */
export type GraphVerdict =
  | { state: 'empty' }
  | { state: 'sound'; loadedAt: string }
  | { state: 'damaged'; reason: string }
  | { state: 'unrecorded'; entities: number }
  | { state: 'outdated'; loadedAt: string };

interface MetaRow {
  loadedAt: string | null;
  fingerprint: string | null;
  counts: string | null;
}

/**
 * Reads every id of the graph and compares them with GraphMeta. `expectedFingerprint`: the
 * knowledge base's own (datasetFingerprint), to tell an outdated graph from a current one.
 */
export async function checkGraph(store: GraphStore, expectedFingerprint?: string): Promise<GraphVerdict> {
  const [meta] = (await store.read('graph-meta')) as unknown as MetaRow[];
  const rows = (await store.read('graph-ids')) as unknown as { part: string; id: unknown; kind: string }[];
  const ids: GraphIds = { entities: [], links: [], passages: [], statements: [] };
  const found: GraphCounts = { entitiesByKind: {}, relationships: 0, passages: 0, statements: 0 };
  for (const row of rows) {
    if (typeof row.id !== 'string' || row.id === '') {
      return { state: 'damaged', reason: `a ${row.part} without an id` };
    }
    if (row.part === 'entity') {
      ids.entities.push(row.id);
      found.entitiesByKind[row.kind] = (found.entitiesByKind[row.kind] ?? 0) + 1;
    } else if (row.part === 'link') ids.links.push(row.id);
    else if (row.part === 'statement') ids.statements.push(row.id);
    else ids.passages.push(row.id);
  }
  found.relationships = ids.links.length;
  found.passages = ids.passages.length;
  found.statements = ids.statements.length;

  if (!meta?.fingerprint || !meta.counts) {
    return ids.entities.length === 0
      ? { state: 'empty' }
      : { state: 'unrecorded', entities: ids.entities.length };
  }
  let recorded: GraphCounts;
  try {
    recorded = JSON.parse(meta.counts) as GraphCounts;
  } catch {
    return { state: 'damaged', reason: 'its load record is unreadable' };
  }
  const differences = countDifferences(recorded, found);
  if (differences.length > 0) return { state: 'damaged', reason: differences.join('; ') };
  if (idsFingerprint(ids) !== meta.fingerprint) {
    return { state: 'damaged', reason: 'its ids differ from those loaded (same counts)' };
  }
  const loadedAt = meta.loadedAt ?? 'unknown';
  if (expectedFingerprint && expectedFingerprint !== meta.fingerprint) return { state: 'outdated', loadedAt };
  return { state: 'sound', loadedAt };
}

function countDifferences(recorded: GraphCounts, found: GraphCounts): string[] {
  const out: string[] = [];
  const kinds = new Set([
    ...Object.keys(recorded.entitiesByKind ?? {}),
    ...Object.keys(found.entitiesByKind),
  ]);
  for (const kind of [...kinds].sort()) {
    const r = recorded.entitiesByKind?.[kind] ?? 0;
    const f = found.entitiesByKind[kind] ?? 0;
    if (r !== f) out.push(`${kind} ${f} of ${r}`);
  }
  if (recorded.relationships !== found.relationships)
    out.push(`relationships ${found.relationships} of ${recorded.relationships}`);
  if (recorded.passages !== found.passages) out.push(`passages ${found.passages} of ${recorded.passages}`);
  // A record written before statements were counted has none: an unrecorded count is not a difference.
  if (recorded.statements !== undefined && recorded.statements !== found.statements)
    out.push(`statements ${found.statements} of ${recorded.statements}`);
  return out;
}

/**
 * The log line for what the check at open found (IntegrityOutcome), at warn level when the
 * stored graph was not served as it was; undefined when there is nothing to say.
 */
export function describeOutcome(
  outcome: IntegrityOutcome,
  seedOnStart: boolean,
): { level: 'warn' | 'info'; message: string } | undefined {
  const next = seedOnStart
    ? 'loading the knowledge base into a new one'
    : 'SEED_ON_START is false: load it with `npm run seed`';
  const aside = outcome.movedTo ? `its files are set aside in ${outcome.movedTo} (not deleted); ` : '';
  switch (outcome.found) {
    case 'damaged':
    case 'crashed':
    case 'unreadable':
      return {
        level: 'warn',
        message: `The embedded database is damaged: ${outcome.reason}; ${aside}${next}.`,
      };
    case 'unrecorded':
    case 'outdated':
      return outcome.movedTo
        ? {
            level: 'warn',
            message: `The embedded database ${outcome.reason}; ${aside}loading this version's knowledge base.`,
          }
        : {
            level: 'warn',
            message: `The embedded database ${outcome.reason}; it is served as it is: \`npm run seed\` loads this version's.`,
          };
    case 'empty':
      return outcome.lostLog
        ? {
            level: 'warn',
            message: `The embedded database file holds no graph: ${outcome.replayedLog ? 'its write-ahead log did not restore one (unreadable, or its last load never finished)' : 'no write-ahead log was beside it (deleted?), and the last load was in it'}; ${seedOnStart ? 'loading the knowledge base again' : next}.`,
          }
        : undefined;
    case 'missing':
      return { level: 'info', message: 'No embedded database yet: creating it.' };
    case 'sound':
      return outcome.replayedLog
        ? {
            level: 'warn',
            message:
              'The embedded database was not closed cleanly: its write-ahead log was replayed (the engine drops a log it cannot read) and its graph checked against its load record: sound.',
          }
        : undefined;
    default:
      return undefined;
  }
}
