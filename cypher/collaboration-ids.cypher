// collaboration-ids: the collaborations involving every given participant (each filter optional, AND-ed)
// params: $partner, $sector, $topic, $programme, $department, $country: string|null (entity ids)
// returns: id, since (the service orders and pages)
MATCH (c:Entity)
WHERE c.kind = 'Collaboration'
  AND ($partner IS NULL OR EXISTS { MATCH (c)-[r:LINK]->(x:Entity) WHERE r.type = 'HAS_PARTNER' AND x.id = $partner })
  AND ($sector IS NULL OR EXISTS { MATCH (c)-[r:LINK]->(x:Entity) WHERE r.type = 'ON_SECTOR' AND x.id = $sector })
  AND ($topic IS NULL OR EXISTS { MATCH (c)-[r:LINK]->(x:Entity) WHERE r.type = 'ON_TOPIC' AND x.id = $topic })
  AND ($programme IS NULL OR EXISTS { MATCH (c)-[r:LINK]->(x:Entity) WHERE r.type = 'HAS_ILO_PARTY' AND x.id = $programme })
  AND ($department IS NULL OR EXISTS { MATCH (c)-[r:LINK]->(x:Entity) WHERE r.type = 'HAS_ILO_PARTY' AND x.id = $department })
  AND ($country IS NULL OR EXISTS { MATCH (c)-[r:LINK]->(x:Entity) WHERE r.type = 'IN_COUNTRY' AND x.id = $country })
RETURN c.id AS id, c.since AS since
