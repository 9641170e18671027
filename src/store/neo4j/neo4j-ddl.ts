import {
  ENTITY_FULLTEXT_COLUMNS,
  ENTITY_FULLTEXT_INDEX,
  ENTITY_TABLE,
  NODE_TABLES,
  PASSAGE_FULLTEXT_INDEX,
  PASSAGE_TABLE,
  REL_TABLES,
  STATEMENT_TABLE,
} from '../graph-schema.js';

/**
 * Neo4j 5 DDL for the graph schema: a uniqueness constraint per node table's primary key (which
 * also gives the id lookups an index), an index on the properties queries filter by, and the
 * full-text index behind `search`. Idempotent (IF NOT EXISTS).
 *
 * Why the full-text index reads folded copies with 'standard-no-stop-words': Neo4j's only
 * accent-folding analyzer, 'standard-no-stop-words', also drops Lucene's English stop words, so `WHO`,
 * `IT` (services) or `NO` would find nothing. The folding is done on write instead
 * (records-to-rows.ts, the same foldText the query words go through). The passages' index reads
 * `searchText`, folded the same way and with punctuation already turned to spaces, so both
 * stores cut a passage into the same words (src/search/passage-text.ts).
 */
export function neo4jSchemaStatements(): string[] {
  const label = ENTITY_TABLE.name;
  return [
    ...NODE_TABLES.map(
      (t) =>
        `CREATE CONSTRAINT ${t.name.toLowerCase()}_${t.primaryKey}_unique IF NOT EXISTS FOR (n:${t.name}) REQUIRE n.${t.primaryKey} IS UNIQUE`,
    ),
    `CREATE INDEX entity_kind IF NOT EXISTS FOR (n:${label}) ON (n.kind)`,
    ...REL_TABLES.map(
      (t) => `CREATE INDEX ${t.name.toLowerCase()}_type IF NOT EXISTS FOR ()-[r:${t.name}]-() ON (r.type)`,
    ),
    `CREATE FULLTEXT INDEX ${ENTITY_FULLTEXT_INDEX} IF NOT EXISTS FOR (n:${label}) ON EACH [${ENTITY_FULLTEXT_COLUMNS.map((c) => `n.${c}`).join(', ')}] OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'standard-no-stop-words'}}`,
    `CREATE INDEX statement_subject IF NOT EXISTS FOR (s:${STATEMENT_TABLE.name}) ON (s.subjectId)`,
    `CREATE INDEX passage_document IF NOT EXISTS FOR (p:${PASSAGE_TABLE.name}) ON (p.documentId)`,
    `CREATE FULLTEXT INDEX ${PASSAGE_FULLTEXT_INDEX} IF NOT EXISTS FOR (p:${PASSAGE_TABLE.name}) ON EACH [p.searchText] OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'standard-no-stop-words'}}`,
  ];
}
