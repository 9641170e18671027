// linked-via-collaboration (Neo4j): for each id, the first nodes it cooperates with through Collaboration nodes
// Why per dialect: see linked-out.cypher (each id's page cut in a subquery, not the hub shipped whole).
// params: $ids: string[]; $roles: string[] (the role linking the collaboration to the given ids);
//         $targetRoles: string[] (the role linking it to the nodes returned); $kinds: string[] (all non-empty);
//         $limit: int (each id's first rows in name order; 2^31-1 for all)
// returns: key (the given id), via (the collaboration's id), role, sources (the collaboration's sources, JSON
//          text), node (the cooperating node); one row per collaboration and role, as the shared file
UNWIND $ids AS id
CALL {
  WITH id
  MATCH (a:Entity {id: id})<-[r1:LINK]-(c:Entity)-[r2:LINK]->(b:Entity)
  WHERE c.kind = 'Collaboration' AND r1.type IN $roles AND r2.type IN $targetRoles AND b.kind IN $kinds AND b.id <> id
  WITH DISTINCT c, r2.type AS role, b
  RETURN c.id AS via, role, c.sources AS sources, b
  ORDER BY b.name, b.id, role, via
  LIMIT $limit
}
RETURN id AS key, via, role, sources, b AS node
