// linked-in (Neo4j): for each target id, its first incoming links of the given types from nodes of the given kinds
// Why per dialect: see linked-out.cypher (each id's page cut in a subquery, not the hub shipped whole), and
// for the filter on the link's own rank and kinds.
// params: $ids: string[], $types: string[], $kinds: string[] (all non-empty),
//         $limit: int (each id's first rows in name order; 2^31-1 for all)
// returns: key (the target id), link (relationship), node (the source)
UNWIND $ids AS id
CALL {
  WITH id
  MATCH (a:Entity {id: id})<-[r:LINK]-(b:Entity)
  WHERE (r.inRank IS NULL OR r.inRank < $limit) AND r.type IN $types AND coalesce(r.fromKind, b.kind) IN $kinds
  RETURN r, b
  ORDER BY b.name, b.id, r.type
  LIMIT $limit
}
RETURN id AS key, r AS link, b AS node
