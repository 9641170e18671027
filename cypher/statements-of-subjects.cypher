// statements-of-subjects: the statements about each given entity, for a DataLoader batch
// params: $ids: string[] (entity ids, non-empty)
// returns: key (the subject id), node (a statement); the loader orders them
UNWIND $ids AS id
MATCH (s:Statement)
WHERE s.subjectId = id
RETURN id AS key, s AS node
