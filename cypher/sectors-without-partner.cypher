// sectors-without-partner: sectors that no collaboration with a partner agency works on
// params: none
// returns: id (ordered)
MATCH (s:Entity)
WHERE s.kind = 'Sector'
  AND NOT EXISTS {
    MATCH (s)<-[r1:LINK]-(c:Entity)-[r2:LINK]->(p:Entity)
    WHERE r1.type = 'ON_SECTOR' AND c.kind = 'Collaboration' AND r2.type = 'HAS_PARTNER' AND p.kind = 'PartnerAgency'
  }
RETURN s.id AS id
ORDER BY id
