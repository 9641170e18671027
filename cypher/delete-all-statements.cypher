// delete-all-statements: remove every statement
// params: none
MATCH (s:Statement)
DELETE s
