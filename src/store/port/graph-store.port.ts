import type { RelationType } from '../../domain/relation-type.js';
import type { PassageQuery } from '../../search/passage-query.js';
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
  /**
   * Only nodes of these kinds. Absent or empty: every entity kind, but not collaborations, which
   * are found only when asked for (their names repeat their partners', and would crowd them out).
   */
  kinds?: readonly string[];
  limit: number;
}

/** What `matchCandidates` looks for, for one name to match. */
export interface CandidateQuery {
  /**
   * Folded words to look for in entity names, acronyms and aliases (not descriptions): any may
   * match, each as itself or, when `allowsTypo` (src/search/typo-tolerance.ts), one edit away,
   * never as a prefix.
   */
  words: readonly string[];
  /** Entities to include by id, whatever the words find (an id typed as a name, an instrument reference). */
  ids: readonly string[];
  /** Only entities of these kinds (non-empty). */
  kinds: readonly string[];
}

/**
 * One candidate: its entity node, and the Country nodes it reaches by one of
 * PLACE_RELATION_TYPES (where it is located, active, or meant for).
 */
export interface CandidateRow {
  node: StoreNode;
  places: StoreNode[];
}

/** The relationships that place an entity in a country, read with each match candidate. */
export const PLACE_RELATION_TYPES: readonly RelationType[] = ['LOCATED_IN', 'ACTIVE_IN', 'INTENDED_FOR'];

/** A passage search hit: the passage id and its relevance (higher is better; the same on every store: src/search/rank-passages.ts). */
export interface PassageMatch {
  id: string;
  score: number;
}

export interface PassageSearchOptions {
  /** Only passages of these documents (document entity ids); all when absent or empty. */
  documents?: readonly string[];
  limit: number;
}

/** What passage search found, and the query as the store read it (to highlight the same matches). */
export interface PassageSearchResult {
  query: PassageQuery;
  matches: PassageMatch[];
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
  /**
   * Candidates for a batch of names to match, in one store round trip: for each query, in its
   * order, the entities found by its words (at most `limit`, best first as the engine ranks
   * them) and those it names by id, each once, with their places. Every query is answered
   * independently of the others. The matching service (src/matching) scores them.
   */
  matchCandidates(queries: readonly CandidateQuery[], options: { limit: number }): Promise<CandidateRow[][]>;
  /**
   * Full-text search over the text of every passage (src/search/passage-query.ts says how a
   * query reads): Neo4j's full-text index, or the embedded store's in-process index.
   */
  searchPassages(text: string, options: PassageSearchOptions): Promise<PassageSearchResult>;
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
