// passages-by-ids: fetch passages (with their text) for a DataLoader batch
// params: $ids: string[] (non-empty)
// returns: node (any order; the loader reorders)
UNWIND $ids AS id
MATCH (p:Passage {id: id})
RETURN p AS node
