// graph-meta: what was loaded into the graph and when (src/store/load-graph.ts); no row before
// the first load
// params: none
// returns: loadedAt, fingerprint, counts (JSON text)
MATCH (m:GraphMeta {id: 'graph'})
RETURN m.loadedAt AS loadedAt, m.fingerprint AS fingerprint, m.counts AS counts
