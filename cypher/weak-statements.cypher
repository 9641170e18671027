// weak-statements: statements with no source, or with a source that is not confirmed
// params: none
// returns: id, subjectId, label, sources (JSON text), confidence (the weakest of its citations; 'none' when unsourced)
MATCH (s:Statement)
WHERE s.confidence <> 'confirmed'
RETURN s.id AS id, s.subjectId AS subjectId, s.label AS label, s.sources AS sources, s.confidence AS confidence
ORDER BY id
