// entities-lacking-link: entities of one kind with no relationship of the given types to nodes of the given kinds
// (the basis of most gaps: a sector no instrument applies to, an instrument no programme promotes...)
// Why OPTIONAL MATCH and not NOT EXISTS { }: Kuzu 0.11.3 does not see list parameters inside a subquery.
// params: $kind: string, $types: string[], $otherKinds: string[] (non-empty)
// returns: id (ordered)
MATCH (n:Entity)
WHERE n.kind = $kind
OPTIONAL MATCH (n)-[r:LINK]-(m:Entity)
WHERE r.type IN $types AND m.kind IN $otherKinds
WITH n, count(m) AS linked
WHERE linked = 0
RETURN n.id AS id
ORDER BY id
