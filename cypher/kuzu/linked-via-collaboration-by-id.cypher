// linked-via-collaboration-by-id (Kuzu): one entity's partners through Collaboration nodes
// Why per dialect: see entity-by-id.cypher (a primary-key lookup instead of a scan on large graphs).
// params: $id: string, $limit: int (the first rows in name order, so that a page of a hub's
//         links reads a page, not the hub; 2^31-1 for all),
//         $roles: string[], $targetRoles: string[], $kinds: string[] (all non-empty),
//         $viaRanked: boolean (every role and kind asked: the collaborations' viaRank applies)
// returns: key, via, role, sources, node, as linked-via-collaboration.cypher
// Why the filter reads only the links' columns: see linked-out-by-id.cypher; a collaboration's own
// rank on its link to the node returned cuts each collaboration's rows at `limit` + 1 (the entity
// itself may be among a collaboration's first links: counted in the ranks, never returned).
// (Kuzu 0.11 applies these filters after expanding both hops whatever the form or join hint, so a
// hub in thousands of collaborations still expands them all: Neo4j cuts them at the first hop.)
// Why the filter follows a WITH: in the MATCH, Kuzu 0.11 plans it as a join over every link of
// the graph (330 ms a lookup at 100k entities); after the expansion it costs 11 ms.
MATCH (a:Entity {id: $id})<-[r1:LINK]-(c:Entity)-[r2:LINK]->(b:Entity)
WITH a, r1, c, r2, b
WHERE coalesce(r1.fromKind, c.kind) = 'Collaboration' AND list_contains($roles, r1.type)
  AND ($viaRanked = false OR r1.viaRank IS NULL OR r1.viaRank < $limit) AND list_contains($targetRoles, r2.type)
  AND list_contains($kinds, coalesce(r2.toKind, b.kind)) AND (r2.outRank IS NULL OR r2.outRank <= $limit) AND id(b) <> id(a)
RETURN DISTINCT a.id AS key, c.id AS via, r2.type AS role, c.sources AS sources, b AS node
ORDER BY node.name, node.id, role, via
LIMIT $limit
