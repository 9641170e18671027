// list-entity-keys: the ids and sort keys of every entity of one kind matching a list filter
// params: $kind: string; $nameContains: string|null (name, acronym or aliases, case-insensitive);
//         $restrictIds: boolean, $ids: string[] (non-empty: Kuzu crashes on an empty list parameter,
//         so "no id filter" is restrictIds = false with a placeholder list);
//         $field: string|null, $value: string|null (one kind-specific text property equal to a value);
//         $field2 / $value2: a second one; $yearFrom, $yearTo: int|null (inclusive)
// returns: id, name, year (the service orders, counts and pages; page nodes come through the loader)
MATCH (n:Entity)
WHERE n.kind = $kind
  AND ($restrictIds = false OR n.id IN $ids)
  AND ($nameContains IS NULL
    OR lower(n.name) CONTAINS lower($nameContains)
    OR lower(coalesce(n.acronym, '')) CONTAINS lower($nameContains)
    OR lower(coalesce(n.aliasText, '')) CONTAINS lower($nameContains))
  AND ($yearFrom IS NULL OR n.year >= $yearFrom)
  AND ($yearTo IS NULL OR n.year <= $yearTo)
  AND ($field IS NULL
    OR ($field = 'instrumentType' AND n.instrumentType = $value)
    OR ($field = 'category' AND n.category = $value)
    OR ($field = 'status' AND n.status = $value)
    OR ($field = 'guidanceType' AND n.guidanceType = $value)
    OR ($field = 'unitType' AND n.unitType = $value)
    OR ($field = 'programmeType' AND n.programmeType = $value)
    OR ($field = 'agencyType' AND n.agencyType = $value)
    OR ($field = 'consultativeStatus' AND n.consultativeStatus = $value)
    OR ($field = 'side' AND n.side = $value)
    OR ($field = 'region' AND n.region = $value)
    OR ($field = 'level' AND n.level = $value)
    OR ($field = 'meetingType' AND n.meetingType = $value)
    OR ($field = 'documentKind' AND n.documentKind = $value)
    OR ($field = 'cluster' AND n.cluster = $value))
  AND ($field2 IS NULL
    OR ($field2 = 'category' AND n.category = $value2)
    OR ($field2 = 'status' AND n.status = $value2)
    OR ($field2 = 'region' AND n.region = $value2))
RETURN n.id AS id, n.name AS name, n.year AS year
