// first-collaborations-by-id (Kuzu): the collaborations of one entity that can give its first `limit`
// neighbours through collaborations, every role and kind asked (linked-via-collaboration's $viaRanked):
// those whose viaRank (src/domain/link-order.ts) is under `limit`, and any written without one
// Why: the first of two steps of kuzu-collaboration-pages.ts; in one statement Kuzu 0.11 expands both
// hops before any filter, so a hub in thousands of collaborations read them all.
// params: $id: string, $roles: string[] (non-empty), $limit: int
// returns: via (a collaboration's id)
MATCH (a:Entity {id: $id})<-[r1:LINK]-(c:Entity)
WHERE coalesce(r1.fromKind, c.kind) = 'Collaboration' AND list_contains($roles, r1.type)
  AND (r1.viaRank IS NULL OR r1.viaRank < $limit)
RETURN DISTINCT c.id AS via
