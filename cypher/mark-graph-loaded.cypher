// mark-graph-loaded: records, in the transaction that loads the graph, what was loaded and when
// params: $loadedAt: ISO time, $fingerprint: string, $counts: JSON text (src/store/load-graph.ts)
MERGE (m:GraphMeta {id: 'graph'})
SET m.loadedAt = $loadedAt, m.fingerprint = $fingerprint, m.counts = $counts
