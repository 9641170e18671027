// list-statement-keys: the ids and filter keys of every statement, for the `statements` list
// params: none
// returns: id, subjectId, property, valueType, since, sourcePassages (the service filters, orders and pages;
//          page nodes come through the loader)
MATCH (s:Statement)
RETURN s.id AS id, s.subjectId AS subjectId, s.property AS property, s.valueType AS valueType,
       s.validSince AS since, s.sourcePassages AS sourcePassages
