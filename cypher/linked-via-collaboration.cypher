// linked-via-collaboration: for each id, the nodes it cooperates with through Collaboration nodes
// (a sector's partner agencies: sector <-ON_SECTOR- collaboration -HAS_PARTNER-> agency)
// params: $ids: string[]; $roles: string[] (the role linking the collaboration to the given ids);
//         $targetRoles: string[] (the role linking it to the nodes returned); $kinds: string[] (all non-empty)
// returns: key (the given id), via (the collaboration's id), role (the role linking the collaboration
//          to the node returned), sources (the collaboration's sources, JSON text), node (the cooperating
//          node); one row per collaboration and role, the caller keeps one per target where it needs to
UNWIND $ids AS id
MATCH (a:Entity {id: id})<-[r1:LINK]-(c:Entity)-[r2:LINK]->(b:Entity)
WHERE c.kind = 'Collaboration' AND r1.type IN $roles AND r2.type IN $targetRoles AND b.kind IN $kinds AND b.id <> id
RETURN DISTINCT id AS key, c.id AS via, r2.type AS role, c.sources AS sources, b AS node
