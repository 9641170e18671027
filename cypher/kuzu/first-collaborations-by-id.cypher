// first-collaborations-by-id (Kuzu): the collaborations of one entity that can give its first `limit`
// neighbours through collaborations, every role and kind asked (linked-via-collaboration's $viaRanked):
// those whose viaRank (src/domain/link-order.ts) is under `limit`, and any written without one; and how
// many collaborations it takes part in
// Why: the first of two steps of kuzu-collaboration-pages.ts; in one statement Kuzu 0.11 expands both
// hops before any filter, so a hub in thousands of collaborations read them all.
// params: $id: string, $roles: string[] (non-empty), $limit: int
// returns: one row: first (collaboration ids), total (the entity's collaborations)
MATCH (a:Entity {id: $id})<-[r1:LINK]-(c:Entity)
WHERE coalesce(r1.fromKind, c.kind) = 'Collaboration' AND list_contains($roles, r1.type)
RETURN collect(DISTINCT CASE WHEN r1.viaRank IS NULL OR r1.viaRank < $limit THEN c.id END) AS first,
       count(DISTINCT c.id) AS total
