// linked-in-by-id (Kuzu): one entity's incoming links of the given types from nodes of the given kinds
// Why per dialect: see entity-by-id.cypher (a primary-key lookup instead of a scan on large graphs).
// params: $id: string, $limit: int (the first rows in name order, so that a page of a hub's
//         links reads a page, not the hub; 2^31-1 for all),
//         $types: string[], $kinds: string[] (non-empty)
// returns: key (the target id), link (relationship), node (the source), as linked-in.cypher
// Why the filter reads only the link's columns: see linked-out-by-id.cypher.
MATCH (a:Entity {id: $id})<-[r:LINK]-(b:Entity)
WHERE (r.inRank IS NULL OR r.inRank < $limit) AND list_contains($types, r.type) AND list_contains($kinds, coalesce(r.fromKind, b.kind))
RETURN a.id AS key, r AS link, b AS node
ORDER BY node.name, node.id, link.type
LIMIT $limit
