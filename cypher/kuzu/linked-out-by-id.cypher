// linked-out-by-id (Kuzu): one entity's outgoing links of the given types to nodes of the given kinds
// Why per dialect: see entity-by-id.cypher (a primary-key lookup instead of a scan on large graphs).
// params: $id: string, $limit: int (the first rows in name order, so that a page of a hub's
//         links reads a page, not the hub; 2^31-1 for all),
//         $types: string[], $kinds: string[] (non-empty)
// returns: key (the source id), link (relationship), node (the target), as linked-out.cypher
// Why the filter reads only the link's columns: Kuzu reads every column of `b` for each row that
// passes it, before ORDER BY and LIMIT; a link's rank (src/domain/link-order.ts) and its target's
// kind, written on the link, leave a hub's page at most `limit` rows per type and kind.
MATCH (a:Entity {id: $id})-[r:LINK]->(b:Entity)
WHERE (r.outRank IS NULL OR r.outRank < $limit) AND list_contains($types, r.type) AND list_contains($kinds, coalesce(r.toKind, b.kind))
RETURN a.id AS key, r AS link, b AS node
ORDER BY node.name, node.id, link.type
LIMIT $limit
