// match-candidates (Neo4j): for each name to match, the entities whose names, acronyms or aliases hold one of its words, and those it names by id, each with the countries it is placed in
// Why per dialect: the full-text index is Neo4j's; the embedded store finds its candidates in an
// in-process index by the same rule and reads them with kuzu/candidates-by-ids.cypher. One query
// for the whole batch: every name is looked up here, in one round trip.
// params: $queries: list of {key: int, lucene: string ('' for no words), ids: string[], kinds: string[] (non-empty)},
//         $limit: int (most entities found by words, per query), $placeTypes: string[] (non-empty)
// returns: key (the query's position), node, places (the Country nodes it reaches by one of $placeTypes)
UNWIND $queries AS query
CALL {
  WITH query
  WITH query WHERE query.lucene <> ''
  CALL db.index.fulltext.queryNodes('entity_search', query.lucene) YIELD node, score
  WITH query, node, score WHERE node.kind IN query.kinds
  RETURN node ORDER BY score DESC, node.id LIMIT $limit
  UNION
  WITH query
  UNWIND query.ids AS id
  MATCH (node:Entity {id: id})
  WHERE node.kind IN query.kinds
  RETURN node
}
// Why a subquery: collecting the places per candidate here took half the time of one aggregation
// over every (query, candidate) row of the batch.
CALL {
  WITH node
  OPTIONAL MATCH (node)-[link:LINK]->(place:Entity)
  WHERE link.type IN $placeTypes AND place.kind = 'Country'
  RETURN collect(place) AS places
}
RETURN query.key AS key, node, places
