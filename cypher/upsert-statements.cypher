// upsert-statements: create or update statements (typed, cited values about an entity), one row each
// params: $rows: list of maps with every Statement column (src/store/graph-schema.ts)
// Why the filter: see upsert-entities.cypher (Kuzu's type-witness row has id '').
UNWIND $rows AS row
WITH row WHERE row.id IS NULL OR row.id <> ''
MERGE (s:Statement {id: row.id})
SET s.subjectId = row.subjectId, s.property = row.property, s.label = row.label,
    s.valueType = row.valueType, s.valueNumber = row.valueNumber, s.valueUnit = row.valueUnit,
    s.approximation = row.approximation, s.valueDate = row.valueDate, s.valueText = row.valueText,
    s.validSince = row.validSince, s.validUntil = row.validUntil, s.sources = row.sources,
    s.confidence = row.confidence, s.sourcePassages = row.sourcePassages
