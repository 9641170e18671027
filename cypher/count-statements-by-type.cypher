// count-statements-by-type: how many statements of each value type (count, quantity, amount, date, condition)
// params: none
// returns: type, count
MATCH (s:Statement)
RETURN s.valueType AS type, count(*) AS count
ORDER BY type
