// entity-by-id (Kuzu): one entity by its primary key
// Why per dialect: Kuzu 0.11.3 plans `UNWIND $ids AS id MATCH (n:Entity {id: id})` as a hash join
// over a scan of every entity (12 ms at 100k entities, growing with the graph), while a match on a
// `$id` parameter is a primary-key lookup (0.5 ms). On a large graph the adapter runs this once
// per id instead of entities-by-ids (see kuzu-point-lookups.ts).
// params: $id: string
// returns: node
MATCH (n:Entity {id: $id})
RETURN n AS node
