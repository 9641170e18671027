// upsert-links: create or update relationships between existing entities (a missing endpoint is skipped;
// the seed validator guarantees there is none)
// params: $rows: list of {id: "<from>|<type>|<to>", from, to, type, sources (JSON text), confidence,
//         sourcePassages, fromKind, toKind, outRank, inRank, viaRank (the link's place in its ends' pages, null
//         when written on its own: src/domain/link-order.ts)}
// Why the kinds come from the nodes: a link written on its own knows only its ends' ids.
// Why the filter: see upsert-entities.cypher (Kuzu's type-witness row has id '').
UNWIND $rows AS row
WITH row WHERE row.id IS NULL OR row.id <> ''
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:LINK {id: row.id}]->(b)
SET r.type = row.type, r.sources = row.sources, r.confidence = row.confidence, r.sourcePassages = row.sourcePassages,
    r.fromKind = a.kind, r.toKind = b.kind, r.outRank = row.outRank, r.inRank = row.inRank,
    r.viaRank = row.viaRank
