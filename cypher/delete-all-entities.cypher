// delete-all-entities: remove every entity (after delete-all-links)
// params: none
MATCH (n:Entity)
DELETE n
