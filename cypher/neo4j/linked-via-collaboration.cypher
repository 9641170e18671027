// linked-via-collaboration (Neo4j): for each id, the first nodes it cooperates with through Collaboration nodes
// Why per dialect: see linked-out.cypher (each id's page cut in a subquery, not the hub shipped whole), and
// for the filter on the links' own ranks and kinds; each collaboration's rows are cut at `limit` + 1, since the
// given entity may be among its first links (counted in the ranks, never returned).
// params: $ids: string[]; $roles: string[] (the role linking the collaboration to the given ids);
//         $targetRoles: string[] (the role linking it to the nodes returned); $kinds: string[] (all non-empty);
//         $limit: int (each id's first rows in name order; 2^31-1 for all);
//         $viaRanked: boolean (every role and kind asked: the collaborations' viaRank cuts the first hop at $limit)
// returns: key (the given id), via (the collaboration's id), role, sources (the collaboration's sources, JSON
//          text), node (the cooperating node); one row per collaboration and role, as the shared file
UNWIND $ids AS id
CALL {
  WITH id
  MATCH (a:Entity {id: id})<-[r1:LINK]-(c:Entity)-[r2:LINK]->(b:Entity)
  WHERE coalesce(r1.fromKind, c.kind) = 'Collaboration' AND r1.type IN $roles
    AND ($viaRanked = false OR r1.viaRank IS NULL OR r1.viaRank < $limit) AND r2.type IN $targetRoles
    AND (r2.outRank IS NULL OR r2.outRank <= $limit) AND coalesce(r2.toKind, b.kind) IN $kinds AND b <> a
  WITH DISTINCT c, r2.type AS role, b
  RETURN c.id AS via, role, c.sources AS sources, b
  ORDER BY b.name, b.id, role, via
  LIMIT $limit
}
RETURN id AS key, via, role, sources, b AS node
