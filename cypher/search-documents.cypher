// search-documents: the searchable fields of every entity and collaboration, to build the embedded store's in-process index
// params: none
// returns: id, kind, name, acronym, aliases (JSON text), description
MATCH (n:Entity)
RETURN n.id AS id, n.kind AS kind, n.name AS name, n.acronym AS acronym, n.aliases AS aliases, n.description AS description
