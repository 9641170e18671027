import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';

import {
  PLACE_RELATION_TYPES,
  type CandidateQuery,
  type CandidateRow,
  type GraphStore,
  type Params,
  type Row,
  type SearchMatch,
  type SearchOptions,
  type StoreCapabilities,
  type StoreNode,
  type WriteOptions,
  type PassageSearchOptions,
  type PassageSearchResult,
  type WriteStatement,
} from '../port/graph-store.port.js';
import { StoreError } from '../port/store-error.js';
import { DIALECT_ONLY_QUERIES, QUERY_NAMES, type QueryName } from '../query-names.js';
import { QueryRegistry } from '../query-registry.js';
import { CommitListeners } from '../commit-listeners.js';
import { neo4jSchemaStatements } from './neo4j-ddl.js';
import { toDriverParams, toRow } from './neo4j-values.js';
import { luceneCandidateQuery, luceneQuery } from './neo4j-search.js';
import { lucenePassageQuery } from './neo4j-passage-search.js';
import { ENTITY_KINDS } from '../../domain/entity-kind.js';
import { candidateCount } from '../../search/entity-search-index.js';
import { rankCandidates } from '../../search/rank-hits.js';
import { parsePassageQuery } from '../../search/passage-query.js';
import { PASSAGE_CANDIDATES, rankPassages } from '../../search/rank-passages.js';
import { shortAcronymKey } from '../../search/short-acronyms.js';

export interface Neo4jStoreOptions {
  /** `neo4j://` (routing: cluster or Aura) or `bolt://` (one server). */
  uri: string;
  username: string;
  password: string;
  database?: string;
  maxConnectionPoolSize: number;
  connectionAcquisitionTimeoutMs: number;
  queryTimeoutMs: number;
  /** Per write transaction (loading the whole graph takes longer than a read); 0: none. */
  writeTimeoutMs?: number;
}

/** STORE_WRITE_TIMEOUT_MS's default: a write transaction loads a whole graph. */
export const DEFAULT_WRITE_TIMEOUT_MS = 120_000;

/**
 * How long the acronyms search knows stay trusted. This process forgets them after each of its own
 * writes; the bound covers a graph re-seeded by another process (`npm run seed`, another replica).
 */
const ACRONYMS_TTL_MS = 60_000;

/**
 * The production store: Neo4j 5 through neo4j-driver, one Driver per application.
 * Reads run in read transactions (on a cluster, routed to replicas), writes in one write
 * transaction per `write` call; integers and temporal values converted at this boundary.
 */
export class Neo4jStore implements GraphStore {
  readonly capabilities: StoreCapabilities = { engine: 'neo4j', search: 'neo4j-fulltext' };

  private readonly registry = new QueryRegistry('neo4j', [...QUERY_NAMES, ...DIALECT_ONLY_QUERIES.neo4j]);
  private readonly listeners = new CommitListeners();
  private readonly driver: Driver;
  private acronyms: { keys: Promise<ReadonlySet<string>>; loadedAt: number } | undefined;

  constructor(private readonly options: Neo4jStoreOptions) {
    this.driver = neo4j.driver(options.uri, neo4j.auth.basic(options.username, options.password), {
      maxConnectionPoolSize: options.maxConnectionPoolSize,
      connectionAcquisitionTimeout: options.connectionAcquisitionTimeoutMs,
      // The driver retries a failed transaction for 30 s by default: a dead server would hold
      // each request that long. Retry for at most the query timeout (or 5 s).
      maxTransactionRetryTime: options.queryTimeoutMs || 5_000,
      disableLosslessIntegers: false,
    });
  }

  async applySchema(): Promise<void> {
    const session = this.session('WRITE');
    try {
      // Schema statements cannot share a transaction with each other in Neo4j: one auto-commit each.
      for (const statement of neo4jSchemaStatements()) await session.run(statement);
    } catch (error) {
      throw translate(error, 'schema');
    } finally {
      await session.close();
    }
  }

  async read(query: QueryName, params: Params = {}): Promise<Row[]> {
    return this.readText(query, this.registry.text(query), params);
  }

  async write(statements: readonly WriteStatement[], options: WriteOptions = {}): Promise<boolean> {
    if (statements.length === 0 && !options.unless) return true;
    const session = this.session('WRITE');
    let ran: boolean;
    try {
      ran = await session.executeWrite(
        async (tx) => {
          const guard = options.unless;
          if (guard) {
            const stop = await tx.run(
              this.registry.text(guard.query),
              toDriverParams(guard.params) as Params,
            );
            if (stop.records.length > 0) return false;
          }
          for (const s of statements)
            await tx.run(this.registry.text(s.query), toDriverParams(s.params) as Params);
          return true;
        },
        { timeout: (this.options.writeTimeoutMs ?? DEFAULT_WRITE_TIMEOUT_MS) || undefined },
      );
    } catch (error) {
      throw translate(error, statements.map((s) => s.query).join(', '));
    } finally {
      await session.close();
    }
    this.acronyms = undefined;
    await this.listeners.notify();
    return ran;
  }

  async search(text: string, options: SearchOptions): Promise<SearchMatch[]> {
    const shortAcronyms = await this.shortAcronyms();
    const query = luceneQuery(text, shortAcronyms);
    if (!query) return [];
    const kinds = options.kinds && options.kinds.length > 0 ? options.kinds : ENTITY_KINDS;
    // Lucene finds the candidates (its best, as many as the embedded store ranks); the order is
    // rank-hits.ts's, the same on both stores.
    const rows = await this.readText('search-entities', this.registry.text('search-entities'), {
      query,
      kinds,
      limit: candidateCount(options.limit),
    });
    const candidates = rows.map((row) => ({
      id: String(row.id),
      kind: String(row.kind),
      name: String(row.name ?? ''),
      acronym: row.acronym === null || row.acronym === undefined ? null : String(row.acronym),
      aliases: parseAliases(row.aliases),
      description: row.description === null || row.description === undefined ? null : String(row.description),
    }));
    return rankCandidates(text, candidates, shortAcronyms, options.limit);
  }

  /** Every query's candidates from the full-text index and by id, with their places, in one query. */
  async matchCandidates(
    queries: readonly CandidateQuery[],
    options: { limit: number },
  ): Promise<CandidateRow[][]> {
    const result = queries.map((): CandidateRow[] => []);
    if (queries.length === 0) return result;
    const rows = await this.readText('match-candidates', this.registry.text('match-candidates'), {
      queries: queries.map((q, key) => ({
        key,
        lucene: luceneCandidateQuery(q.words),
        ids: q.ids,
        kinds: q.kinds,
      })),
      limit: options.limit,
      placeTypes: PLACE_RELATION_TYPES,
    });
    for (const row of rows)
      result[Number(row.key)]?.push({
        node: row.node as StoreNode,
        places: (row.places as StoreNode[]) ?? [],
      });
    return result;
  }

  async searchPassages(text: string, options: PassageSearchOptions): Promise<PassageSearchResult> {
    const query = parsePassageQuery(text, await this.shortAcronyms());
    const lucene = lucenePassageQuery(query);
    if (!lucene) return { query, matches: [] };
    const rows = await this.readText('search-passages', this.registry.text('search-passages'), {
      query: lucene,
      documents: options.documents ?? [],
      limit: PASSAGE_CANDIDATES,
    });
    // Lucene finds the passages; they are scored and ordered as on the embedded store.
    const candidates = rows.map((r) => ({ id: String(r.id), words: String(r.searchText ?? '').split(' ') }));
    return { query, matches: rankPassages(query, candidates, options.limit) };
  }

  async health(): Promise<void> {
    try {
      await this.driver.verifyConnectivity({ database: this.options.database });
    } catch (error) {
      throw translate(error, 'health');
    }
  }

  onCommit(listener: () => void | Promise<void>): () => void {
    return this.listeners.add(listener);
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  /** The folded short acronyms of the graph (src/search/short-acronyms.ts), read once and kept a while. */
  private shortAcronyms(): Promise<ReadonlySet<string>> {
    const now = Date.now();
    if (!this.acronyms || now - this.acronyms.loadedAt > ACRONYMS_TTL_MS) {
      const keys = this.readText('short-acronyms', this.registry.text('short-acronyms'), {}).then(
        (rows) => new Set(rows.map((r) => shortAcronymKey(String(r.acronym))).filter((k) => k !== null)),
      );
      const entry = { keys, loadedAt: now };
      // A failed read is not kept: the next search asks again.
      keys.catch(() => {
        if (this.acronyms === entry) this.acronyms = undefined;
      });
      this.acronyms = entry;
    }
    return this.acronyms.keys;
  }

  private session(mode: 'READ' | 'WRITE') {
    return this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
  }

  /**
   * One read in a read transaction, interrupted after `queryTimeoutMs`. Why a deadline here as
   * well as the transaction timeout the server is given: the server checks that timeout only now
   * and then (a 1 ms timeout let an 18 ms query finish), while closing the session makes the
   * server terminate the query at once; the request then fails with STORE_TIMEOUT on time.
   */
  private async readText(name: string, text: string, params: Params): Promise<Row[]> {
    const session = this.session('READ');
    const deadline = this.options.queryTimeoutMs;
    let timer: NodeJS.Timeout | undefined;
    let interrupted = false;
    try {
      const work = session.executeRead(
        async (tx: ManagedTransaction) => {
          const result = await tx.run(text, toDriverParams(params) as Params);
          return result.records.map((record) => toRow(record.keys, (k) => record.get(k)));
        },
        { timeout: deadline || undefined },
      );
      if (deadline > 0) {
        timer = setTimeout(() => {
          interrupted = true;
          void session.close();
        }, deadline);
      }
      return await work;
    } catch (error) {
      if (interrupted) {
        throw new StoreError(
          'STORE_TIMEOUT',
          `Neo4j query ${name} timed out after ${deadline} ms: interrupted`,
          {
            cause: error,
          },
        );
      }
      throw translate(error, name);
    } finally {
      clearTimeout(timer);
      await session.close();
    }
  }
}

/** The `aliases` column: a JSON list of strings (graph-schema.ts). */
function parseAliases(value: unknown): string[] {
  if (typeof value !== 'string' || value === '') return [];
  const parsed: unknown = JSON.parse(value);
  return Array.isArray(parsed) ? parsed.map(String) : [];
}

function translate(error: unknown, what: string): StoreError {
  if (error instanceof StoreError) return error;
  const code = (error as { code?: string }).code ?? '';
  const text = error instanceof Error ? error.message : String(error);
  if (code === 'Neo.ClientError.Security.Unauthorized') {
    return new StoreError(
      'STORE_MISCONFIGURED',
      `Neo4j refused the credentials: check NEO4J_USERNAME and NEO4J_PASSWORD (${text})`,
      { cause: error },
    );
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new StoreError(
      'STORE_MISCONFIGURED',
      `Neo4j has no such database: check NEO4J_DATABASE, or leave it unset for the server's default (${text})`,
      { cause: error },
    );
  }
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || /ECONNREFUSED|connect/i.test(text)) {
    return new StoreError('STORE_UNAVAILABLE', `Neo4j is not available for ${what}: ${text}`, {
      cause: error,
    });
  }
  if (/TransactionTimedOut|timed out|Timeout/i.test(code + text)) {
    return new StoreError('STORE_TIMEOUT', `Neo4j query ${what} timed out: ${text}`, { cause: error });
  }
  return new StoreError('STORE_QUERY_FAILED', `Neo4j query ${what} failed: ${text}`, { cause: error });
}
