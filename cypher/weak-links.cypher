// weak-links: relationships with no source, or whose source is not confirmed
// params: none
// returns: id, type, from, to, sources (JSON text), confidence ('none' when unsourced)
MATCH (a:Entity)-[r:LINK]->(b:Entity)
WHERE r.confidence <> 'confirmed'
RETURN r.id AS id, r.type AS type, a.id AS from, b.id AS to, r.sources AS sources, r.confidence AS confidence
ORDER BY id
