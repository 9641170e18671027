// shortest-paths (Kuzu): every shortest path between two entities, up to 6 hops, in either direction
// Hop bound: written `..6]` once; the registry derives a text per bound 1..6 (shortest-paths-within-N), since a
//            variable-length bound must be a literal and connections searches only its maxHops.
// Why per dialect: Kuzu writes shortest paths as a recursive pattern `* ALL SHORTEST`, Neo4j as allShortestPaths().
// params: $from, $to: string (entity ids), $limit: int (how many paths to fetch at most: the service passes a
//         fixed cap, not the page size, sorts what comes back, then keeps the first `first`)
// returns: nodes (list of nodes), links (list of relationships), in path order
MATCH p = (a:Entity {id: $from})-[r:LINK* ALL SHORTEST 1..6]-(b:Entity {id: $to})
RETURN nodes(p) AS nodes, rels(p) AS links
LIMIT $limit
