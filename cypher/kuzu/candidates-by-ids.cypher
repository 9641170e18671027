// candidates-by-ids (Kuzu): the entities the in-process index found as match candidates, each with the countries it is placed in
// Why per dialect: Neo4j finds its candidates in its full-text index and reads them in the same
// query (neo4j/match-candidates.cypher); the embedded store finds them in its in-process index.
// params: $ids: string[] (non-empty), $placeTypes: string[] (the relationships that place an entity, non-empty)
// returns: node, places (the Country nodes it reaches by one of $placeTypes; empty list for none)
UNWIND $ids AS id
MATCH (node:Entity {id: id})
OPTIONAL MATCH (node)-[link:LINK]->(place:Entity)
WHERE link.type IN $placeTypes AND place.kind = 'Country'
RETURN node, collect(place) AS places
