// entities-lacking-link: entities of one kind with no relationship of the given types to nodes of the given kinds
// (the basis of most gaps: a sector no instrument applies to, an instrument no programme promotes...)
// params: $kind: string, $types: string[], $otherKinds: string[] (non-empty)
// returns: id (ordered)
MATCH (n:Entity)
WHERE n.kind = $kind
  AND NOT EXISTS {
    MATCH (n)-[r:LINK]-(m:Entity)
    WHERE r.type IN $types AND m.kind IN $otherKinds
  }
RETURN n.id AS id
ORDER BY id
