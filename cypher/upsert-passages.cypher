// upsert-passages: create or update document passages with their text
// params: $rows: list of {id, documentId, label, ordinal, text, searchText}
// Why the filter: see upsert-entities.cypher (Kuzu's type-witness row has id '').
UNWIND $rows AS row
WITH row WHERE row.id IS NULL OR row.id <> ''
MERGE (p:Passage {id: row.id})
SET p.documentId = row.documentId, p.label = row.label, p.ordinal = row.ordinal, p.text = row.text,
    p.searchText = row.searchText
