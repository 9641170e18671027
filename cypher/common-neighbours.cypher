// common-neighbours: nodes of the given kinds directly linked to every one of the given entities
// params: $ids: string[] (non-empty, distinct), $kinds: string[] (non-empty)
// returns: id (ordered)
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[:LINK]-(m:Entity)
WHERE m.kind IN $kinds AND NOT m.id IN $ids
WITH m, count(DISTINCT id) AS shared
WHERE shared = size($ids)
RETURN m.id AS id
ORDER BY id
