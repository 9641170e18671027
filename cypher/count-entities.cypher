// count-entities: how many entities the graph holds (the embedded store sizes its lookup plans by it)
// params: none
// returns: count
MATCH (n:Entity)
RETURN count(n) AS count
