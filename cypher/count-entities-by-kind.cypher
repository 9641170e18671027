// count-entities-by-kind: how many nodes of each kind
// params: none
// returns: kind, count
MATCH (n:Entity)
RETURN n.kind AS kind, count(*) AS count
ORDER BY kind
