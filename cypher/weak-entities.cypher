// weak-entities: entities with no source, or with a fact whose source is not confirmed
// params: none
// returns: id, kind, sources (JSON text), confidence (the weakest of its citations; 'none' when unsourced)
MATCH (n:Entity)
WHERE n.confidence <> 'confirmed'
RETURN n.id AS id, n.kind AS kind, n.sources AS sources, n.confidence AS confidence
ORDER BY id
