// passages-of-documents: the passages of each document, for a DataLoader batch
// params: $ids: string[] (document entity ids, non-empty)
// returns: key (the document id), node (a passage); the loader orders them by ordinal
UNWIND $ids AS id
MATCH (p:Passage)
WHERE p.documentId = id
RETURN id AS key, p AS node
