// entities-by-ids: fetch entities for a DataLoader batch (primary-key lookups, not a scan)
// params: $ids: string[] (non-empty)
// returns: node (any order; the loader reorders and fills missing keys)
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n AS node
