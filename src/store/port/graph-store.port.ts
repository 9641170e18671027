import type { QueryName } from '../query-names.js';

/** A value as both adapters return it: plain JS, integers as numbers, no driver types. */
export type StoreValue =
  | null
  | boolean
  | number
  | string
  | StoreValue[]
  | StoreNode
  | StoreRelationship
  | StoreRecord;

export interface StoreRecord {
  [key: string]: StoreValue;
}

/** A node as both adapters return it: its label and its set properties (unset ones are absent). */
export interface StoreNode {
  readonly $type: 'node';
  label: string;
  /** Engine-internal id, only to tell which node a relationship starts from within one result. */
  elementId: string;
  properties: Record<string, StoreValue>;
}

/** A relationship as both adapters return it: its table/type, its endpoints and its properties. */
export interface StoreRelationship {
  readonly $type: 'relationship';
  label: string;
  /** `elementId` of the start and end nodes. */
  start: string;
  end: string;
  properties: Record<string, StoreValue>;
}

export type Row = Record<string, StoreValue>;
export type Params = Record<string, unknown>;

/** One statement of a write transaction. */
export interface WriteStatement {
  query: QueryName;
  params: Params;
}

export interface WriteOptions {
  /**
   * A statement run first, in the same transaction: when it returns a row, nothing else runs and
   * `write` resolves `false`. What makes "do this once" safe when several processes write one
   * graph: the guard takes a lock (e.g. by writing a node) the others wait on, then sees the work done.
   */
  unless?: WriteStatement;
}

/** A search hit from the store's text index. */
export interface SearchMatch {
  id: string;
  kind: string;
  score: number;
  /** The entity fields the query matched on (name, acronym, aliases, description). */
  matchedOn: string[];
}

export interface SearchOptions {
  kinds?: readonly string[];
  limit: number;
}

/** How `openChecked` treats a graph that is sound but not the one this version would load. */
export interface IntegrityCheck {
  /** Set aside a graph made by an earlier version or not the current knowledge base (it is then loaded again). */
  repair: boolean;
  /** The fingerprint of the knowledge base this version loads (datasetFingerprint). */
  expectedFingerprint?: string;
}

/** What `openChecked` found and did. */
export interface IntegrityOutcome {
  /**
   * What the stored graph was: `sound`, `empty`, `damaged` (not what its load recorded),
   * `unrecorded` (made by an earlier version), `outdated` (not the current knowledge base),
   * `crashed`/`unreadable` (the engine died on it or refused it), `missing` (no database yet),
   * `memory` (an in-memory store).
   */
  found: string;
  /** Why, in a sentence, when it is not sound. */
  reason?: string;
  /** Where its files were moved when they were set aside (never deleted). */
  movedTo?: string;
  /** The database file was there but held no graph: the write-ahead log that held the last load is gone or unreadable. */
  lostLog?: boolean;
  /** A write-ahead log was beside the file (the last run did not close it): replayed, or dropped if unreadable. */
  replayedLog?: boolean;
}

/** What a store can do beyond the common contract: callers ask, they never test the dialect. */
export interface StoreCapabilities {
  /** Engine name for logs and /ready: `kuzu` or `neo4j`. */
  engine: 'kuzu' | 'neo4j';
  /** How search runs: Neo4j's full-text index or the in-process index of the embedded store. */
  search: 'neo4j-fulltext' | 'in-process';
}

/**
 * The port every part of the application talks to. Resolvers and services never see a driver,
 * a session or a dialect: they name a query file from cypher/ and pass parameters.
 *
 * Contract shared by both adapters (test/store/contract):
 * - `read` runs one named query in a read transaction and returns plain rows.
 * - `write` runs its statements in one transaction: all of them or none (or, with a guard that
 *   answers a row, none at all: see WriteOptions).
 * - failures are `StoreError`s with a code (`STORE_UNAVAILABLE`, `STORE_TIMEOUT`, `STORE_QUERY_FAILED`).
 */
export interface GraphStore {
  readonly capabilities: StoreCapabilities;
  /** Create the tables/constraints/indexes if missing. Idempotent. */
  applySchema(): Promise<void>;
  read(query: QueryName, params?: Params): Promise<Row[]>;
  /** Resolves true when the statements ran and committed, false when `options.unless` stopped them. */
  write(statements: readonly WriteStatement[], options?: WriteOptions): Promise<boolean>;
  /** Full-text search over entity names, acronyms, aliases and descriptions. */
  search(text: string, options: SearchOptions): Promise<SearchMatch[]>;
  /** Resolves when the store answers; rejects with a StoreError otherwise. */
  health(): Promise<void>;
  /** Called after each committed write (caches and indexes refresh there). */
  onCommit(listener: () => void | Promise<void>): () => void;
  close(): Promise<void>;
  /**
   * Optional capability: open the store again after an outage (the embedded store reopens its
   * database; a networked driver reconnects by itself and has none). ResilientStore calls it.
   */
  reopen?(): Promise<void>;
  /**
   * Optional capability: open the store only after checking that what it holds is whole (the
   * embedded store: in a child process, against the record of its last load), setting a damaged
   * store aside. Called once at start, before any other call; later calls return at once.
   */
  openChecked?(check: IntegrityCheck): Promise<IntegrityOutcome>;
}
