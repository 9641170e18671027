// linked-out: for each source id, its outgoing links of the given types to nodes of the given kinds
// params: $ids: string[], $types: string[], $kinds: string[] (all non-empty)
// returns: key (the source id), link (relationship), node (the target)
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r:LINK]->(b:Entity)
WHERE r.type IN $types AND b.kind IN $kinds
RETURN id AS key, r AS link, b AS node
