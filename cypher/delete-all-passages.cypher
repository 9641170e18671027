// delete-all-passages: remove every passage
// params: none
MATCH (p:Passage)
DELETE p
