// passage-search-documents (embedded store only): every passage's text, to build the in-process passage index
// Why per dialect: Neo4j searches its full-text index (cypher/neo4j/search-passages.cypher) instead.
// params: none
// returns: id, documentId, text
MATCH (p:Passage)
RETURN p.id AS id, p.documentId AS documentId, p.text AS text
