// entity-degrees: the most connected entities of the given kinds, by number of relationships
// params: $kinds: string[] (non-empty), $limit: int
// returns: id, degree (highest first, ties by id)
MATCH (n:Entity)
WHERE n.kind IN $kinds
OPTIONAL MATCH (n)-[r:LINK]-(:Entity)
RETURN n.id AS id, count(r) AS degree
ORDER BY degree DESC, id
LIMIT $limit
