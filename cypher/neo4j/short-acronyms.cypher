// short-acronyms (Neo4j only): every entity acronym, for the search rule that a query word which
// is a short acronym (`WHO`) is not expanded as a prefix (src/search/short-acronyms.ts)
// Why per dialect: the embedded store's in-process index knows its acronyms without a query.
// params: none
// returns: acronym
MATCH (n:Entity)
WHERE n.acronym IS NOT NULL
RETURN DISTINCT n.acronym AS acronym
