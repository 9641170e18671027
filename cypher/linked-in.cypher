// linked-in: for each target id, its incoming links of the given types from nodes of the given kinds
// params: $ids: string[], $types: string[], $kinds: string[] (all non-empty)
// returns: key (the target id), link (relationship), node (the source)
UNWIND $ids AS id
MATCH (a:Entity {id: id})<-[r:LINK]-(b:Entity)
WHERE r.type IN $types AND b.kind IN $kinds
RETURN id AS key, r AS link, b AS node
