// common-neighbours: nodes of the given kinds linked to every one of the given entities, directly or
// through a collaboration both take part in (a Collaboration node is passed through, never returned:
// FAO and IMO share the fishing sector through their collaborations, as Sector.partners does)
// params: $ids: string[] (non-empty, distinct), $kinds: string[] (non-empty)
// returns: id (ordered)
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[:LINK]-(x:Entity)
OPTIONAL MATCH (x)-[:LINK]->(y:Entity)
WHERE x.kind = 'Collaboration'
WITH id,
     CASE WHEN x.kind = 'Collaboration' THEN y.id ELSE x.id END AS mid,
     CASE WHEN x.kind = 'Collaboration' THEN y.kind ELSE x.kind END AS mkind
WHERE mid IS NOT NULL AND mkind IN $kinds AND NOT mid IN $ids
WITH mid, count(DISTINCT id) AS shared
WHERE shared = size($ids)
RETURN mid AS id
ORDER BY id
