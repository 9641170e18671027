import { existsSync } from 'node:fs';

import kuzu from 'kuzu';

import {
  PLACE_RELATION_TYPES,
  type CandidateQuery,
  type CandidateRow,
  type GraphStore,
  type IntegrityCheck,
  type IntegrityOutcome,
  type Params,
  type PassageSearchOptions,
  type PassageSearchResult,
  type Row,
  type SearchMatch,
  type SearchOptions,
  type StoreCapabilities,
  type StoreNode,
  type WriteOptions,
  type WriteStatement,
} from '../port/graph-store.port.js';
import { StoreError } from '../port/store-error.js';
import { DIALECT_ONLY_QUERIES, QUERY_NAMES, type QueryName } from '../query-names.js';
import { QueryRegistry } from '../query-registry.js';
import { kuzuSchemaStatements } from './kuzu-ddl.js';
import { kuzuRowBatch, readAll } from './kuzu-values.js';
import { firstRowsThroughCollaborations } from './kuzu-collaboration-pages.js';
import { perIdPlan } from './kuzu-point-lookups.js';
import { Mutex } from '../../util/mutex.js';
import { EntitySearchIndex } from '../../search/entity-search-index.js';
import { searchDocumentsFromRows } from '../../search/search-documents.js';
import { PassageSearchIndex } from '../../search/passage-search-index.js';
import { parsePassageQuery } from '../../search/passage-query.js';
import { CommitListeners } from '../commit-listeners.js';
import { databaseFiles, setAside } from './kuzu-files.js';
import { probeDatabase } from './kuzu-probe.js';
import { BoundedCache } from '../../cache/bounded-cache.js';
import { estimateBytes } from '../../cache/estimate-bytes.js';

/**
 * Most bytes the search index may hold to be kept between searches (the index of the knowledge
 * base holds ~1 MB; 200,000 synthetic entities ~480 MB). A larger one is rebuilt for each search.
 */
export const SEARCH_INDEX_MAX_BYTES = 1024 * 1024 * 1024;
/** The index's heap per byte of its documents (measured: ~2.1, and it keeps the documents). */
const SEARCH_INDEX_FACTOR = 3;

/** The embedded store's two in-process indexes. */
type IndexName = 'entities' | 'passages';

/** What an index built over these documents is estimated to hold in the heap. */
function indexBytes(documents: unknown): number {
  return SEARCH_INDEX_FACTOR * estimateBytes(documents, SEARCH_INDEX_MAX_BYTES);
}

export interface KuzuStoreOptions {
  /** Database file path, or `:memory:`. */
  path: string;
  /** Buffer pool size in bytes (Kuzu's default reserves most of RAM). */
  bufferPoolBytes: number;
  /** Maximum database size in bytes: each Database reserves this much address space. */
  maxDatabaseBytes: number;
  /** Read connections in the pool. */
  readConnections: number;
  /** Per-query timeout in milliseconds (0: none). */
  queryTimeoutMs: number;
  /** Per write statement (loading the whole graph takes longer than a read); default 120 s, 0: none. */
  writeTimeoutMs?: number;
  /**
   * Do not open the database when constructed: `openChecked()` opens it once its files have been
   * probed (the server and `npm run seed` do so; tests open at once).
   */
  deferOpen?: boolean;
}

type Connection = InstanceType<typeof kuzu.Connection>;
type PreparedStatement = Awaited<ReturnType<Connection['prepare']>>;

interface PooledConnection {
  connection: Connection;
  statements: Map<string, PreparedStatement>;
}

/**
 * The embedded store: Kuzu in process, on disk under DATA_DIR or in memory for tests.
 *
 * Shape (each point answers a failure measured here, DESIGN.md section 6):
 * - a small pool of read connections (one connection serialises its queries);
 * - one dedicated write connection, writes queued on it (writes spread over pooled connections
 *   failed with "Only one write transaction at a time");
 * - `prepare()` serialised by one mutex (concurrent prepares left transactions stuck), each
 *   named query prepared once per connection and reused;
 * - search on an in-process index rebuilt after each committed write, never Kuzu's FTS.
 */
export class KuzuStore implements GraphStore {
  readonly capabilities: StoreCapabilities = { engine: 'kuzu', search: 'in-process' };

  private readonly registry = new QueryRegistry('kuzu', [...QUERY_NAMES, ...DIALECT_ONLY_QUERIES.kuzu]);
  private readonly prepareLock = new Mutex();
  private readonly writeLock = new Mutex();
  private readonly listeners = new CommitListeners();
  private database: InstanceType<typeof kuzu.Database> | undefined;
  private readers: PooledConnection[] = [];
  private writer: PooledConnection | undefined;
  private nextReader = 0;
  /** The in-process indexes (entities, passages), built from the graph on first use and dropped at each write. */
  private readonly indexes = new BoundedCache<IndexName, Promise<EntitySearchIndex | PassageSearchIndex>>({
    name: 'search-index',
    maxEntries: 2,
    maxBytes: SEARCH_INDEX_MAX_BYTES,
    maxEntryBytes: SEARCH_INDEX_MAX_BYTES,
  });
  /** How many entities the graph holds: what decides between a batch scan and per-id lookups. */
  private entityCount: Promise<number> | undefined;

  constructor(private readonly options: KuzuStoreOptions) {
    if (!options.deferOpen) this.open();
    // Search answers from what was committed: rebuild its index after each write.
    this.listeners.add(() => {
      this.indexes.clear();
      this.entityCount = undefined;
    });
  }

  private open(): void {
    const { path, bufferPoolBytes, maxDatabaseBytes, readConnections, queryTimeoutMs } = this.options;
    const writeTimeoutMs = this.options.writeTimeoutMs ?? 120_000;
    try {
      this.database = new kuzu.Database(path, bufferPoolBytes, true, false, maxDatabaseBytes);
      const connect = (timeoutMs: number) => (): PooledConnection => {
        const connection = new kuzu.Connection(this.database!);
        if (timeoutMs > 0) connection.setQueryTimeout(timeoutMs);
        return { connection, statements: new Map() };
      };
      this.readers = Array.from({ length: Math.max(1, readConnections) }, connect(queryTimeoutMs));
      this.writer = connect(writeTimeoutMs)();
    } catch (error) {
      this.database = undefined;
      throw openError(path, error);
    }
  }

  /**
   * Opens the database after checking it in a child process (kuzu-probe.ts): a file that crashes
   * the engine, that the engine refuses, or whose graph is not what its last load recorded
   * (counts by kind, fingerprint of ids) is never served: its files are set aside in
   * `damaged-<time>/` beside them (never deleted) and an empty database opens in its place, for
   * the knowledge base to be loaded again. With `repair`, a graph made by an earlier version
   * (no load record) or that is not the current knowledge base (`expectedFingerprint`) is set
   * aside the same way, in `outdated-<time>/`. Once open, it returns at once.
   */
  async openChecked(check: IntegrityCheck): Promise<IntegrityOutcome> {
    if (this.database) return { found: 'sound' };
    const { path } = this.options;
    if (path === ':memory:') {
      this.open();
      return { found: 'memory' };
    }
    const [file, log] = databaseFiles(path).map((f) => existsSync(f));
    if (!file) {
      // A write-ahead log with no database file is another database's: it must not meet a new file.
      const movedTo = log ? setAside(path, 'damaged') : undefined;
      this.open();
      return movedTo
        ? { found: 'damaged', reason: 'a write-ahead log without its database file', movedTo }
        : { found: 'missing' };
    }
    const probe = await probeDatabase({ ...this.options, deferOpen: false }, check.expectedFingerprint);
    let outcome: IntegrityOutcome;
    if (probe.kind === 'crashed') {
      outcome = { found: 'crashed', reason: `the engine crashed opening or reading it (${probe.how})` };
    } else if (probe.kind === 'error') {
      const refused = openError(path, new Error(probe.message));
      // In use by another process, or not writable: not damage, and nothing to repair here.
      if (refused.code === 'STORE_MISCONFIGURED') throw refused;
      outcome = { found: 'unreadable', reason: `the engine refused it: ${probe.message.slice(0, 300)}` };
    } else {
      const verdict = probe.verdict;
      outcome = {
        found: verdict.state,
        reason:
          verdict.state === 'damaged'
            ? `its graph is not what was loaded: ${verdict.reason}`
            : verdict.state === 'unrecorded'
              ? `it holds ${verdict.entities} entities but no record of their load (made by an earlier version)`
              : verdict.state === 'outdated'
                ? `it holds the knowledge base loaded at ${verdict.loadedAt}, not this version's`
                : undefined,
        // The file is there but holds no graph: the log that held the last load is gone, or the
        // engine could not replay it.
        lostLog: verdict.state === 'empty',
        replayedLog: log,
      };
    }
    const damaged = ['crashed', 'unreadable', 'damaged'].includes(outcome.found);
    const superseded = check.repair && ['unrecorded', 'outdated'].includes(outcome.found);
    if (damaged || superseded) outcome.movedTo = setAside(path, damaged ? 'damaged' : 'outdated');
    this.open();
    return outcome;
  }

  async applySchema(): Promise<void> {
    await this.writeLock.run(async () => {
      const writer = this.requireWriter();
      for (const statement of kuzuSchemaStatements()) await this.runText(writer, statement, 'the schema');
    });
  }

  async read(query: QueryName, params: Params = {}): Promise<Row[]> {
    const plan = perIdPlan(query, params, await this.countEntities());
    if (plan) {
      // One primary-key lookup per id, spread over the read connections; a page of every
      // neighbour through collaborations in two steps (kuzu-collaboration-pages.ts).
      const run = (q: string, p: Params) => this.execute(this.reader(), q, p);
      const parts = await Promise.all(
        plan.params.map((p) => (plan.twoSteps ? firstRowsThroughCollaborations(run, p) : run(plan.query, p))),
      );
      return parts.flat();
    }
    return this.execute(this.reader(), query, params);
  }

  private reader(): PooledConnection {
    const pooled = this.readers[this.nextReader++ % this.readers.length];
    if (!pooled || !this.database) throw closedError();
    return pooled;
  }

  private countEntities(): Promise<number> {
    this.entityCount ??= this.execute(this.reader(), 'count-entities', {}).then(
      (rows) => Number(rows[0]?.count ?? 0),
      (error: unknown) => {
        this.entityCount = undefined;
        throw error;
      },
    );
    return this.entityCount;
  }

  async write(statements: readonly WriteStatement[], options: WriteOptions = {}): Promise<boolean> {
    if (statements.length === 0 && !options.unless) return true;
    const ran = await this.writeLock.run(async () => {
      const writer = this.requireWriter();
      await this.runText(writer, 'BEGIN TRANSACTION');
      try {
        const stopped = options.unless
          ? (await this.execute(writer, options.unless.query, options.unless.params)).length > 0
          : false;
        if (!stopped) for (const s of statements) await this.execute(writer, s.query, s.params);
        await this.runText(writer, 'COMMIT');
        return !stopped;
      } catch (error) {
        // A failing statement aborts Kuzu's transaction by itself; ROLLBACK then reports
        // "No active transaction", which is not news.
        await this.runText(writer, 'ROLLBACK').catch(() => undefined);
        throw error;
      }
    });
    await this.listeners.notify();
    return ran;
  }

  async search(text: string, options: SearchOptions): Promise<SearchMatch[]> {
    return (await this.entityIndex()).search(text, options);
  }

  async searchPassages(text: string, options: PassageSearchOptions): Promise<PassageSearchResult> {
    const [entities, passages] = await Promise.all([this.entityIndex(), this.passageSearchIndex()]);
    const query = parsePassageQuery(text, entities.shortAcronyms);
    return { query, matches: passages.search(query, options) };
  }

  /**
   * Candidates found in the in-process index (as Neo4j's full-text index finds them: same words,
   * same typo rule), then read with their places in one query for the whole batch.
   */
  async matchCandidates(
    queries: readonly CandidateQuery[],
    options: { limit: number },
  ): Promise<CandidateRow[][]> {
    const index = await this.entityIndex();
    const found = queries.map((q) => [
      ...new Set([...index.candidates(q.words, q.kinds, options.limit), ...q.ids]),
    ]);
    const ids = [...new Set(found.flat())];
    if (ids.length === 0) return queries.map(() => []);
    const rows = await this.execute(this.reader(), 'candidates-by-ids', {
      ids,
      placeTypes: PLACE_RELATION_TYPES,
    });
    const byId = new Map<string, CandidateRow>();
    for (const row of rows) {
      const node = row.node as StoreNode;
      byId.set(String(node.properties.id), { node, places: (row.places as StoreNode[]) ?? [] });
    }
    return queries.map((q, i) =>
      found[i]!.map((id) => byId.get(id)).filter(
        (c): c is CandidateRow => c !== undefined && q.kinds.includes(String(c.node.properties.kind)),
      ),
    );
  }

  /** The entity index, built from the store on first use after each write. */
  private entityIndex(): Promise<EntitySearchIndex> {
    return this.cachedIndex('entities', async () => {
      const documents = searchDocumentsFromRows(await this.read('search-documents'));
      return { index: new EntitySearchIndex(documents), bytes: indexBytes(documents) };
    });
  }

  /** The passage index, built like the entity index. */
  private passageSearchIndex(): Promise<PassageSearchIndex> {
    return this.cachedIndex('passages', async () => {
      const rows = await this.execute(this.reader(), 'passage-search-documents', {});
      const passages = rows.map((r) => ({
        id: String(r.id),
        documentId: String(r.documentId),
        text: String(r.text ?? ''),
      }));
      return { index: new PassageSearchIndex(passages), bytes: indexBytes(passages) };
    });
  }

  /**
   * An index from the bounded cache, or built and put there: its size is counted once built; one
   * too large for the cache serves the searches waiting for it and is not kept; a failed build is
   * not kept either.
   */
  private cachedIndex<T extends EntitySearchIndex | PassageSearchIndex>(
    name: IndexName,
    build: () => Promise<{ index: T; bytes: number }>,
  ): Promise<T> {
    const cached = this.indexes.get(name) as Promise<T> | undefined;
    if (cached) return cached;
    let bytes = 0;
    const building = build().then((built) => {
      bytes = built.bytes;
      return built.index;
    });
    this.indexes.set(name, building, 0);
    building.then(
      () => this.indexes.resize(name, building, bytes),
      () => this.indexes.deleteIf(name, building),
    );
    return building;
  }

  async health(): Promise<void> {
    await this.read('health');
  }

  onCommit(listener: () => void | Promise<void>): () => void {
    return this.listeners.add(listener);
  }

  async close(): Promise<void> {
    const database = this.database;
    if (!database) return;
    this.database = undefined;
    const connections = [...this.readers, ...(this.writer ? [this.writer] : [])];
    this.readers = [];
    this.writer = undefined;
    await this.writeLock.run(async () => {
      for (const c of connections) await c.connection.close().catch(() => undefined);
      await database.close().catch(() => undefined);
    });
  }

  /** Opens the database again after `close()` (or an outage): the server serves again without a restart. */
  async reopen(): Promise<void> {
    await this.close();
    this.open();
    // What was read before the outage may be stale: caches and indexes refresh as after a write.
    await this.listeners.notify();
  }

  private requireWriter(): PooledConnection {
    if (!this.writer || !this.database) throw closedError();
    return this.writer;
  }

  private async statement(pooled: PooledConnection, query: string): Promise<PreparedStatement> {
    const cached = pooled.statements.get(query);
    if (cached) return cached;
    const prepared = await this.prepareLock.run(() => pooled.connection.prepare(this.registry.text(query)));
    if (!prepared.isSuccess()) {
      throw new StoreError(
        'STORE_QUERY_FAILED',
        `Kuzu cannot prepare ${query}: ${prepared.getErrorMessage()}`,
      );
    }
    pooled.statements.set(query, prepared);
    return prepared;
  }

  private async execute(pooled: PooledConnection, query: string, params: Params): Promise<Row[]> {
    const bound = bindParams(query, params, this.registry.text(query));
    const prepared = await this.statement(pooled, query);
    try {
      const result = await pooled.connection.execute(prepared, bound as never);
      const results = Array.isArray(result) ? result : [result];
      return await readAll(results);
    } catch (error) {
      throw translate(error, query);
    }
  }

  /** Runs a statement given as text; `what` names it in errors (the text itself goes to `detail`). */
  private async runText(pooled: PooledConnection, statement: string, what = statement): Promise<Row[]> {
    try {
      // `query` prepares internally: it takes the prepare lock like every other prepare.
      const result = await this.prepareLock.run(() => pooled.connection.query(statement));
      const results = Array.isArray(result) ? result : [result];
      return await readAll(results);
    } catch (error) {
      throw translate(error, what, statement);
    }
  }
}

/**
 * Checks and adapts parameters for Kuzu before they reach native code, keeping only those the
 * statement uses.
 * Why: an empty list parameter crashes the process (segfault) in Kuzu 0.11.3, so it is refused
 * here with a clear error; a `rows` batch is made safe to bind (see kuzuRowBatch).
 */
function bindParams(query: string, params: Params, text: string): Params {
  const used = parametersOf(text);
  const bound: Params = {};
  for (const [name, value] of Object.entries(params)) {
    // A parameter the statement does not use is left out, as Neo4j ignores it (Kuzu refuses it):
    // e.g. the `limit` that only the per-id variants of the link queries apply.
    if (!used.has(name)) continue;
    if (Array.isArray(value) && value.length === 0) {
      throw new StoreError(
        'STORE_QUERY_FAILED',
        `Parameter $${name} of ${query} is an empty list, which the embedded store cannot bind; callers skip the query instead`,
      );
    }
    bound[name] =
      name === 'rows' && Array.isArray(value) ? kuzuRowBatch(value as Record<string, unknown>[]) : value;
  }
  return bound;
}

const parametersByText = new Map<string, ReadonlySet<string>>();

/** The `$name` parameters a statement uses, read once per statement text. */
function parametersOf(text: string): ReadonlySet<string> {
  let names = parametersByText.get(text);
  if (!names) {
    names = new Set([...text.matchAll(/\$(\w+)/g)].map((m) => m[1]!));
    parametersByText.set(text, names);
  }
  return names;
}

function translate(error: unknown, what: string, detail?: string): StoreError {
  if (error instanceof StoreError) return error;
  const text = message(error);
  const options = { cause: error, detail };
  if (/interrupted|timeout/i.test(text)) {
    return new StoreError('STORE_TIMEOUT', `Kuzu query ${what} timed out: ${text}`, options);
  }
  if (/closed|not open|destroyed/i.test(text)) {
    return new StoreError('STORE_UNAVAILABLE', `Kuzu is not available for ${what}: ${text}`, options);
  }
  return new StoreError('STORE_QUERY_FAILED', `Kuzu query ${what} failed: ${text}`, options);
}

/**
 * Why the engine would not open the database, as one line leading with the cause and saying what
 * to do. A lock or an unwritable directory is the operator's to fix (STORE_MISCONFIGURED: start-up
 * stops); anything else may pass (STORE_UNAVAILABLE: retried).
 */
export function openError(path: string, error: unknown): StoreError {
  const text = message(error);
  if (/lock/i.test(text)) {
    return new StoreError(
      'STORE_MISCONFIGURED',
      `The embedded database ${path} is in use by another process (a server or \`npm run seed\` on the same DATA_DIR): stop it first, or set DATA_DIR to another directory.`,
      { cause: error, detail: text },
    );
  }
  if (/permission denied|read-only|EACCES|EROFS|EPERM/i.test(text)) {
    return new StoreError(
      'STORE_MISCONFIGURED',
      `DATA_DIR is not writable: the embedded database ${path} cannot be opened for writing (${text.slice(0, 120)}). Give the server a writable DATA_DIR.`,
      { cause: error, detail: text },
    );
  }
  return new StoreError('STORE_UNAVAILABLE', `Cannot open the embedded database ${path}: ${text}`, {
    cause: error,
  });
}

function closedError(): StoreError {
  return new StoreError('STORE_UNAVAILABLE', 'The embedded store is closed');
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
