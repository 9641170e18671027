// dated-entities: the entities with a year, a period or a date (what an UNSOURCED_FACT gap checks per value)
// params: none
// returns: id (ordered)
MATCH (n:Entity)
WHERE n.year IS NOT NULL OR n.endYear IS NOT NULL OR n.since IS NOT NULL OR n.until IS NOT NULL
   OR n.date IS NOT NULL
RETURN n.id AS id
ORDER BY id
