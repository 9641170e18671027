// search-entities (Neo4j only): full-text search over names, acronyms, aliases and descriptions
// Why per dialect: the embedded store searches an in-process index instead (DESIGN.md section 6).
// params: $query: string (Lucene syntax, escaped by the adapter), $kinds: string[] (non-empty), $limit: int
// returns: id, kind, name, acronym, aliases (JSON text), description: the candidates, best first by
// Lucene's score; the adapter ranks them (src/search/rank-hits.ts)
CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
WHERE node.kind IN $kinds
RETURN node.id AS id, node.kind AS kind, node.name AS name, node.acronym AS acronym,
       node.aliases AS aliases, node.description AS description
ORDER BY score DESC, id
LIMIT $limit
