// statements-by-ids: fetch statements for a DataLoader batch
// params: $ids: string[] (non-empty)
// returns: node (any order; the loader reorders)
UNWIND $ids AS id
MATCH (s:Statement {id: id})
RETURN s AS node
