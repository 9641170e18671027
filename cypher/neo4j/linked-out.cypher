// linked-out (Neo4j): for each source id, its first outgoing links of the given types to nodes of the given kinds
// Why per dialect: a page of a hub's links must not ship the hub whole (neighbours(first: 10) of a node with
// thousands of links); Neo4j cuts each id's rows in a subquery, Kuzu in its per-id lookups (kuzu/*-by-id.cypher).
// Why the filter reads only the link's properties: a link's rank and its target's kind, written on it at load
// (src/domain/link-order.ts), leave at most `limit` rows per type and kind to read targets for and sort. A link
// written before links carried them (null) is always read, so a graph loaded by an earlier version answers the same.
// params: $ids: string[], $types: string[], $kinds: string[] (all non-empty),
//         $limit: int (each id's first rows in name order; 2^31-1 for all)
// returns: key (the source id), link (relationship), node (the target)
UNWIND $ids AS id
CALL {
  WITH id
  MATCH (a:Entity {id: id})-[r:LINK]->(b:Entity)
  WHERE (r.outRank IS NULL OR r.outRank < $limit) AND r.type IN $types AND coalesce(r.toKind, b.kind) IN $kinds
  RETURN r, b
  ORDER BY b.name, b.id, r.type
  LIMIT $limit
}
RETURN id AS key, r AS link, b AS node
