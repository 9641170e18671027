// delete-all-links: remove every relationship (first step of replacing the dataset)
// params: none
MATCH (:Entity)-[r:LINK]->(:Entity)
DELETE r
