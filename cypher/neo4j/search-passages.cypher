// search-passages (Neo4j only): full-text search over the text of every passage
// Why per dialect: the embedded store searches an in-process index instead (DESIGN.md section 6).
// params: $query: string (Lucene syntax, built by neo4j-passage-search.ts from folded words only),
//         $documents: string[] (document ids; empty: every document), $limit: int
// returns: id, searchText (the folded words the shared ranking reads: src/search/rank-passages.ts),
//          score (Lucene's, best first; it only picks the candidates when there are more than $limit)
CALL db.index.fulltext.queryNodes('passage_search', $query) YIELD node, score
WHERE size($documents) = 0 OR node.documentId IN $documents
RETURN node.id AS id, node.searchText AS searchText, score
ORDER BY score DESC, id
LIMIT $limit
