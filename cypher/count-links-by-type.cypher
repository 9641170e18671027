// count-links-by-type: how many relationships of each type
// params: none
// returns: type, count
MATCH (:Entity)-[r:LINK]->(:Entity)
RETURN r.type AS type, count(*) AS count
ORDER BY type
