// shortest-paths (Neo4j): every shortest path between two entities, up to 6 hops, in either direction
// Hop bound: written `..6]` once; the registry derives a text per bound 1..6 (shortest-paths-within-N), since a
//            variable-length bound must be a literal and connections searches only its maxHops.
// Why per dialect: Neo4j writes shortest paths with allShortestPaths(), Kuzu as `* ALL SHORTEST`.
// params: $from, $to: string (entity ids), $limit: int (how many paths to fetch at most: the service passes a
//         fixed cap, not the page size, sorts what comes back, then keeps the first `first`)
// returns: nodes (list of nodes), links (list of relationships), in path order
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:LINK*..6]-(b))
RETURN nodes(p) AS nodes, relationships(p) AS links
LIMIT $limit
