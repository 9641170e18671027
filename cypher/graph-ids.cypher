// graph-ids: every id the graph holds, for the integrity check at start
// (src/store/graph-integrity.ts), which compares them with what the last load recorded in GraphMeta
// params: none
// returns: part ('entity', 'link', 'passage' or 'statement'), id, kind (an entity's kind, '' otherwise)
MATCH (n:Entity)
RETURN 'entity' AS part, n.id AS id, n.kind AS kind
UNION ALL
MATCH (:Entity)-[l:LINK]->(:Entity)
RETURN 'link' AS part, l.id AS id, '' AS kind
UNION ALL
MATCH (p:Passage)
RETURN 'passage' AS part, p.id AS id, '' AS kind
UNION ALL
MATCH (s:Statement)
RETURN 'statement' AS part, s.id AS id, '' AS kind
