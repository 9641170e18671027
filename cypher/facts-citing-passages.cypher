// facts-citing-passages: the entities, collaborations, relationships and statements that cite some passages
// params: $markers: string[] (non-empty), one `|<passage id>|` per passage, as `sourcePassages`
//         (src/store/graph-schema.ts) holds them
// returns: marker, subjectId, relation ('' for a fact about the subject itself, else the
//          relationship type), objectId ('' unless a relationship), statementId ('' unless a
//          statement about the subject), sources (JSON text)
// Why markers built by the caller: string concatenation on an UNWIND-ed parameter has no type in
// Kuzu. Why '' rather than null: Kuzu types each column of a UNION from its branches, and a bare
// NULL has none. Why CONTAINS: one string both engines read alike; it scans the graph, which a
// document reader's one batch per request can afford.
UNWIND $markers AS marker
MATCH (n:Entity)
WHERE n.sourcePassages CONTAINS marker
RETURN marker, n.id AS subjectId, '' AS relation, '' AS objectId, '' AS statementId, n.sources AS sources
UNION ALL
UNWIND $markers AS marker
MATCH (a:Entity)-[r:LINK]->(b:Entity)
WHERE r.sourcePassages CONTAINS marker
RETURN marker, a.id AS subjectId, r.type AS relation, b.id AS objectId, '' AS statementId, r.sources AS sources
UNION ALL
UNWIND $markers AS marker
MATCH (s:Statement)
WHERE s.sourcePassages CONTAINS marker
RETURN marker, s.subjectId AS subjectId, '' AS relation, '' AS objectId, s.id AS statementId, s.sources AS sources
