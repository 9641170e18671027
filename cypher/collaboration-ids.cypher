// collaboration-ids: the collaborations involving every given participant (each filter optional, AND-ed)
// params: $partner, $sector, $topic, $programme, $country, $objective: string|null (entity ids, of the right kind:
//         the API checks them first);
//         $restrictParties: boolean, $parties: string[] (non-empty: Kuzu crashes on an empty list
//         parameter, so "no department filter" is restrictParties = false with a placeholder list):
//         a department and its units, any of which must be an ILO party of the collaboration
// Why OPTIONAL MATCH and not EXISTS { } for $parties: Kuzu 0.11.3 does not see list parameters
// inside a subquery.
// returns: id, since (the service orders and pages)
MATCH (c:Entity)
WHERE c.kind = 'Collaboration'
  AND ($partner IS NULL OR EXISTS { MATCH (c)-[r:LINK]->(x:Entity) WHERE r.type = 'HAS_PARTNER' AND x.id = $partner })
  AND ($sector IS NULL OR EXISTS { MATCH (c)-[r:LINK]->(x:Entity) WHERE r.type = 'ON_SECTOR' AND x.id = $sector })
  AND ($topic IS NULL OR EXISTS { MATCH (c)-[r:LINK]->(x:Entity) WHERE r.type = 'ON_TOPIC' AND x.id = $topic })
  AND ($programme IS NULL OR EXISTS { MATCH (c)-[r:LINK]->(x:Entity) WHERE r.type = 'HAS_ILO_PARTY' AND x.id = $programme })
  AND ($country IS NULL OR EXISTS { MATCH (c)-[r:LINK]->(x:Entity) WHERE r.type = 'IN_COUNTRY' AND x.id = $country })
  AND ($objective IS NULL OR EXISTS { MATCH (c)-[r:LINK]->(x:Entity) WHERE r.type = 'FOR_OBJECTIVE' AND x.id = $objective })
OPTIONAL MATCH (c)-[p:LINK]->(u:Entity)
WHERE p.type = 'HAS_ILO_PARTY' AND u.id IN $parties
WITH c, count(u) AS parties
WHERE $restrictParties = false OR parties > 0
RETURN c.id AS id, c.since AS since
