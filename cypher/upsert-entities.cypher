// upsert-entities: create or update entities, one row per entity, every column set (null clears it)
// params: $rows: list of maps with every Entity column (src/store/graph-schema.ts)
// Why the filter: the embedded adapter prepends a type-witness row with id '' because Kuzu types a
// list-of-maps parameter from its first row; no real entity has an empty id.
// A null id is let through so that the engine refuses it (Neo4j fails on MERGE with a null
// key, as Kuzu does): a row without an id must fail the write, not vanish from it.
UNWIND $rows AS row
WITH row WHERE row.id IS NULL OR row.id <> ''
MERGE (n:Entity {id: row.id})
SET n.kind = row.kind, n.name = row.name, n.acronym = row.acronym, n.aliases = row.aliases, n.names = row.names,
    n.aliasText = row.aliasText, n.description = row.description, n.sources = row.sources,
    n.confidence = row.confidence, n.sourcePassages = row.sourcePassages, n.nameFolded = row.nameFolded, n.acronymFolded = row.acronymFolded,
    n.aliasesFolded = row.aliasesFolded, n.descriptionFolded = row.descriptionFolded, n.cluster = row.cluster, n.isicSections = row.isicSections,
    n.isicDivisions = row.isicDivisions, n.instrumentType = row.instrumentType, n.code = row.code,
    n.number = row.number, n.year = row.year, n.category = row.category, n.status = row.status,
    n.guidanceType = row.guidanceType, n.unitType = row.unitType, n.programmeType = row.programmeType,
    n.endYear = row.endYear, n.agencyType = row.agencyType, n.headquarters = row.headquarters,
    n.consultativeStatus = row.consultativeStatus, n.fieldsOfInterest = row.fieldsOfInterest,
    n.side = row.side, n.isoAlpha2 = row.isoAlpha2, n.isoAlpha3 = row.isoAlpha3, n.region = row.region,
    n.level = row.level, n.indicators = row.indicators, n.meetingType = row.meetingType,
    n.symbol = row.symbol, n.date = row.date, n.documentKind = row.documentKind,
    n.issuingBody = row.issuingBody, n.url = row.url, n.since = row.since, n.until = row.until,
    n.role = row.role, n.registerType = row.registerType
