// linked-via-collaboration-by-id (Kuzu): one entity's partners through Collaboration nodes
// Why per dialect: see entity-by-id.cypher (a primary-key lookup instead of a scan on large graphs).
// params: $id: string, $limit: int (the first rows in name order, so that a page of a hub's
//         links reads a page, not the hub; 2^31-1 for all),
//         $roles: string[], $targetRoles: string[], $kinds: string[] (all non-empty)
// returns: key, via, role, sources, node, as linked-via-collaboration.cypher
MATCH (a:Entity {id: $id})<-[r1:LINK]-(c:Entity)-[r2:LINK]->(b:Entity)
WHERE c.kind = 'Collaboration' AND r1.type IN $roles AND r2.type IN $targetRoles AND b.kind IN $kinds AND b.id <> $id
RETURN DISTINCT a.id AS key, c.id AS via, r2.type AS role, c.sources AS sources, b AS node
ORDER BY node.name, node.id, role, via
LIMIT $limit
