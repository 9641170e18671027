// list-entity-keys: the ids and sort keys of every entity of one kind matching a list filter
// params: $kind: string; $nameContains: string|null (name, acronym or aliases, case-insensitive);
//         $restrictIds: boolean, $ids: string[] (non-empty: Kuzu crashes on an empty list parameter,
//         so "no id filter" is restrictIds = false with a placeholder list);
//         $yearFrom, $yearTo: int|null (inclusive);
//         one string|null parameter per kind-specific property below (null: no filter on it)
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
  AND ($instrumentType IS NULL OR n.instrumentType = $instrumentType)
  AND ($category IS NULL OR n.category = $category)
  AND ($status IS NULL OR n.status = $status)
  AND ($guidanceType IS NULL OR n.guidanceType = $guidanceType)
  AND ($unitType IS NULL OR n.unitType = $unitType)
  AND ($programmeType IS NULL OR n.programmeType = $programmeType)
  AND ($agencyType IS NULL OR n.agencyType = $agencyType)
  AND ($consultativeStatus IS NULL OR n.consultativeStatus = $consultativeStatus)
  AND ($side IS NULL OR n.side = $side)
  AND ($region IS NULL OR n.region = $region)
  AND ($level IS NULL OR n.level = $level)
  AND ($meetingType IS NULL OR n.meetingType = $meetingType)
  AND ($documentKind IS NULL OR n.documentKind = $documentKind)
  AND ($cluster IS NULL OR n.cluster = $cluster)
  AND ($registerType IS NULL OR n.registerType = $registerType)
RETURN n.id AS id, n.name AS name, n.year AS year
