/**
 * The one description of what the graph stores. Both dialects' DDL is generated from it
 * (kuzu/kuzu-ddl.ts, neo4j/neo4j-ddl.ts), so the two stores cannot drift apart.
 *
 * Why one `Entity` node table and one `LINK` relationship table: every kind shares the same
 * identity, provenance and navigation, so one set of Cypher files serves all kinds on both
 * engines; the kind and the relationship type are properties from closed TypeScript unions
 * (src/domain), never interpolated into Cypher text. Lists (aliases, indicators...) and
 * citations are stored as JSON text: Kuzu crashes on empty list parameters and types a list of
 * structs from its first row, and JSON text is identical on both engines.
 */
export type ColumnType = 'STRING' | 'INT64' | 'DOUBLE' | 'BOOLEAN';

export interface Column {
  name: string;
  type: ColumnType;
  /** The column holds a JSON document (list or citations), parsed by the domain mapper. */
  json?: boolean;
}

export interface NodeTable {
  name: string;
  primaryKey: string;
  columns: Column[];
}

export interface RelTable {
  name: string;
  from: string;
  to: string;
  columns: Column[];
}

const str = (name: string): Column => ({ name, type: 'STRING' });
const int = (name: string): Column => ({ name, type: 'INT64' });
const json = (name: string): Column => ({ name, type: 'STRING', json: true });
/**
 * The passage ids of `sources` as one string, `|002#34|002#fn4|`, null when there is none: what
 * `facts-citing-passages` finds a passage's facts by (`CONTAINS '|<id>|'`), the same way on both
 * engines (a list column would crash Kuzu on an empty list parameter).
 */
const SOURCE_PASSAGES: Column = { name: 'sourcePassages', type: 'STRING' };

/** Entity: every node kind (see src/domain/dataset.ts EntityRecord for what each column means). */
export const ENTITY_TABLE: NodeTable = {
  name: 'Entity',
  primaryKey: 'id',
  columns: [
    str('id'),
    str('kind'),
    str('name'),
    str('acronym'),
    json('aliases'),
    /** The names of seed/reference/names.tsv with their sources (EntityName[] as JSON). */
    json('names'),
    /** Aliases joined by " | ": what Neo4j's full-text index can read. */
    str('aliasText'),
    str('description'),
    json('sources'),
    /** The weakest confidence among `sources` ('none' when there is none): what gaps filter on. */
    str('confidence'),
    SOURCE_PASSAGES,
    /**
     * Folded copies (lower case, accents removed) of the searchable fields: what Neo4j's
     * full-text index reads, with an analyzer that keeps stop words (see neo4j/neo4j-ddl.ts).
     */
    str('nameFolded'),
    str('acronymFolded'),
    str('aliasesFolded'),
    str('descriptionFolded'),
    str('cluster'),
    json('isicSections'),
    json('isicDivisions'),
    str('instrumentType'),
    str('code'),
    int('number'),
    int('year'),
    str('category'),
    str('status'),
    str('guidanceType'),
    str('unitType'),
    str('programmeType'),
    int('endYear'),
    str('agencyType'),
    str('headquarters'),
    str('consultativeStatus'),
    json('fieldsOfInterest'),
    str('side'),
    str('isoAlpha2'),
    str('isoAlpha3'),
    str('region'),
    str('level'),
    json('indicators'),
    str('meetingType'),
    str('symbol'),
    str('date'),
    str('documentKind'),
    str('issuingBody'),
    str('url'),
    int('since'),
    int('until'),
    str('role'),
    str('registerType'),
  ],
};

/** Passage: a citable piece of a document, stored with its text so every quote can be shown. */
export const PASSAGE_TABLE: NodeTable = {
  name: 'Passage',
  primaryKey: 'id',
  columns: [
    str('id'),
    str('documentId'),
    str('label'),
    int('ordinal'),
    str('text'),
    /**
     * The text as passage search reads it (src/search/passage-text.ts): lower case, accents
     * removed, every run of other characters one space. What Neo4j's full-text index reads, so
     * that both stores cut words alike (`ILO’s`, `HIV/AIDS`, `10,572`, `sub- Saharan`).
     */
    str('searchText'),
  ],
};

/**
 * Statement: what a passage states about an entity as a typed value (src/domain/dataset.ts
 * StatementRecord): a count, a quantity, an amount, a date or a condition, with its citations.
 * Its own table, not a JSON column of the entity: passage search finds the statements that cite
 * a passage by `sourcePassages`, as it finds entities and links.
 */
export const STATEMENT_TABLE: NodeTable = {
  name: 'Statement',
  primaryKey: 'id',
  columns: [
    str('id'),
    str('subjectId'),
    str('property'),
    str('label'),
    /** count | quantity | amount | date | condition */
    str('valueType'),
    /** The number of a count, quantity or amount. */
    { name: 'valueNumber', type: 'DOUBLE' },
    /** What a count or quantity counts, or an amount's ISO 4217 currency. */
    str('valueUnit'),
    str('approximation'),
    /** A date value: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
    str('valueDate'),
    /** A condition value, in words. */
    str('valueText'),
    int('validSince'),
    int('validUntil'),
    json('sources'),
    str('confidence'),
    SOURCE_PASSAGES,
  ],
};

/** LINK: every typed, directed relationship between entities; `type` is a RelationType. */
export const LINK_TABLE: RelTable = {
  name: 'LINK',
  from: 'Entity',
  to: 'Entity',
  columns: [
    str('id'),
    str('type'),
    json('sources'),
    str('confidence'),
    SOURCE_PASSAGES,
    // The kinds of both ends and the link's place in their pages (domain/link-order.ts): a page
    // of a hub's links is cut on the link's own columns, before the other ends are read.
    str('fromKind'),
    str('toKind'),
    int('outRank'),
    int('inRank'),
    int('viaRank'),
  ],
};

/**
 * GraphMeta: one node, `id: 'graph'`, saying what was loaded and when (store/load-graph.ts): the
 * time, the counts and a fingerprint of the ids. Its key is also the lock that makes the first
 * load happen once when several servers start on one empty database.
 */
export const GRAPH_META_TABLE: NodeTable = {
  name: 'GraphMeta',
  primaryKey: 'id',
  columns: [str('id'), str('loadedAt'), str('fingerprint'), json('counts'), int('claims')],
};

export const NODE_TABLES: readonly NodeTable[] = [
  ENTITY_TABLE,
  PASSAGE_TABLE,
  STATEMENT_TABLE,
  GRAPH_META_TABLE,
];
export const REL_TABLES: readonly RelTable[] = [LINK_TABLE];

/** Name of the Neo4j full-text index over entity names, acronyms, aliases and descriptions. */
export const ENTITY_FULLTEXT_INDEX = 'entity_search';
/** The columns it indexes: the folded copies, one Lucene field each (a short field weighs more). */
export const ENTITY_FULLTEXT_COLUMNS = [
  'nameFolded',
  'acronymFolded',
  'aliasesFolded',
  'descriptionFolded',
] as const;

/** Name of the Neo4j full-text index over passages (`searchText`), behind `passages(query:)`. */
export const PASSAGE_FULLTEXT_INDEX = 'passage_search';

/** The type of a column by name, across tables (used to type Kuzu's witness rows). */
export function columnType(name: string): ColumnType | undefined {
  for (const table of [...NODE_TABLES, ...REL_TABLES]) {
    const column = table.columns.find((c) => c.name === name);
    if (column) return column.type;
  }
  return undefined;
}
