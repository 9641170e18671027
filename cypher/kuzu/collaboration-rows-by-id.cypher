// collaboration-rows-by-id (Kuzu): the rows one collaboration gives an entity taking part in it, as
// linked-via-collaboration-by-id returns them (the second step of kuzu-collaboration-pages.ts)
// params: $via: the collaboration's id, $id: the entity's, $targetRoles: string[], $kinds: string[]
//         (non-empty), $limit: int (the collaboration's rows cut at its links ranked up to `limit`)
// returns: key, via, role, sources, node, as linked-via-collaboration.cypher
MATCH (c:Entity {id: $via})-[r2:LINK]->(b:Entity)
WHERE list_contains($targetRoles, r2.type) AND list_contains($kinds, coalesce(r2.toKind, b.kind))
  AND (r2.outRank IS NULL OR r2.outRank <= $limit) AND b.id <> $id
RETURN $id AS key, c.id AS via, r2.type AS role, c.sources AS sources, b AS node
