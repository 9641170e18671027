// graph-links: the whole graph as a link list, for graph algorithms run in process (PageRank on
// the undirected graph: src/api/services/page-rank.service.ts); every node comes at least once,
// a node without outgoing relationships once with `to` null
// params: none
// returns: id (a node), to (a node it has a relationship to, or null)
MATCH (n:Entity)
OPTIONAL MATCH (n)-[:LINK]->(m:Entity)
RETURN n.id AS id, m.id AS to
