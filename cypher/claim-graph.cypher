// claim-graph: the guard of the first load (src/store/write-dataset.ts), run first in its
// transaction: answers a row when the graph holds entities already, so that the load does not run.
// Why it writes: MERGE on GraphMeta's unique key and the SET lock the node, so a second server
// starting on the same empty database waits here until the first one's load commits, then sees
// its entities (the match runs after the lock is taken, on what is committed by then).
// params: none
// returns: entity (one row, or none when the graph is empty)
MERGE (m:GraphMeta {id: 'graph'})
SET m.claims = coalesce(m.claims, 0) + 1
WITH m
MATCH (e:Entity)
RETURN e.id AS entity
LIMIT 1
